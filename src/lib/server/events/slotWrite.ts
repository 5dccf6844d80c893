/**
 * The agenda of a session: plenaries, workshops, breaks and pitches. A slot lies within the
 * session; a pitch names one of the cycle's shortlisted projects and never overlaps another pitch
 * (the jury hears them all). The programme team only.
 */
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { Tx } from '../db/client.ts';
import { eventSlots } from '../db/schema.ts';
import { Invalid, NotFound, Conflict } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { isUuid } from '../programmes/queries.ts';
import { eventForTeam, type EventWithProgramme } from './policy.ts';
import { pitchingProjects, type SlotRow } from './eventQueries.ts';
import { slotInput, type SlotInput } from './schemas.ts';

async function validateSlot(
	tx: Tx,
	event: EventWithProgramme,
	v: { kind: string; startsAt: Date; endsAt: Date; applicationId?: string },
	exceptId?: string
): Promise<void> {
	if (v.startsAt < event.startsAt || v.endsAt > event.endsAt) {
		throw new Invalid('events.error.slotOutside', { startsAt: ['events.error.slotOutside'] });
	}
	if (v.kind !== 'pitch') return;
	const projects = await pitchingProjects(tx, event.cycleId);
	if (!projects.some((p) => p.id === v.applicationId)) {
		throw new Invalid('events.error.notShortlisted', {
			applicationId: ['events.error.notShortlisted']
		});
	}
	const [overlap] = await tx
		.select({ id: eventSlots.id })
		.from(eventSlots)
		.where(
			and(
				eq(eventSlots.eventId, event.id),
				eq(eventSlots.kind, 'pitch'),
				lt(eventSlots.startsAt, v.endsAt),
				gt(eventSlots.endsAt, v.startsAt),
				exceptId ? ne(eventSlots.id, exceptId) : undefined
			)
		)
		.limit(1);
	if (overlap) {
		throw new Invalid('events.error.pitchOverlap', { startsAt: ['events.error.pitchOverlap'] });
	}
}

export async function addSlot(
	svc: Services,
	actor: Actor,
	eventId: string,
	input: SlotInput
): Promise<SlotRow> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	const v = parseInput(slotInput, input);
	return svc.db.transaction(async (tx) => {
		const event = await eventForTeam(tx, actor, found.id, { write: true, lock: true });
		if (event.status === 'cancelled') throw new Conflict('events.error.cancelled');
		await validateSlot(tx, event, v);
		const [row] = await tx
			.insert(eventSlots)
			.values({
				eventId: event.id,
				kind: v.kind,
				title: v.title,
				startsAt: v.startsAt,
				endsAt: v.endsAt,
				room: v.room,
				applicationId: v.applicationId ?? null
			})
			.returning();
		await audit(tx, actor, {
			action: 'event.slot.added',
			entityType: 'event',
			entityId: event.id,
			programmeId: event.programmeId,
			after: row
		});
		return row;
	});
}

async function slotOf(tx: Tx, eventId: string, slotId: string): Promise<SlotRow> {
	if (!isUuid(slotId)) throw new NotFound();
	const [row] = await tx
		.select()
		.from(eventSlots)
		.where(and(eq(eventSlots.id, slotId), eq(eventSlots.eventId, eventId)));
	if (!row) throw new NotFound();
	return row;
}

export async function updateSlot(
	svc: Services,
	actor: Actor,
	eventId: string,
	slotId: string,
	input: SlotInput
): Promise<SlotRow> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	const v = parseInput(slotInput, input);
	return svc.db.transaction(async (tx) => {
		const event = await eventForTeam(tx, actor, found.id, { write: true, lock: true });
		if (event.status === 'cancelled') throw new Conflict('events.error.cancelled');
		const before = await slotOf(tx, event.id, slotId);
		await validateSlot(tx, event, v, before.id);
		const [row] = await tx
			.update(eventSlots)
			.set({
				kind: v.kind,
				title: v.title,
				startsAt: v.startsAt,
				endsAt: v.endsAt,
				room: v.room,
				applicationId: v.applicationId ?? null
			})
			.where(eq(eventSlots.id, before.id))
			.returning();
		await audit(tx, actor, {
			action: 'event.slot.updated',
			entityType: 'event',
			entityId: event.id,
			programmeId: event.programmeId,
			before,
			after: row
		});
		return row;
	});
}

export async function removeSlot(
	svc: Services,
	actor: Actor,
	eventId: string,
	slotId: string
): Promise<void> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	await svc.db.transaction(async (tx) => {
		const before = await slotOf(tx, found.id, slotId);
		await tx.delete(eventSlots).where(eq(eventSlots.id, before.id));
		await audit(tx, actor, {
			action: 'event.slot.removed',
			entityType: 'event',
			entityId: found.id,
			programmeId: found.programmeId,
			before
		});
	});
}
