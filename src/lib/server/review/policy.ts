/**
 * Who may do what in the jury's work. The programme team sets the grid, the settings and the jury
 * of a call, and sees every bid and conflict. A jury member acts as a member of one call's jury:
 * through the `jury_members` row that names their account (accepted, not removed). Nobody else
 * learns anything (`NotFound`). A token must carry `reviews:read` to read and `reviews:write` to
 * write.
 */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { allowsScope, isTeam, isUser, type Actor, type UserActor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { juryMembers, reviewAssignments } from '../db/schema.ts';
import { isConflicted } from './conflictQueries.ts';
import { Forbidden, NotFound } from '../errors.ts';

export const REVIEWS_READ_SCOPE = 'reviews:read';
export const REVIEWS_WRITE_SCOPE = 'reviews:write';

/** The programme team's management of a call's jury (grid, settings, members, conflicts). */
export function assertMayManageJury(actor: Actor, programmeId: string): asserts actor is UserActor {
	if (!isUser(actor) || !isTeam(actor, programmeId) || !allowsScope(actor, REVIEWS_READ_SCOPE)) {
		throw new NotFound();
	}
	if (!allowsScope(actor, REVIEWS_WRITE_SCOPE)) throw new Forbidden('jury.error.forbidden');
}

/** The programme team reads a call's jury work. */
export function mayReadJury(actor: Actor, programmeId: string): boolean {
	return isUser(actor) && isTeam(actor, programmeId) && allowsScope(actor, REVIEWS_READ_SCOPE);
}

export type JuryMembership = { id: string; callId: string; userId: string };

/** The actor's membership of the call's jury (accepted, not removed), or null. */
export async function juryMembershipOf(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<JuryMembership | null> {
	if (!isUser(actor) || !allowsScope(actor, REVIEWS_READ_SCOPE)) return null;
	const [row] = await db
		.select({ id: juryMembers.id, callId: juryMembers.callId, userId: juryMembers.userId })
		.from(juryMembers)
		.where(
			and(
				eq(juryMembers.callId, callId),
				eq(juryMembers.userId, actor.userId),
				isNotNull(juryMembers.acceptedAt),
				isNull(juryMembers.removedAt)
			)
		);
	return row && row.userId ? { id: row.id, callId: row.callId, userId: row.userId } : null;
}

/** The membership, or `NotFound` for anyone who is not on that call's jury. */
export async function assertJuryMember(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	opts: { write?: boolean } = {}
): Promise<JuryMembership> {
	const m = await juryMembershipOf(db, actor, callId);
	if (!m) throw new NotFound();
	if (opts.write && !allowsScope(actor, REVIEWS_WRITE_SCOPE)) {
		throw new Forbidden('jury.error.forbidden');
	}
	return m;
}

/** Whether the actor sits on the call's jury, is assigned the application and not in conflict. */
export async function isAssignedJuror(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	applicationId: string
): Promise<boolean> {
	const membership = await juryMembershipOf(db, actor, callId);
	if (!membership) return false;
	const [row] = await db
		.select({ id: reviewAssignments.id })
		.from(reviewAssignments)
		.where(
			and(
				eq(reviewAssignments.juryMemberId, membership.id),
				eq(reviewAssignments.applicationId, applicationId)
			)
		);
	return Boolean(row) && !(await isConflicted(db, membership.id, applicationId));
}
