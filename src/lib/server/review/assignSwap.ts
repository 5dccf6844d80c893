import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { parseInput } from '../applications/schemas.ts';
import { insertManualAssignment } from './assignAdd.ts';
import { deleteAssignment } from './assignRemove.ts';
import { assignCall, existingAssignments, type ExistingAssignment } from './assignQueries.ts';
import { swapAssignmentInput, type SwapAssignmentInput } from './assignSchemas.ts';
import { assertMayManageJury } from './policy.ts';

/**
 * Hands an assignment whose review has not started to another jury member, in one step: the
 * application keeps its number of reviewers whatever happens (both changes or neither). The new
 * pair is checked as a manual addition is (on the jury, no conflict, not already assigned,
 * within the maximum) and keeps the lock; both members are told by e-mail. Audited as a removal
 * and an addition. Only the programme's team; anyone else, or another call's assignment:
 * `NotFound`.
 */
export async function swapAssignment(
	svc: Services,
	actor: Actor,
	callId: string,
	assignmentId: string,
	input: SwapAssignmentInput
): Promise<ExistingAssignment> {
	const call = await assignCall(svc.db, callId);
	assertMayManageJury(actor, call.programmeId);
	const data = parseInput(swapAssignmentInput, input);
	const { view, mailIds } = await svc.db.transaction(async (tx) => {
		const [current] = await existingAssignments(tx, call.id, { id: assignmentId });
		if (!current) throw new NotFound();
		if (current.started) throw new Conflict('assignments.error.started');
		if (current.juryMemberId === data.juryMemberId) {
			throw new Invalid('assignments.error.sameMember', {
				juryMemberId: ['assignments.error.sameMember']
			});
		}
		const removedMail = await deleteAssignment(tx, svc, actor, call, current);
		const { view, mailId } = await insertManualAssignment(tx, svc, actor, call, {
			juryMemberId: data.juryMemberId,
			applicationId: current.applicationId,
			locked: current.locked
		});
		return { view, mailIds: removedMail ? [removedMail, mailId] : [mailId] };
	});
	await svc.jobs.deliverEmails(mailIds);
	return view;
}
