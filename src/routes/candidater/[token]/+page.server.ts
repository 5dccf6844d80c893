import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isUser } from '#lib/server/accounts/actor.ts';
import { loginUrl } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { previewReferral, startReferredApplication } from '#lib/server/sourcing/referralLink.ts';

/** What the draft page says after the link: see its `NOTICES`. */
const NOTICES = {
	started: 'referred',
	attributed: 'referralAttributed',
	kept: 'referralKept',
	already: 'referralAlready'
} as const;

/**
 * A regional partner's invitation to apply. Anyone may open it: it shows the call and the partner,
 * and changes nothing (mail scanners follow links). « Commencer ma candidature » (POST) starts the
 * draft, attributed to the partner; anonymous visitors log in (or sign up) first and come back.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => ({
	referral: await previewReferral(locals.app.db, locals.actor, params.token),
	email: isUser(locals.actor) ? locals.actor.email : null,
	loginHref: loginUrl(url)
});

export const actions: Actions = {
	default: async (event) => {
		const { locals, params, url } = event;
		if (!isUser(locals.actor)) redirect(303, loginUrl(url));
		const actor = locals.actor;
		const form = await event.request.formData();
		let target = '';
		const result = await formAction(locals.t, form, async () => {
			const done = await startReferredApplication(locals.app, actor, { token: params.token });
			target = `/candidatures/${done.applicationId}?notice=${NOTICES[done.outcome]}`;
			return null;
		});
		// A refusal (unknown, expired or used link, closed call) is said on the page.
		if (result !== null) return fail(result.status, result.data);
		redirect(303, target);
	}
};
