import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { cycles } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import { cycleNameTakenError } from './createCycle.ts';
import { assertValidCalendar, inCalendarOrder, type DatedPhase } from './phases.ts';
import { assertMayManageProgramme } from './policy.ts';
import { presentCycle, type CycleView } from './presenters.ts';
import {
	cycleNameTaken,
	findCycle,
	isUniqueViolation,
	phasesOf,
	replacePhases
} from './queries.ts';
import { cycleUpdate, parseInput, type CycleUpdate } from './schemas.ts';

/** A calendar as comparable text: kinds in calendar order with their instants. */
function calendarKey(phases: readonly DatedPhase[]): string {
	return JSON.stringify(
		inCalendarOrder(phases).map((p) => [
			p.kind,
			new Date(p.startsAt).getTime(),
			p.endsAt ? new Date(p.endsAt).getTime() : null
		])
	);
}

/**
 * Changes a cycle, by its programme's team. Absent fields stay as they are; `phases`, when given,
 * replaces the whole calendar (an empty list clears it).
 */
export async function updateCycle(
	svc: Services,
	actor: Actor,
	cycleId: string,
	input: CycleUpdate
): Promise<CycleView> {
	const existing = await findCycle(svc.db, cycleId);
	if (!existing) throw new NotFound();
	assertMayManageProgramme(actor, existing.programmeId);
	const data = parseInput(cycleUpdate, input);
	if (data.phases) assertValidCalendar(data.phases);
	try {
		return await svc.db.transaction(async (tx) => {
			const current = await findCycle(tx, existing.id);
			if (!current) throw new NotFound();
			const before = presentCycle(current, (await phasesOf(tx, [current.id])).get(current.id)!);
			if (data.name !== undefined && data.name !== current.name) {
				if (await cycleNameTaken(tx, current.programmeId, data.name, current.id)) {
					throw cycleNameTakenError();
				}
			}
			const phasesChanged =
				data.phases !== undefined && calendarKey(data.phases) !== calendarKey(before.phases);
			const changes = {
				...(data.name !== undefined && data.name !== current.name ? { name: data.name } : {}),
				...(data.description !== undefined && data.description !== current.description
					? { description: data.description }
					: {})
			};
			if (Object.keys(changes).length === 0 && !phasesChanged) return before;
			await tx
				.update(cycles)
				.set({ ...changes, updatedAt: new Date() })
				.where(eq(cycles.id, current.id));
			if (data.phases && phasesChanged) await replacePhases(tx, current.id, data.phases);
			const after = presentCycle(
				(await findCycle(tx, current.id))!,
				(await phasesOf(tx, [current.id])).get(current.id)!
			);
			await audit(tx, actor, {
				action: 'cycle.update',
				entityType: 'cycle',
				entityId: current.id,
				programmeId: current.programmeId,
				before,
				after
			});
			return after;
		});
	} catch (e) {
		if (isUniqueViolation(e, 'cycles_programme_name_key')) throw cycleNameTakenError();
		throw e;
	}
}
