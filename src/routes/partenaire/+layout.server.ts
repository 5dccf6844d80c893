import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { hasRole } from '#lib/server/accounts/actor.ts';
import { requireUser } from '#lib/server/http/guards.ts';
import { listMyPartners } from '#lib/server/sourcing/partnerSpace.ts';

/**
 * The partner's space: for a person holding the regional-partner role on some programme (anyone
 * else is told it does not exist). Child pages get the partners the person is a member of.
 */
export const load: LayoutServerLoad = async (event) => {
	const actor = requireUser(event);
	if (!hasRole(actor, 'regional_partner')) error(404, event.locals.t('error.notFound'));
	return { partners: await listMyPartners(event.locals.app.db, actor) };
};
