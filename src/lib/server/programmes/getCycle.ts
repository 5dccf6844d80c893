import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { mayReadProgrammes } from './policy.ts';
import { presentCycle, type CycleView } from './presenters.ts';
import { findCycle, phasesOf } from './queries.ts';

/** A cycle with its calendar and current phase. Public. */
export async function getCycle(db: DbOrTx, actor: Actor, cycleId: string): Promise<CycleView> {
	if (!mayReadProgrammes(actor)) throw new NotFound();
	const row = await findCycle(db, cycleId);
	if (!row) throw new NotFound();
	return presentCycle(row, (await phasesOf(db, [row.id])).get(row.id)!);
}
