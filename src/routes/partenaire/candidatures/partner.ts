/** The partner's application pages: for members of a regional partner only (404 for anyone else). */
import { error, type RequestEvent } from '@sveltejs/kit';
import { hasRole, type UserActor } from '#lib/server/accounts/actor.ts';
import { requireUser } from '#lib/server/http/guards.ts';

export function requirePartner(event: Pick<RequestEvent, 'locals' | 'url'>): UserActor {
	const actor = requireUser(event);
	if (!hasRole(actor, 'regional_partner')) error(404, event.locals.t('error.notFound'));
	return actor;
}
