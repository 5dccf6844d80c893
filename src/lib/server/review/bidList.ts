import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { assertJuryMember, mayReadJury } from './policy.ts';
import { bidsOf, juryCall, type BidView } from './conflictQueries.ts';

/**
 * The bids of a call: all of them for the programme team, their own for a jury member (anyone
 * else: `NotFound`).
 */
export async function listBids(db: DbOrTx, actor: Actor, callId: string): Promise<BidView[]> {
	const call = await juryCall(db, callId);
	if (mayReadJury(actor, call.programmeId)) return bidsOf(db, call.id);
	const m = await assertJuryMember(db, actor, call.id);
	return bidsOf(db, call.id, m.id);
}
