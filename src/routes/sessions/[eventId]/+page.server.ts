import { isActionFailure, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { renderMarkdown } from '#lib/server/calls/markdown.ts';
import { mySession, replyAsParticipant } from '#lib/server/events/reply.ts';
import { notFoundPage } from '../../admin/programmes/notFound.ts';

/** One of the logged-in participant's sessions: details, agenda (their pitch), reply, `.ics`. */
export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	const { locals, params, url } = event;
	const view = await notFoundPage(locals.t, () => mySession(locals.app.db, actor, params.eventId));
	return {
		view,
		descriptionHtml: renderMarkdown(view.event.description),
		saved: url.searchParams.get('notice') === 'saved'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const r = await formAction(event.locals.t, form, () =>
			replyAsParticipant(event.locals.app, actor, event.params.eventId, {
				response: String(form.get('response') ?? ''),
				partySize: String(form.get('partySize') ?? ''),
				note: String(form.get('note') ?? '')
			})
		);
		if (isActionFailure(r)) return r;
		redirect(303, `/sessions/${event.params.eventId}?notice=saved`);
	}
};
