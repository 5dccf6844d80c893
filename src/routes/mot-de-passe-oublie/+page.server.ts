import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, parseForm } from '#lib/server/http/forms.ts';
import { emailOnlySchema } from '#lib/server/accounts/schemas.ts';
import { requestPasswordReset } from '#lib/server/accounts/passwordReset.ts';

export const load: PageServerLoad = ({ url }) => ({ sent: url.searchParams.has('envoye') });

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		return formAction(locals.t, form, async () => {
			const input = parseForm(emailOnlySchema, form);
			await requestPasswordReset(locals.app, locals.actor, input);
			redirect(303, '/mot-de-passe-oublie?envoye=1');
		});
	}
};
