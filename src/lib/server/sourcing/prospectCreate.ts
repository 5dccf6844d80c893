import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { prospects } from '../db/schema.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertMayWritePartnerData } from './policy.ts';
import { findOpenCall, findPartner, isUuid } from './partnerQueries.ts';
import { prospectInput, type ProspectInput } from './partnerSchemas.ts';
import { callOfProgramme, parseProspectInput } from './prospectAccess.ts';
import { auditedProspect, presentProspect, type ProspectView } from './prospectPresenters.ts';
import { findProspect } from './prospectQueries.ts';

/**
 * Records an organisation the partner talks to, by one of its members or the programme's team. Its
 * region must be one of the partner's; it is sourced for the call given, else for the programme's
 * call open today (if any).
 */
export async function createProspect(
	svc: Services,
	actor: Actor,
	partnerId: string,
	input: ProspectInput,
	now: Date = new Date()
): Promise<ProspectView> {
	const partner = isUuid(partnerId) ? await findPartner(svc.db, partnerId) : null;
	if (!partner) throw new NotFound();
	assertMayWritePartnerData(actor, { partnerId: partner.id, programmeId: partner.programmeId });
	if (partner.archivedAt) throw new Conflict('partners.error.partnerArchived');
	const data = parseProspectInput(prospectInput, input, partner.regionCodes);
	const call =
		data.callId === undefined
			? await findOpenCall(svc.db, partner.programmeId, now)
			: data.callId === null
				? null
				: await callOfProgramme(svc.db, partner.programmeId, data.callId);
	return svc.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(prospects)
			.values({
				partnerId: partner.id,
				programmeId: partner.programmeId,
				callId: call?.id ?? null,
				organisationName: data.organisationName,
				contactName: data.contactName,
				email: data.email,
				phone: data.phone,
				notes: data.notes,
				channel: data.channel,
				regionCode: data.regionCode,
				applicantType: data.applicantType,
				firstContactOn: data.firstContactOn,
				nextStep: data.nextStep,
				nextStepOn: data.nextStepOn,
				createdBy: actor.userId
			})
			.returning({ id: prospects.id });
		const prospect = (await findProspect(tx, row.id))!;
		await audit(tx, actor, {
			action: 'prospect.create',
			entityType: 'prospect',
			entityId: prospect.id,
			programmeId: prospect.programmeId,
			before: null,
			after: { partnerId: partner.id, ...auditedProspect(prospect) }
		});
		return presentProspect(prospect);
	});
}
