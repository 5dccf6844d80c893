/**
 * Page guards. Anonymous visitors of a private page are sent to the login page (and brought back
 * after); a logged-in person without the right role gets a 404, so that existence does not leak.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { isTeam, isUser, type UserActor } from '../accounts/actor.ts';

export function loginUrl(url: URL): string {
	return `/connexion?redirectTo=${encodeURIComponent(url.pathname + url.search)}`;
}

export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): UserActor {
	const { actor } = event.locals;
	if (!isUser(actor)) redirect(303, loginUrl(event.url));
	return actor;
}

/** A member of a programme team (of any programme, or of the given one). */
export function requireTeam(
	event: Pick<RequestEvent, 'locals' | 'url'>,
	programmeId?: string
): UserActor {
	const actor = requireUser(event);
	if (!isTeam(actor, programmeId)) error(404, event.locals.t('error.notFound'));
	return actor;
}
