import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { Invalid } from '#lib/server/errors.ts';
import { translateMessage } from '#lib/i18n/index.ts';
import { diffCanvasVersions } from '#lib/server/canvas/canvasDiff.ts';
import { getCanvas } from '#lib/server/canvas/canvasGet.ts';
import { readOr404 } from '../links.ts';

/**
 * The differences between two versions (`?de=1&a=3`), section by section. Without two valid
 * numbers, the form to choose them and a message.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireUser(event);
	const db = locals.app.db;
	const from = url.searchParams.get('de');
	const to = url.searchParams.get('a');
	try {
		const diff = await readOr404(locals.t, () =>
			diffCanvasVersions(db, actor, params.applicationId, from, to)
		);
		return { diff, application: diff.application, versions: diff.versions, problem: null };
	} catch (e) {
		if (!(e instanceof Invalid)) throw e;
		const view = await readOr404(locals.t, () => getCanvas(db, actor, params.applicationId));
		return {
			diff: null,
			application: view.application,
			versions: view.versions,
			problem: translateMessage(locals.t, e.message)
		};
	}
};
