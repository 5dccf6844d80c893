import {
	fail,
	isActionFailure,
	redirect,
	type ActionFailure,
	type RequestEvent
} from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, parseForm, type FormFailure } from '#lib/server/http/forms.ts';
import { requireUser } from '#lib/server/http/guards.ts';
import { LOCALE_COOKIE } from '#lib/server/http/locale.ts';
import {
	changePasswordSchema,
	createApiTokenSchema,
	idSchema,
	profileSchema
} from '#lib/server/accounts/schemas.ts';
import { changePassword, getProfile, updateProfile } from '#lib/server/accounts/profile.ts';
import {
	listMySessions,
	revokeMyOtherSessions,
	revokeMySession
} from '#lib/server/accounts/mySessions.ts';
import {
	createMyApiToken,
	listMyApiTokens,
	revokeMyApiToken
} from '#lib/server/accounts/personalTokens.ts';
import { SCOPES } from '#lib/server/accounts/apiTokens.ts';
import { describeUserAgent } from '#lib/server/accounts/userAgent.ts';
import { listMyRoles } from '#lib/server/accounts/myRoles.ts';

/** Notices shown after a redirect (`?notice=…`); anything else is ignored. */
const NOTICES = {
	verified: 'accounts.notice.verified',
	passwordReset: 'accounts.notice.passwordReset',
	passwordChanged: 'accounts.notice.passwordChanged',
	profileSaved: 'accounts.notice.profileSaved',
	sessionRevoked: 'accounts.notice.sessionRevoked',
	othersRevoked: 'accounts.notice.othersRevoked',
	tokenRevoked: 'accounts.notice.tokenRevoked'
} as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	const { locals, url } = event;
	const [profile, roles, sessions, tokens] = await Promise.all([
		getProfile(locals.app, actor),
		listMyRoles(locals.app.db, actor),
		listMySessions(locals.app, actor, locals.sessionId),
		listMyApiTokens(locals.app, actor)
	]);
	const notice = url.searchParams.get('notice');
	return {
		profile,
		roles,
		sessions: sessions.map((s) => ({ ...s, device: describeUserAgent(s.userAgent) })),
		tokens,
		scopes: [...SCOPES],
		notice: notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null
	};
};

type Section = 'profile' | 'password' | 'sessions' | 'tokens';
type SectionFailure = FormFailure & { section: Section; scopes: string[] };

/** Runs one of the page's forms; a failure says which form failed, to show its errors there. */
async function run<T>(
	event: RequestEvent,
	section: Section,
	body: (form: FormData) => Promise<T>
): Promise<T | ActionFailure<SectionFailure>> {
	const form = await event.request.formData();
	const result = await formAction(event.locals.t, form, () => body(form));
	if (!isActionFailure(result)) return result as T;
	const data = result.data as unknown as FormFailure;
	// Ticked boxes come back too, so that nothing typed or chosen is lost.
	const scopes = form.getAll('scopes').filter((v): v is string => typeof v === 'string');
	return fail(result.status, { ...data, section, scopes });
}

export const actions: Actions = {
	profile: (event) =>
		run(event, 'profile', async (form) => {
			const actor = requireUser(event);
			const input = parseForm(profileSchema, form);
			await updateProfile(event.locals.app, actor, input);
			event.cookies.set(LOCALE_COOKIE, input.locale, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: event.locals.app.config.secureCookies,
				maxAge: 365 * 24 * 3600
			});
			redirect(303, '/compte?notice=profileSaved');
		}),
	password: (event) =>
		run(event, 'password', async (form) => {
			const actor = requireUser(event);
			const input = parseForm(changePasswordSchema, form);
			await changePassword(event.locals.app, actor, input, event.locals.sessionId);
			redirect(303, '/compte?notice=passwordChanged');
		}),
	revokeSession: (event) =>
		run(event, 'sessions', async (form) => {
			const actor = requireUser(event);
			const { id } = parseForm(idSchema, form);
			await revokeMySession(event.locals.app, actor, id);
			redirect(303, '/compte?notice=sessionRevoked');
		}),
	revokeOtherSessions: (event) =>
		run(event, 'sessions', async () => {
			const actor = requireUser(event);
			await revokeMyOtherSessions(event.locals.app, actor, event.locals.sessionId);
			redirect(303, '/compte?notice=othersRevoked');
		}),
	createToken: (event) =>
		run(event, 'tokens', async (form) => {
			const actor = requireUser(event);
			const input = parseForm(createApiTokenSchema, form);
			const created = await createMyApiToken(event.locals.app, actor, input);
			// No redirect: the secret is shown once, in this answer, and never again.
			return { createdToken: { name: created.name, token: created.token } };
		}),
	revokeToken: (event) =>
		run(event, 'tokens', async (form) => {
			const actor = requireUser(event);
			const { id } = parseForm(idSchema, form);
			await revokeMyApiToken(event.locals.app, actor, id);
			redirect(303, '/compte?notice=tokenRevoked');
		})
};
