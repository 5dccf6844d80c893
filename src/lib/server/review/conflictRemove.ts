import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import { isUser, type Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { reviewConflicts } from '../db/schema.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertJuryMember, assertMayManageJury, mayReadJury } from './policy.ts';
import { conflictsOf, juryCall, type ConflictView } from './conflictQueries.ts';

/**
 * Removes a conflict set by hand. The team removes any declared or team conflict of the call; a
 * jury member withdraws only their own declaration (any other: `NotFound`). Automatic conflicts
 * follow the data and come back at the next recomputation: removing one is refused (`Conflict`).
 * Audited.
 */
export async function removeConflict(
	svc: Services,
	actor: Actor,
	callId: string,
	conflictId: string
): Promise<ConflictView> {
	const call = await juryCall(svc.db, callId);
	if (!isUser(actor)) throw new NotFound();
	const asTeam = mayReadJury(actor, call.programmeId);
	let ownMemberId: string | null = null;
	if (asTeam) assertMayManageJury(actor, call.programmeId);
	else ownMemberId = (await assertJuryMember(svc.db, actor, call.id, { write: true })).id;

	const [conflict] = await conflictsOf(svc.db, call.id, { id: conflictId });
	if (!conflict) throw new NotFound();
	if (ownMemberId !== null) {
		if (conflict.juryMemberId !== ownMemberId || conflict.source !== 'declared') {
			throw new NotFound();
		}
	} else if (conflict.source !== 'declared' && conflict.source !== 'team') {
		throw new Conflict('conflicts.error.automatic');
	}

	return svc.db.transaction(async (tx) => {
		await tx.delete(reviewConflicts).where(eq(reviewConflicts.id, conflict.id));
		await audit(tx, actor, {
			action: 'review_conflict.delete',
			entityType: 'review_conflict',
			entityId: conflict.id,
			programmeId: call.programmeId,
			before: {
				callId: call.id,
				juryMemberId: conflict.juryMemberId,
				applicationId: conflict.applicationId,
				source: conflict.source,
				reason: conflict.reason
			},
			after: null
		});
		return conflict;
	});
}
