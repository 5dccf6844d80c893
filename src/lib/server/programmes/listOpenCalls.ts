import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { callClosesAt, isCallOpen } from './phases.ts';
import { mayReadProgrammes } from './policy.ts';
import {
	presentCycle,
	presentProgramme,
	type CycleView,
	type ProgrammeView
} from './presenters.ts';
import { cyclesWithStartedCall, phasesOf, programmesByIds } from './queries.ts';

export type OpenCall = {
	programme: ProgrammeView;
	cycle: CycleView;
	/** When the call closes (ISO), if the calendar says. */
	closesAt: string | null;
};

/** The calls for projects open at `now`, the soonest to close first. Public. */
export async function listOpenCalls(
	db: DbOrTx,
	actor: Actor,
	now: Date = new Date()
): Promise<OpenCall[]> {
	if (!mayReadProgrammes(actor)) throw new NotFound();
	const candidates = await cyclesWithStartedCall(db, now);
	const phases = await phasesOf(
		db,
		candidates.map((c) => c.id)
	);
	const open = candidates.filter((c) => isCallOpen(phases.get(c.id)!, now));
	const programmes = new Map(
		(await programmesByIds(db, [...new Set(open.map((c) => c.programmeId))])).map((p) => [
			p.id,
			presentProgramme(p)
		])
	);
	return open
		.map((c) => {
			const closes = callClosesAt(phases.get(c.id)!);
			return {
				programme: programmes.get(c.programmeId)!,
				cycle: presentCycle(c, phases.get(c.id)!, now),
				closesAt: closes ? closes.toISOString() : null
			};
		})
		.sort(
			(a, b) =>
				(a.closesAt ? Date.parse(a.closesAt) : Infinity) -
					(b.closesAt ? Date.parse(b.closesAt) : Infinity) ||
				a.programme.name.localeCompare(b.programme.name, 'fr')
		);
}
