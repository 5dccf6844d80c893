import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { cycles } from '../db/schema.ts';
import { Invalid, NotFound } from '../errors.ts';
import { assertValidCalendar } from './phases.ts';
import { assertMayManageProgramme } from './policy.ts';
import { presentCycle, type CycleView } from './presenters.ts';
import {
	cycleNameTaken,
	findCycle,
	findProgramme,
	isUniqueViolation,
	isUuid,
	phasesOf,
	replacePhases
} from './queries.ts';
import { cycleInput, parseInput, type CycleInput } from './schemas.ts';

export const cycleNameTakenError = () =>
	new Invalid('programmes.error.cycleNameTaken', { name: ['programmes.error.cycleNameTaken'] });

/** A new cycle (promotion) of a programme, with its calendar, by the programme's team. */
export async function createCycle(
	svc: Services,
	actor: Actor,
	programmeId: string,
	input: CycleInput
): Promise<CycleView> {
	const programme = isUuid(programmeId) ? await findProgramme(svc.db, programmeId) : null;
	if (!programme) throw new NotFound();
	assertMayManageProgramme(actor, programme.id);
	const data = parseInput(cycleInput, input);
	assertValidCalendar(data.phases);
	try {
		return await svc.db.transaction(async (tx) => {
			if (await cycleNameTaken(tx, programme.id, data.name)) throw cycleNameTakenError();
			const [{ id }] = await tx
				.insert(cycles)
				.values({ programmeId: programme.id, name: data.name, description: data.description })
				.returning({ id: cycles.id });
			await replacePhases(tx, id, data.phases);
			const view = presentCycle((await findCycle(tx, id))!, (await phasesOf(tx, [id])).get(id)!);
			await audit(tx, actor, {
				action: 'cycle.create',
				entityType: 'cycle',
				entityId: id,
				programmeId: programme.id,
				after: view
			});
			return view;
		});
	} catch (e) {
		if (isUniqueViolation(e, 'cycles_programme_name_key')) throw cycleNameTakenError();
		throw e;
	}
}
