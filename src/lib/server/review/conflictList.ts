import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { mayReadJury } from './policy.ts';
import { conflictsOf, juryCall, type ConflictView } from './conflictQueries.ts';

/**
 * Every conflict of interest of the call, with its source, reason, author and date: for the
 * programme team only (anyone else: `NotFound`).
 */
export async function listConflicts(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<ConflictView[]> {
	const call = await juryCall(db, callId);
	if (!mayReadJury(actor, call.programmeId)) throw new NotFound();
	return conflictsOf(db, call.id);
}
