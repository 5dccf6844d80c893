import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { DUE_SOON_DAYS, getPartnerOverview } from '#lib/server/sourcing/partners.ts';
import { PROSPECT_LISTS } from './prospectPages.ts';

/** The partner's home: for each of the person's partners, its prospects by stage and next steps. */
export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	const { partners } = await event.parent();
	const overviews = await Promise.all(
		partners.map((p) => getPartnerOverview(event.locals.app.db, actor, p.id))
	);
	return { overviews, stages: PROSPECT_LISTS.stages, dueSoonDays: DUE_SOON_DAYS };
};
