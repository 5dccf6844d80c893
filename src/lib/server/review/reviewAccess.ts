/**
 * Who may open a review: only the jury member the assignment names, while on the call's jury
 * (accepted, not removed) and not in conflict with the application. Anyone else — another juror
 * of the call, a conflicted juror, holders, partners, the team — learns nothing (`NotFound`).
 */
import { allowsScope, type Actor, type UserActor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { Forbidden, NotFound } from '../errors.ts';
import { isUuid } from '../programmes/queries.ts';
import { isConflicted } from './conflictQueries.ts';
import { juryMembershipOf, REVIEWS_WRITE_SCOPE, type JuryMembership } from './policy.ts';
import { findAssignment, type AssignmentContext } from './reviewQueries.ts';

export async function loadOwnAssignment(
	db: DbOrTx,
	actor: Actor,
	assignmentId: string,
	opts: { write?: boolean } = {}
): Promise<{ assignment: AssignmentContext; membership: JuryMembership; actor: UserActor }> {
	if (!isUuid(assignmentId)) throw new NotFound();
	const assignment = await findAssignment(db, assignmentId);
	if (!assignment) throw new NotFound();
	const membership = await juryMembershipOf(db, actor, assignment.call.id);
	if (!membership || membership.id !== assignment.juryMemberId) throw new NotFound();
	if (await isConflicted(db, membership.id, assignment.applicationId)) throw new NotFound();
	if (opts.write && !allowsScope(actor, REVIEWS_WRITE_SCOPE)) {
		throw new Forbidden('jury.error.forbidden');
	}
	return { assignment, membership, actor: actor as UserActor };
}
