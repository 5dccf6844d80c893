import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { getCanvasVersion } from '#lib/server/canvas/canvasVersionGet.ts';
import { CANVAS_SECTIONS } from '#lib/server/canvas/sections.ts';
import { backLinkOf, readOr404 } from '../../links.ts';

/** One past (or the current) version of the canvas, as it was saved, with its annotations. */
export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	const actor = requireUser(event);
	if (!/^[1-9]\d{0,8}$/.test(params.number)) error(404, locals.t('error.notFound'));
	const view = await readOr404(locals.t, () =>
		getCanvasVersion(locals.app.db, actor, params.applicationId, Number(params.number))
	);
	return { ...view, sections: [...CANVAS_SECTIONS], back: backLinkOf(view) };
};
