import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, formValues, parseForm } from '#lib/server/http/forms.ts';
import { safeRedirectTarget } from '#lib/server/http/redirect.ts';
import { clientInfo, openSession } from '#lib/server/http/session-cookie.ts';
import { loginSchema } from '#lib/server/accounts/schemas.ts';
import { logIn } from '#lib/server/accounts/login.ts';
import { minutesToWait } from '#lib/server/accounts/rateLimit.ts';
import { isUser } from '#lib/server/accounts/actor.ts';
import { RateLimited } from '#lib/server/errors.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '#lib/server/demo/accounts.ts';

export const load: PageServerLoad = ({ url, locals }) => ({
	redirectTo: safeRedirectTarget(url.searchParams.get('redirectTo'), ''),
	loggedInAs: isUser(locals.actor) ? locals.actor.email : null,
	demoPassword: locals.app.demo ? DEMO_PASSWORD : null,
	demoAccounts: locals.app.demo
		? DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, role: a.role }))
		: []
});

export const actions: Actions = {
	default: async (event) => {
		const { request, locals } = event;
		const form = await request.formData();
		return formAction(locals.t, form, async () => {
			const input = parseForm(loginSchema, form);
			let session;
			try {
				session = await logIn(locals.app, locals.actor, input, clientInfo(event));
			} catch (e) {
				if (!(e instanceof RateLimited)) throw e;
				return fail(429, {
					message: locals.t('error.rateLimited', { minutes: minutesToWait(e) }),
					fields: {} as Record<string, string[]>,
					values: formValues(form)
				});
			}
			await openSession(event, session);
			redirect(303, safeRedirectTarget(form.get('redirectTo'), '/'));
		});
	}
};
