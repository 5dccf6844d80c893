import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { acceptInvitation } from '#lib/server/applications/index.ts';
import { previewInvitation } from '#lib/server/applications/invitations.ts';

/**
 * The link of a co-holder invitation. Anonymous visitors log in (or sign up) first and come back;
 * opening the link only looks (mail scanners follow links): joining is the button's POST.
 */
export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	return {
		invitation: await previewInvitation(event.locals.app.db, actor, event.params.token),
		email: actor.email
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		let applicationId = '';
		const result = await formAction(event.locals.t, form, async () => {
			({ applicationId } = await acceptInvitation(event.locals.app, actor, event.params.token));
			return null;
		});
		// A refusal (expired or used link, another account) is said on the page.
		if (result !== null) return fail(result.status, result.data);
		redirect(303, `/candidatures/${applicationId}?notice=joined`);
	}
};
