import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { calls } from '../db/schema.ts';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../errors.ts';
import { assertMayManageCall } from './policy.ts';
import { auditedCall, presentCall, questionCount, type CallView } from './presenters.ts';
import { currentFormVersion, findCall, isUuid } from './queries.ts';
import { CALL_TRANSITIONS, parseInput, statusInput, type StatusInput } from './schemas.ts';

/**
 * Moves a call along its life: draft → published → closed → archived, closed → published to
 * reopen it, and draft → archived to set aside a draft never published. Publishing needs both
 * dates and a form with at least one question.
 */
export async function changeCallStatus(
	svc: Services,
	actor: Actor,
	callId: string,
	input: StatusInput
): Promise<CallView> {
	const existing = isUuid(callId) ? await findCall(svc.db, callId) : null;
	if (!existing) throw new NotFound();
	assertMayManageCall(actor, existing);
	const { status } = parseInput(statusInput, input);
	return svc.db.transaction(async (tx) => {
		const current = await findCall(tx, existing.id);
		if (!current) throw new NotFound();
		const before = presentCall(current);
		if (current.status === status) return before;
		if (!CALL_TRANSITIONS[current.status].includes(status)) {
			throw new Conflict('calls.error.transition');
		}
		if (status === 'published') {
			const fields: FieldErrors = {};
			if (!current.opensAt) fields.opensAt = ['calls.error.publishNeedsOpensAt'];
			if (!current.closesAt) fields.closesAt = ['calls.error.publishNeedsClosesAt'];
			const form = await currentFormVersion(tx, current.id);
			if (!form || questionCount(form.definition) === 0) {
				fields.form = ['calls.error.publishNeedsForm'];
			}
			if (Object.keys(fields).length) throw new Invalid('calls.error.cannotPublish', fields);
		}
		await tx.update(calls).set({ status, updatedAt: new Date() }).where(eq(calls.id, current.id));
		const after = presentCall((await findCall(tx, current.id))!);
		await audit(tx, actor, {
			action: `call.${status === 'published' && current.status === 'closed' ? 'reopen' : status === 'published' ? 'publish' : status === 'closed' ? 'close' : 'archive'}`,
			entityType: 'call',
			entityId: current.id,
			programmeId: current.programmeId,
			before: auditedCall(before),
			after: auditedCall(after)
		});
		return after;
	});
}
