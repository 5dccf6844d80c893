/** The team's views of a cycle's sessions. Anyone else: `NotFound`. */
import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { assertMayManageEvents, eventForTeam, findCycle, type CycleRef } from './policy.ts';
import {
	eventsOfCycle,
	participantsOf,
	pitchingProjects,
	replyCounts,
	slotsOf,
	type EventSummary
} from './eventQueries.ts';

export async function listCycleEvents(
	db: DbOrTx,
	actor: Actor,
	cycleId: string
): Promise<{ cycle: CycleRef; events: EventSummary[] }> {
	const cycle = await findCycle(db, cycleId);
	if (!cycle) throw new NotFound();
	assertMayManageEvents(actor, cycle.programmeId);
	return { cycle, events: await eventsOfCycle(db, cycle.id) };
}

export async function getEventForTeam(db: DbOrTx, actor: Actor, eventId: string) {
	const event = await eventForTeam(db, actor, eventId);
	const [slots, participants, projects] = await Promise.all([
		slotsOf(db, event.id),
		participantsOf(db, event.id),
		pitchingProjects(db, event.cycleId)
	]);
	const titles = new Map(projects.map((p) => [p.id, p.title || p.reference]));
	return {
		event,
		slots: slots.map((s) => ({
			...s,
			project: s.applicationId ? (titles.get(s.applicationId) ?? '') : ''
		})),
		participants: participants.map((p) => ({
			...p,
			project: p.applicationId ? (titles.get(p.applicationId) ?? '') : ''
		})),
		projects,
		counts: replyCounts(event, participants)
	};
}
export type TeamEventView = Awaited<ReturnType<typeof getEventForTeam>>;
