/**
 * The browser session cookie: HttpOnly, SameSite=Lax, Secure when the site is served over HTTPS,
 * expiring with the session it names.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { SESSION_COOKIE } from '../accounts/sessions.ts';
import { logOut } from '../accounts/mySessions.ts';

type Event = { cookies: Cookies; locals: Pick<App.Locals, 'app'> };

export function setSessionCookie(event: Event, token: string, expires: Date): void {
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.locals.app.config.secureCookies,
		expires
	});
}

export function clearSessionCookie(event: Event): void {
	event.cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.locals.app.config.secureCookies
	});
}

/**
 * After a login: the browser's previous session (another account, or a stale one) is closed and
 * the cookie names the new one.
 */
export async function openSession(
	event: Event & Pick<RequestEvent, 'cookies'>,
	session: { token: string; expiresAt: Date }
): Promise<void> {
	const previous = sessionToken(event);
	if (previous && previous !== session.token) await logOut(event.locals.app.db, previous);
	setSessionCookie(event, session.token, session.expiresAt);
}

export function sessionToken(event: Pick<RequestEvent, 'cookies'>): string | undefined {
	return event.cookies.get(SESSION_COOKIE);
}

/** Browser and address of the request, remembered with the session. */
export function clientInfo(event: Pick<RequestEvent, 'request' | 'getClientAddress'>): {
	userAgent: string;
	ipAddress: string;
} {
	let ipAddress = '';
	try {
		ipAddress = event.getClientAddress();
	} catch {
		// No address known (e.g. behind a proxy without ADDRESS_HEADER): the limit per account holds.
	}
	return { userAgent: event.request.headers.get('user-agent') ?? '', ipAddress };
}
