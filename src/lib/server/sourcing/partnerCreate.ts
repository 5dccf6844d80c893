import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { partners } from '../db/schema.ts';
import { Invalid, NotFound } from '../errors.ts';
import { findProgramme } from '../programmes/queries.ts';
import { assertMayManagePartners } from './policy.ts';
import { auditedPartner, presentPartner, type PartnerView } from './partnerPresenters.ts';
import { findPartner, isUniqueViolation, isUuid, partnerNameTaken } from './partnerQueries.ts';
import { parseInput, partnerInput, type PartnerInput } from './partnerSchemas.ts';

export const partnerNameTakenError = () =>
	new Invalid('partners.error.nameTaken', { name: ['partners.error.nameTaken'] });

/**
 * A new regional partner of the programme, attached to its regions, by the programme's team. It
 * has no member yet (`addPartnerMember`).
 */
export async function createPartner(
	svc: Services,
	actor: Actor,
	programmeId: string,
	input: PartnerInput
): Promise<PartnerView> {
	const programme = isUuid(programmeId) ? await findProgramme(svc.db, programmeId) : null;
	if (!programme) throw new NotFound();
	assertMayManagePartners(actor, programme.id);
	const data = parseInput(partnerInput, input);
	try {
		return await svc.db.transaction(async (tx) => {
			if (await partnerNameTaken(tx, programme.id, data.name)) throw partnerNameTakenError();
			const [row] = await tx
				.insert(partners)
				.values({
					programmeId: programme.id,
					name: data.name,
					regionCodes: data.regionCodes,
					contactEmail: data.contactEmail
				})
				.returning({ id: partners.id });
			const partner = (await findPartner(tx, row.id))!;
			await audit(tx, actor, {
				action: 'partner.create',
				entityType: 'partner',
				entityId: partner.id,
				programmeId: programme.id,
				before: null,
				after: auditedPartner(partner)
			});
			return presentPartner(partner, []);
		});
	} catch (e) {
		if (isUniqueViolation(e, 'partners_programme_name_key')) throw partnerNameTakenError();
		throw e;
	}
}
