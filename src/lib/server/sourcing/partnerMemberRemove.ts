import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { NotFound } from '../errors.ts';
import { assertMayManagePartners } from './policy.ts';
import { revokeMembers } from './partnerGrants.ts';
import { presentMember, type PartnerMemberView } from './partnerPresenters.ts';
import { findPartner, isUuid, membersOfPartners } from './partnerQueries.ts';

/**
 * Ends a person's membership of the partner, by the programme's team: every grant the partner
 * gave them goes (other roles they hold stay). Returns the remaining members.
 */
export async function removePartnerMember(
	svc: Services,
	actor: Actor,
	partnerId: string,
	userId: string
): Promise<PartnerMemberView[]> {
	const partner = isUuid(partnerId) ? await findPartner(svc.db, partnerId) : null;
	if (!partner) throw new NotFound();
	assertMayManagePartners(actor, partner.programmeId);
	if (!isUuid(userId)) throw new NotFound();
	return svc.db.transaction(async (tx) => {
		const removed = await revokeMembers(tx, actor, partner, userId);
		if (!removed.length) throw new NotFound();
		await audit(tx, actor, {
			action: 'partner.member.remove',
			entityType: 'partner',
			entityId: partner.id,
			programmeId: partner.programmeId,
			before: { userId, regionCodes: removed.map((g) => g.regionCode) },
			after: null
		});
		return (await membersOfPartners(tx, [partner.id])).map(presentMember);
	});
}
