import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { toParisDateInput } from '../../i18n/format.ts';
import { assertMayReadPartnerData } from './policy.ts';
import { presentMyPartner, type MyPartnerView } from './partnerPresenters.ts';
import { findPartner, isUuid } from './partnerQueries.ts';
import { presentProspect, type ProspectView } from './prospectPresenters.ts';
import { prospectsOf } from './prospectQueries.ts';
import { PROSPECT_STAGES, type ProspectStage } from './prospectStage.ts';

/** How far ahead « next steps due soon » look, in days. */
export const DUE_SOON_DAYS = 14;

export type PartnerOverview = {
	partner: MyPartnerView;
	/** Live prospects, counted at the furthest stage each reached. */
	stageCounts: Record<ProspectStage, number>;
	total: number;
	/** Next steps due within `DUE_SOON_DAYS` days, or overdue, the soonest first. */
	dueSoon: ProspectView[];
};

/** The partner's home: its prospects by stage and the next steps coming. */
export async function getPartnerOverview(
	db: DbOrTx,
	actor: Actor,
	partnerId: string,
	now: Date = new Date()
): Promise<PartnerOverview> {
	const partner = isUuid(partnerId) ? await findPartner(db, partnerId) : null;
	if (!partner) throw new NotFound();
	assertMayReadPartnerData(actor, { partnerId: partner.id, programmeId: partner.programmeId });
	const views = (await prospectsOf(db, { partnerId: partner.id, archived: false })).map(
		presentProspect
	);
	const stageCounts = Object.fromEntries(PROSPECT_STAGES.map((s) => [s, 0])) as Record<
		ProspectStage,
		number
	>;
	for (const v of views) stageCounts[v.stage] += 1;
	const horizon = toParisDateInput(new Date(now.getTime() + DUE_SOON_DAYS * 24 * 3600 * 1000));
	const dueSoon = views
		.filter((v) => v.nextStepOn !== null && v.nextStepOn <= horizon)
		.sort((a, b) => a.nextStepOn!.localeCompare(b.nextStepOn!));
	return { partner: presentMyPartner(partner), stageCounts, total: views.length, dueSoon };
}
