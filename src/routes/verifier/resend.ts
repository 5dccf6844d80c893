/** "Send the confirmation link again", shared by /verifier and /verifier/[token]. */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { formAction, parseForm } from '#lib/server/http/forms.ts';
import { emailOnlySchema } from '#lib/server/accounts/schemas.ts';
import { resendVerification } from '#lib/server/accounts/verifyEmail.ts';

export async function resendAction({ request, locals }: RequestEvent) {
	const form = await request.formData();
	return formAction(locals.t, form, async () => {
		const input = parseForm(emailOnlySchema, form);
		await resendVerification(locals.app, locals.actor, input);
		redirect(303, '/verifier?envoye=1');
	});
}
