import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, parseForm } from '#lib/server/http/forms.ts';
import { signupSchema } from '#lib/server/accounts/schemas.ts';
import { signUp } from '#lib/server/accounts/signup.ts';
import { safeRedirectTarget } from '#lib/server/http/redirect.ts';

export const load: PageServerLoad = ({ url }) => ({
	sent: url.searchParams.has('envoye'),
	/** Where the confirmation link leads once the address is confirmed (e.g. an invitation). */
	redirectTo: safeRedirectTarget(url.searchParams.get('redirectTo'), '')
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		return formAction(locals.t, form, async () => {
			const input = parseForm(signupSchema, form);
			await signUp(locals.app, locals.actor, input, {
				locale: locals.locale,
				redirectTo: safeRedirectTarget(form.get('redirectTo'), '') || undefined
			});
			redirect(303, '/inscription?envoye=1');
		});
	}
};
