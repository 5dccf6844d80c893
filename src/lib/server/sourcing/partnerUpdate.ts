import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { partners } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import { assertMayManagePartners } from './policy.ts';
import { partnerNameTakenError } from './partnerCreate.ts';
import { revokeMembers, syncMemberGrants } from './partnerGrants.ts';
import { auditedPartner, presentPartner, type PartnerView } from './partnerPresenters.ts';
import {
	findPartner,
	isUniqueViolation,
	isUuid,
	membersOfPartners,
	partnerNameTaken
} from './partnerQueries.ts';
import { parseInput, partnerUpdate, type PartnerUpdate } from './partnerSchemas.ts';

/**
 * Renames a partner, changes its regions or contact address, archives or restores it, by the
 * programme's team. Only the fields given change. New regions give every member a grant on them,
 * regions left take theirs away, in the same transaction. Archiving takes every grant from its
 * members (they lose access to the partner's space; the prospects stay, for the team); a restored
 * partner has no member until the team adds them again.
 */
export async function updatePartner(
	svc: Services,
	actor: Actor,
	partnerId: string,
	input: PartnerUpdate
): Promise<PartnerView> {
	const found = isUuid(partnerId) ? await findPartner(svc.db, partnerId) : null;
	if (!found) throw new NotFound();
	assertMayManagePartners(actor, found.programmeId);
	const data = parseInput(partnerUpdate, input);
	try {
		return await svc.db.transaction(async (tx) => {
			const before = (await findPartner(tx, found.id))!;
			if (data.name !== undefined && data.name.toLowerCase() !== before.name.toLowerCase()) {
				if (await partnerNameTaken(tx, before.programmeId, data.name, before.id)) {
					throw partnerNameTakenError();
				}
			}
			const archivedAt =
				data.archived === undefined
					? before.archivedAt
					: data.archived
						? (before.archivedAt ?? new Date())
						: null;
			const regionCodes = data.regionCodes ?? before.regionCodes;
			await tx
				.update(partners)
				.set({
					name: data.name ?? before.name,
					regionCodes,
					contactEmail: data.contactEmail ?? before.contactEmail,
					archivedAt,
					updatedAt: new Date()
				})
				.where(eq(partners.id, before.id));
			if (archivedAt && !before.archivedAt) {
				await revokeMembers(tx, actor, before);
			} else if (!archivedAt) {
				await syncMemberGrants(tx, actor, before, regionCodes);
			}
			const after = (await findPartner(tx, before.id))!;
			await audit(tx, actor, {
				action:
					archivedAt && !before.archivedAt
						? 'partner.archive'
						: !archivedAt && before.archivedAt
							? 'partner.restore'
							: 'partner.update',
				entityType: 'partner',
				entityId: before.id,
				programmeId: before.programmeId,
				before: auditedPartner(before),
				after: auditedPartner(after)
			});
			return presentPartner(after, await membersOfPartners(tx, [after.id]));
		});
	} catch (e) {
		if (isUniqueViolation(e, 'partners_programme_name_key')) throw partnerNameTakenError();
		throw e;
	}
}
