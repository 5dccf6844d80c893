import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { mayReadProgrammes } from './policy.ts';
import { presentCycle, type CycleView } from './presenters.ts';
import { cyclesOf, findProgramme, phasesOf } from './queries.ts';

/** The cycles of a programme (by id or slug), oldest first, with their calendars. Public. */
export async function listCycles(
	db: DbOrTx,
	actor: Actor,
	programmeId: string
): Promise<CycleView[]> {
	if (!mayReadProgrammes(actor)) throw new NotFound();
	const programme = await findProgramme(db, programmeId);
	if (!programme) throw new NotFound();
	const rows = await cyclesOf(db, [programme.id]);
	const phases = await phasesOf(
		db,
		rows.map((r) => r.id)
	);
	const now = new Date();
	return rows.map((r) => presentCycle(r, phases.get(r.id)!, now));
}
