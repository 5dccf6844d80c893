import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '#lib/server/http/forms.ts';
import { clientInfo, openSession } from '#lib/server/http/session-cookie.ts';
import { consumeMagicLink, isMagicLinkValid } from '#lib/server/accounts/magicLink.ts';

/** Opening the link only looks: mail scanners that follow links must not spend it. */
export const load: PageServerLoad = async ({ params, locals }) => ({
	valid: await isMagicLinkValid(locals.app.db, params.token)
});

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, params } = event;
		const form = await request.formData();
		return formAction(locals.t, form, async () => {
			const session = await consumeMagicLink(
				locals.app,
				locals.actor,
				params.token,
				clientInfo(event)
			);
			await openSession(event, session);
			redirect(303, '/');
		});
	}
};
