import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { assertMayReadPartnerData } from './policy.ts';
import { presentRegions, type RegionView } from './partnerPresenters.ts';
import { callIsOpen, callsOfProgramme, findPartner, isUuid } from './partnerQueries.ts';

export type ProspectFormOptions = {
	partner: { id: string; name: string; programmeId: string; archived: boolean };
	/** The partner's regions: a prospect's region is one of them. */
	regions: RegionView[];
	/** The programme's calls a prospect can be sourced for, the latest first. */
	calls: { id: string; title: string; open: boolean; closesAt: string | null }[];
	/** The call a new prospect is sourced for by default: the one open today, if any. */
	defaultCallId: string | null;
};

/** What a prospect form offers, for the partner's members and the programme's team. */
export async function prospectFormOptions(
	db: DbOrTx,
	actor: Actor,
	partnerId: string,
	now: Date = new Date()
): Promise<ProspectFormOptions> {
	const partner = isUuid(partnerId) ? await findPartner(db, partnerId) : null;
	if (!partner) throw new NotFound();
	assertMayReadPartnerData(actor, { partnerId: partner.id, programmeId: partner.programmeId });
	const calls = (await callsOfProgramme(db, partner.programmeId)).map((c) => ({
		id: c.id,
		title: c.title,
		open: callIsOpen(c, now),
		closesAt: c.closesAt?.toISOString() ?? null
	}));
	const open = calls
		.filter((c) => c.open)
		.sort(
			(a, b) =>
				(a.closesAt ? Date.parse(a.closesAt) : Infinity) -
				(b.closesAt ? Date.parse(b.closesAt) : Infinity)
		);
	return {
		partner: {
			id: partner.id,
			name: partner.name,
			programmeId: partner.programmeId,
			archived: partner.archivedAt !== null
		},
		regions: presentRegions(partner.regionCodes),
		calls,
		defaultCallId: open[0]?.id ?? null
	};
}
