import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { listProspects, prospectFormOptions } from '#lib/server/sourcing/partners.ts';
import { PROSPECT_LISTS } from '../prospectPages.ts';
import { prospectFilters } from '../prospectFilters.ts';

/** The prospects of one of the person's partners (`?partenaire=`, else the first), filtered. */
export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	const { partners } = await event.parent();
	const chosen = partners.find((p) => p.id === event.url.searchParams.get('partenaire'));
	const partner = chosen ?? partners[0] ?? null;
	const { filters, query, active } = prospectFilters(event.url);
	if (!partner) {
		return {
			partner: null,
			prospects: [],
			calls: [],
			filters,
			active,
			stages: PROSPECT_LISTS.stages
		};
	}
	const db = event.locals.app.db;
	const [prospects, options] = await Promise.all([
		listProspects(db, actor, partner.id, query),
		prospectFormOptions(db, actor, partner.id)
	]);
	return {
		partner,
		prospects,
		calls: options.calls.map((c) => ({ id: c.id, title: c.title })),
		filters,
		active,
		stages: PROSPECT_LISTS.stages
	};
};
