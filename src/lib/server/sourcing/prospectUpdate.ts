import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { prospects } from '../db/schema.ts';
import { findPartner } from './partnerQueries.ts';
import { prospectUpdate, type ProspectUpdate } from './partnerSchemas.ts';
import { callOfProgramme, parseProspectInput, writableProspect } from './prospectAccess.ts';
import { auditedProspect, presentProspect, type ProspectView } from './prospectPresenters.ts';
import { findProspect } from './prospectQueries.ts';

/**
 * Changes a prospect, by the partner's members or the programme's team: only the fields given
 * change. `archived` archives it (it leaves the lists, its history stays) or restores it. A new
 * region must be one of the partner's.
 */
export async function updateProspect(
	svc: Services,
	actor: Actor,
	prospectId: string,
	input: ProspectUpdate
): Promise<ProspectView> {
	const { prospect: before, actor: user } = await writableProspect(svc.db, actor, prospectId);
	const partner = (await findPartner(svc.db, before.partnerId))!;
	const data = parseProspectInput(
		prospectUpdate,
		input,
		partner.regionCodes,
		(code) => code !== before.regionCode
	);
	const callId =
		data.callId === undefined
			? before.callId
			: data.callId === null
				? null
				: data.callId === before.callId
					? before.callId
					: (await callOfProgramme(svc.db, before.programmeId, data.callId)).id;
	const archivedAt =
		data.archived === undefined
			? before.archivedAt
			: data.archived
				? (before.archivedAt ?? new Date())
				: null;
	return svc.db.transaction(async (tx) => {
		await tx
			.update(prospects)
			.set({
				organisationName: data.organisationName ?? before.organisationName,
				contactName: data.contactName ?? before.contactName,
				email: data.email ?? before.email,
				phone: data.phone ?? before.phone,
				notes: data.notes ?? before.notes,
				channel: data.channel ?? before.channel,
				regionCode: data.regionCode ?? before.regionCode,
				applicantType: data.applicantType === undefined ? before.applicantType : data.applicantType,
				callId,
				firstContactOn: data.firstContactOn ?? before.firstContactOn,
				nextStep: data.nextStep ?? before.nextStep,
				nextStepOn: data.nextStepOn === undefined ? before.nextStepOn : data.nextStepOn,
				archivedAt,
				updatedAt: new Date()
			})
			.where(eq(prospects.id, before.id));
		const after = (await findProspect(tx, before.id))!;
		await audit(tx, user, {
			action:
				archivedAt && !before.archivedAt
					? 'prospect.archive'
					: !archivedAt && before.archivedAt
						? 'prospect.restore'
						: 'prospect.update',
			entityType: 'prospect',
			entityId: before.id,
			programmeId: before.programmeId,
			before: auditedProspect(before),
			after: auditedProspect(after)
		});
		return presentProspect(after);
	});
}
