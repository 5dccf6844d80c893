import { fail, isActionFailure, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '#lib/server/http/forms.ts';
import { renderMarkdown } from '#lib/server/calls/markdown.ts';
import { NotFound } from '#lib/server/errors.ts';
import { invitationByToken, replyByToken } from '#lib/server/events/reply.ts';

/**
 * The personal reply link of a convocation: works without logging in (the token is the proof).
 * An unknown or replaced link says so (404) and changes nothing.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const view = await invitationByToken(locals.app.db, params.token);
		return {
			view,
			descriptionHtml: renderMarkdown(view.event.description),
			saved: url.searchParams.get('notice') === 'saved',
			invalid: false as const
		};
	} catch (e) {
		if (e instanceof NotFound) return { invalid: true as const };
		throw e;
	}
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		try {
			const r = await formAction(event.locals.t, form, () =>
				replyByToken(event.locals.app, event.params.token, {
					response: String(form.get('response') ?? ''),
					partySize: String(form.get('partySize') ?? ''),
					note: String(form.get('note') ?? '')
				})
			);
			if (isActionFailure(r)) return r;
		} catch (e) {
			// formAction turns NotFound into the 404 page; an unknown token is said on this page.
			if ((e as { status?: number }).status === 404) {
				return fail(404, {
					message: event.locals.t('events.error.badToken'),
					fields: {},
					values: {}
				});
			}
			throw e;
		}
		redirect(303, `/sessions/reponse/${event.params.token}?notice=saved`);
	}
};
