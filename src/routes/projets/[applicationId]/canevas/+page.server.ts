import {
	fail,
	isActionFailure,
	redirect,
	type ActionFailure,
	type RequestEvent
} from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction, type FormFailure } from '#lib/server/http/forms.ts';
import { getCanvas } from '#lib/server/canvas/canvasGet.ts';
import { saveCanvas } from '#lib/server/canvas/canvasSave.ts';
import { addAnnotation } from '#lib/server/canvas/annotationAdd.ts';
import { shareCanvas } from '#lib/server/canvas/canvasShare.ts';
import {
	CANVAS_SECTIONS,
	LIST_ITEM_MAX_LENGTH,
	LIST_MAX_ITEMS,
	LIST_SECTIONS,
	SECTION_MAX_LENGTH,
	ANNOTATION_MAX_LENGTH
} from '#lib/server/canvas/sections.ts';
import { backLinkOf, readOr404 } from './links.ts';

const NOTICES = ['saved', 'annotated', 'shared', 'unshared'] as const;

/**
 * The canvas of one project, for every role: the current version (an edit form for its holders),
 * the annotations by section (with an add form for the team and the experts), the share toggle
 * for the team, and the versions.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireUser(event);
	const view = await readOr404(locals.t, () =>
		getCanvas(locals.app.db, actor, params.applicationId)
	);
	const notice = url.searchParams.get('notice');
	return {
		...view,
		sections: CANVAS_SECTIONS.map((key) => ({
			key,
			maxLength: SECTION_MAX_LENGTH[key],
			list: LIST_SECTIONS.includes(key)
		})),
		listLimits: { items: LIST_MAX_ITEMS, length: LIST_ITEM_MAX_LENGTH },
		annotationMaxLength: ANNOTATION_MAX_LENGTH,
		back: backLinkOf(view),
		notice: (NOTICES as readonly string[]).includes(notice ?? '') ? notice : null,
		savedVersion: Number(url.searchParams.get('version')) || null
	};
};

/** The refusal `formAction` answered, if it did, tagged with the form it belongs to. */
function refusal(result: unknown, action: 'save' | 'annotate' | 'share') {
	if (!isActionFailure(result)) return null;
	const f = result as unknown as ActionFailure<FormFailure>;
	return fail(f.status, { ...f.data, action });
}

const here = (event: RequestEvent) => `/projets/${event.params.applicationId}/canevas`;

export const actions: Actions = {
	save: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const sections = Object.fromEntries(CANVAS_SECTIONS.map((s) => [s, String(form.get(s) ?? '')]));
		const result = await formAction(event.locals.t, form, () =>
			saveCanvas(event.locals.app, actor, event.params.applicationId ?? '', {
				base: String(form.get('base') ?? '') as unknown as number,
				sections
			})
		);
		const refused = refusal(result, 'save');
		if (refused) return refused;
		const saved = result as Awaited<ReturnType<typeof saveCanvas>>;
		redirect(303, `${here(event)}?notice=saved&version=${saved.number}#canvas-status`);
	},

	annotate: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const section = String(form.get('section') ?? '');
		const result = await formAction(event.locals.t, form, () =>
			addAnnotation(event.locals.app, actor, event.params.applicationId ?? '', {
				version: String(form.get('version') ?? '') as unknown as number,
				section: section as never,
				body: String(form.get('body') ?? '')
			})
		);
		const refused = refusal(result, 'annotate');
		if (refused) return refused;
		redirect(303, `${here(event)}?notice=annotated#section-${section}`);
	},

	share: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const shared = form.get('shared') === 'true';
		const result = await formAction(event.locals.t, form, () =>
			shareCanvas(event.locals.app, actor, event.params.applicationId ?? '', { shared })
		);
		const refused = refusal(result, 'share');
		if (refused) return refused;
		redirect(303, `${here(event)}?notice=${shared ? 'shared' : 'unshared'}#canvas-share`);
	}
};
