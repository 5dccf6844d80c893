import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { calls } from '../db/schema.ts';
import { Invalid, NotFound, type FieldErrors } from '../errors.ts';
import { findCycle } from '../programmes/queries.ts';
import { callSlugTakenError, unknownCycleError } from './createCall.ts';
import { assertMayManageCall } from './policy.ts';
import { auditedCall, presentCall, type CallView } from './presenters.ts';
import { callSlugTaken, findCall, isUniqueViolation, isUuid } from './queries.ts';
import { callUpdate, parseCall, type CallUpdate } from './schemas.ts';

/**
 * Changes a call, by its programme's team. Absent fields stay as they are; the address changes only
 * when one is given. A published or closed call keeps both its dates.
 */
export async function updateCall(
	svc: Services,
	actor: Actor,
	callId: string,
	input: CallUpdate
): Promise<CallView> {
	const existing = isUuid(callId) ? await findCall(svc.db, callId) : null;
	if (!existing) throw new NotFound();
	assertMayManageCall(actor, existing);
	const data = parseCall(callUpdate, input);
	try {
		return await svc.db.transaction(async (tx) => {
			const current = await findCall(tx, existing.id);
			if (!current) throw new NotFound();
			const opensAt = data.opensAt === undefined ? current.opensAt : data.opensAt;
			const closesAt = data.closesAt === undefined ? current.closesAt : data.closesAt;
			const fields: FieldErrors = {};
			if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) {
				fields.closesAt = ['calls.error.closesBeforeOpens'];
			}
			if (current.status === 'published' || current.status === 'closed') {
				if (!opensAt) fields.opensAt = ['calls.error.datesRequiredPublished'];
				if (!closesAt) fields.closesAt = ['calls.error.datesRequiredPublished'];
			}
			if (Object.keys(fields).length) {
				throw new Invalid(Object.values(fields)[0][0], fields);
			}
			const changes: Partial<typeof calls.$inferInsert> = {};
			if (data.cycleId !== undefined && data.cycleId !== current.cycleId) {
				const cycle = await findCycle(tx, data.cycleId);
				if (!cycle || cycle.programmeId !== current.programmeId) throw unknownCycleError();
				changes.cycleId = cycle.id;
			}
			if (data.slug !== undefined && data.slug !== current.slug) {
				if (await callSlugTaken(tx, current.programmeId, data.slug, current.id)) {
					throw callSlugTakenError();
				}
				changes.slug = data.slug;
			}
			for (const key of ['title', 'body', 'contactEmail', 'contactText'] as const) {
				if (data[key] !== undefined && data[key] !== current[key]) changes[key] = data[key];
			}
			if (
				data.juryReadsRegionalOpinions !== undefined &&
				data.juryReadsRegionalOpinions !== current.juryReadsRegionalOpinions
			) {
				changes.juryReadsRegionalOpinions = data.juryReadsRegionalOpinions;
			}
			if ((opensAt?.getTime() ?? null) !== (current.opensAt?.getTime() ?? null)) {
				changes.opensAt = opensAt;
			}
			if ((closesAt?.getTime() ?? null) !== (current.closesAt?.getTime() ?? null)) {
				changes.closesAt = closesAt;
			}
			if (
				data.eligibleTypes !== undefined &&
				JSON.stringify(data.eligibleTypes) !== JSON.stringify(current.eligibleTypes)
			) {
				changes.eligibleTypes = data.eligibleTypes;
			}
			const before = presentCall(current);
			if (data.faq !== undefined && JSON.stringify(data.faq) !== JSON.stringify(before.faq)) {
				changes.faq = data.faq;
			}
			if (
				data.eligibilityRules !== undefined &&
				JSON.stringify(data.eligibilityRules) !== JSON.stringify(before.eligibilityRules)
			) {
				changes.eligibilityRules = data.eligibilityRules;
			}
			if (Object.keys(changes).length === 0) return before;
			await tx
				.update(calls)
				.set({ ...changes, updatedAt: new Date() })
				.where(eq(calls.id, current.id));
			const after = presentCall((await findCall(tx, current.id))!);
			await audit(tx, actor, {
				action: 'call.update',
				entityType: 'call',
				entityId: current.id,
				programmeId: current.programmeId,
				before: auditedCall(before),
				after: auditedCall(after)
			});
			return after;
		});
	} catch (e) {
		if (isUniqueViolation(e, 'calls_programme_slug_key')) throw callSlugTakenError();
		throw e;
	}
}
