import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, parseForm } from '#lib/server/http/forms.ts';
import { clientInfo, openSession } from '#lib/server/http/session-cookie.ts';
import { resetPasswordSchema } from '#lib/server/accounts/schemas.ts';
import { isResetLinkValid, resetPassword } from '#lib/server/accounts/passwordReset.ts';

export const load: PageServerLoad = async ({ params, locals }) => ({
	valid: await isResetLinkValid(locals.app.db, params.token)
});

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, params } = event;
		const form = await request.formData();
		return formAction(locals.t, form, async () => {
			const input = parseForm(resetPasswordSchema, form);
			const session = await resetPassword(
				locals.app,
				locals.actor,
				params.token,
				input,
				clientInfo(event)
			);
			await openSession(event, session);
			redirect(303, '/compte?notice=passwordReset');
		});
	}
};
