import { and, count, eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { reviewAssignments } from '../db/schema.ts';
import { Conflict, NotFound } from '../errors.ts';
import { queueAssignmentEmail } from './assignNotify.ts';
import {
	assignCall,
	assignMembers,
	existingAssignments,
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
		const mailIds: string[] = [];
		if (member) {
			const [{ n }] = await tx
				.select({ n: count() })
				.from(reviewAssignments)
				.where(
					and(eq(reviewAssignments.callId, call.id), eq(reviewAssignments.juryMemberId, member.id))
				);
			mailIds.push(await queueAssignmentEmail(tx, svc, call, member, Number(n)));
		}
		return { removed: current, mailIds };
	});
	await svc.jobs.deliverEmails(mailIds);
	return removed;
}
