import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { reviewAssignments } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import { parseInput } from '../applications/schemas.ts';
import { assignCall, existingAssignments, type ExistingAssignment } from './assignQueries.ts';
import { lockAssignmentInput, type LockAssignmentInput } from './assignSchemas.ts';
import { assertMayManageJury } from './policy.ts';

/**
 * Locks an assignment (every later computation keeps it) or unlocks it. Audited. Only the
 * programme's team; anyone else, or an assignment of another call: `NotFound`.
 */
export async function setAssignmentLock(
	svc: Services,
	actor: Actor,
	callId: string,
	assignmentId: string,
	input: LockAssignmentInput
): Promise<ExistingAssignment> {
	const call = await assignCall(svc.db, callId);
	assertMayManageJury(actor, call.programmeId);
	const { locked } = parseInput(lockAssignmentInput, input);
	return svc.db.transaction(async (tx) => {
		const [current] = await existingAssignments(tx, call.id, { id: assignmentId });
		if (!current) throw new NotFound();
		if (current.locked !== locked) {
			await tx
				.update(reviewAssignments)
				.set({ locked })
				.where(eq(reviewAssignments.id, current.id));
			await audit(tx, actor, {
				action: locked ? 'review_assignment.lock' : 'review_assignment.unlock',
				entityType: 'review_assignment',
				entityId: current.id,
				programmeId: call.programmeId,
				before: { locked: current.locked },
				after: { locked }
			});
		}
		return { ...current, locked };
	});
}
