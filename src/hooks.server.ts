import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { getApp } from '#lib/server/runtime.ts';
import { anonymous, type Actor } from '#lib/server/accounts/actor.ts';
import { SESSION_COOKIE, validateSession } from '#lib/server/accounts/sessions.ts';
import { authenticateApiToken } from '#lib/server/accounts/apiTokens.ts';
import { isLocale, translator, type Locale } from '#lib/i18n/index.ts';
import { LOCALE_COOKIE } from '#lib/server/http/locale.ts';
import { clearSessionCookie, setSessionCookie } from '#lib/server/http/session-cookie.ts';

export const init: ServerInit = async () => {
	await getApp();
};

export const handle: Handle = async ({ event, resolve }) => {
	const app = await getApp();
	event.locals.app = app;
	event.locals.sessionId = null;

	let actor: Actor = anonymous;
	const auth = event.request.headers.get('authorization');
	if (auth?.toLowerCase().startsWith('bearer ')) {
		actor = (await authenticateApiToken(app.db, auth.slice(7).trim())) ?? anonymous;
	} else {
		const token = event.cookies.get(SESSION_COOKIE);
		if (token) {
			const session = await validateSession(app.db, token);
			if (session) {
				actor = session.actor;
				event.locals.sessionId = session.sessionId;
				if (session.renewedUntil) setSessionCookie(event, token, session.renewedUntil);
			} else {
				clearSessionCookie(event);
			}
		}
	}
	event.locals.actor = actor;

	const chosen = event.cookies.get(LOCALE_COOKIE);
	const locale: Locale = isLocale(chosen) ? chosen : actor.kind === 'user' ? actor.locale : 'fr';
	event.locals.locale = locale;
	event.locals.t = translator(locale);

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale)
	});
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	return response;
};

export const handleError: HandleServerError = (caught) => {
	const { event } = caught;
	const t = event.locals.t ?? translator('fr');
	if (caught.kind === 'app') return;
	if (caught.kind === 'framework' || caught.kind === 'validation') {
		const status = caught.error.status;
		return status === 404 ? { message: t('error.notFound') } : undefined;
	}
	console.error(`${event.request.method} ${event.url.pathname} :`, caught.error);
	return { message: t('error.generic') };
};
