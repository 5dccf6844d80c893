import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { NotFound } from '#lib/server/errors.ts';
import { isPlatformTeam } from '#lib/server/accounts/actor.ts';
import { auditListQuery, listAuditLog } from '#lib/server/audit/list.ts';

/** The kinds of item offered in the filter (others still show, unfiltered). */
const ENTITY_TYPES = ['programme', 'cycle', 'role_assignment', 'user'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireTeam(event);
	const { url, locals } = event;
	const filter = auditListQuery.parse({
		entityType: url.searchParams.get('type') ?? undefined,
		userId: url.searchParams.get('personne') ?? undefined,
		before: url.searchParams.get('avant') ?? undefined
	});
	try {
		const log = await listAuditLog(locals.app.db, actor, filter);
		return {
			log,
			filter,
			entityTypes: [...ENTITY_TYPES],
			platformWide: isPlatformTeam(actor)
		};
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
};
