import { and, count, eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor, UserActor } from '../accounts/actor.ts';
import type { Tx } from '../db/client.ts';
import { audit } from '../audit/log.ts';
import { reviewAssignments } from '../db/schema.ts';
import { Conflict, NotFound } from '../errors.ts';
import { queueAssignmentEmail } from './assignNotify.ts';
import {
	assignCall,
	assignMembers,
	existingAssignments,
	type AssignCall,
	type ExistingAssignment
} from './assignQueries.ts';
import { assertMayManageJury } from './policy.ts';

/**
 * Removes an assignment whose review has not started (a started one: `Conflict`), locked or not.
 * Audited; the jury member is told by e-mail. Only the programme's team; anyone else, or an
 * assignment of another call: `NotFound`.
 */
export async function removeAssignment(
	svc: Services,
	actor: Actor,
	callId: string,
	assignmentId: string
): Promise<ExistingAssignment> {
	const call = await assignCall(svc.db, callId);
	assertMayManageJury(actor, call.programmeId);
	const { removed, mailIds } = await svc.db.transaction(async (tx) => {
		const [current] = await existingAssignments(tx, call.id, { id: assignmentId });
		if (!current) throw new NotFound();
		const mailId = await deleteAssignment(tx, svc, actor, call, current);
		return { removed: current, mailIds: mailId ? [mailId] : [] };
	});
	await svc.jobs.deliverEmails(mailIds);
	return removed;
}

/**
 * Inside the caller's transaction: deletes an assignment whose review has not started (else
 * `Conflict`), audits it and queues the member's e-mail (its id; null if the member is gone).
 */
export async function deleteAssignment(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	actor: UserActor,
	call: AssignCall,
	current: ExistingAssignment
): Promise<string | null> {
	if (current.started) throw new Conflict('assignments.error.started');
	await tx.delete(reviewAssignments).where(eq(reviewAssignments.id, current.id));
	await audit(tx, actor, {
		action: 'review_assignment.delete',
		entityType: 'review_assignment',
		entityId: current.id,
		programmeId: call.programmeId,
		before: {
			callId: call.id,
			juryMemberId: current.juryMemberId,
			applicationId: current.applicationId,
			locked: current.locked,
			source: current.source
		}
	});
	const member = (await assignMembers(tx, call.id)).find((m) => m.id === current.juryMemberId);
	if (!member) return null;
	const [{ n }] = await tx
		.select({ n: count() })
		.from(reviewAssignments)
		.where(
			and(eq(reviewAssignments.callId, call.id), eq(reviewAssignments.juryMemberId, member.id))
		);
	return queueAssignmentEmail(tx, svc, call, member, Number(n));
}
