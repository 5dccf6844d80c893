import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { acceptJuryInvitation, previewJuryInvitation } from '#lib/server/review/juryAccept.ts';

/**
 * The link of a jury invitation. Anonymous visitors log in (or sign up) first and come back;
 * opening the link only looks (mail scanners follow links): joining is the button's POST.
 */
export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	return {
		invitation: await previewJuryInvitation(event.locals.app.db, actor, event.params.token),
		email: actor.email
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, async () => {
			await acceptJuryInvitation(event.locals.app, actor, event.params.token);
			return null;
		});
		// A refusal (used or unknown link) is said on the page.
		if (result !== null) return fail(result.status, result.data);
		redirect(303, '/jury?notice=joined');
	}
};
