import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { assertMayReadPartnerData } from './policy.ts';
import { presentPartner, type PartnerView } from './partnerPresenters.ts';
import { findPartner, isUuid, membersOfPartners } from './partnerQueries.ts';

/** A partner with its members: for the programme's team and the partner's own members. */
export async function getPartner(
	db: DbOrTx,
	actor: Actor,
	partnerId: string
): Promise<PartnerView> {
	const partner = isUuid(partnerId) ? await findPartner(db, partnerId) : null;
	if (!partner) throw new NotFound();
	assertMayReadPartnerData(actor, { partnerId: partner.id, programmeId: partner.programmeId });
	return presentPartner(partner, await membersOfPartners(db, [partner.id]));
}
