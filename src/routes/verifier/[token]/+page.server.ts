import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { clientInfo, openSession } from '#lib/server/http/session-cookie.ts';
import { verifyEmail } from '#lib/server/accounts/verifyEmail.ts';
import { isSpentVerificationOfVerifiedAccount } from '#lib/server/accounts/emailTokens.ts';
import { Invalid } from '#lib/server/errors.ts';
import { resendAction } from '../resend.ts';
import { safeRedirectTarget } from '#lib/server/http/redirect.ts';

export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	try {
		const session = await verifyEmail(locals.app, locals.actor, params.token, clientInfo(event));
		await openSession(event, session);
	} catch (e) {
		if (!(e instanceof Invalid)) throw e;
		const done = await isSpentVerificationOfVerifiedAccount(locals.app.db, params.token);
		return { state: done ? ('done' as const) : ('invalid' as const) };
	}
	redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo'), '/compte?notice=verified'));
};

export const actions: Actions = { default: resendAction };
