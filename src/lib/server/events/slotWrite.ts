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
import { tellPitchChange } from './eventMail.ts';
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
	const now = new Date();
	const { row, mailIds } = await svc.db.transaction(async (tx) => {
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
		const mailIds = await tellIfPublished(tx, svc, event, pitchesOf(row), now);
		return { row, mailIds };
	});
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
	return row;
}

/** The project a slot gives a pitch to, if any. */
function pitchesOf(...slots: SlotRow[]): string[] {
	return slots.flatMap((x) => (x.kind === 'pitch' && x.applicationId ? [x.applicationId] : []));
}

/** Once the convocations are out, the holders whose pitch changed are told (`tellPitchChange`). */
function tellIfPublished(
	tx: Tx,
	svc: Services,
	event: EventWithProgramme,
	applicationIds: string[],
	now: Date
): Promise<string[]> {
	if (event.status !== 'published' || !applicationIds.length) return Promise.resolve([]);
	return tellPitchChange(tx, svc, event.id, applicationIds, now);
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
	const now = new Date();
	const { row, mailIds } = await svc.db.transaction(async (tx) => {
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
		// A new title alone changes nobody's pitch.
		const moved =
			row.kind !== before.kind ||
			row.applicationId !== before.applicationId ||
			row.room !== before.room ||
			row.startsAt.getTime() !== before.startsAt.getTime() ||
			row.endsAt.getTime() !== before.endsAt.getTime();
		const mailIds = moved ? await tellIfPublished(tx, svc, event, pitchesOf(before, row), now) : [];
		return { row, mailIds };
	});
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
	return row;
}

export async function removeSlot(
	svc: Services,
	actor: Actor,
	eventId: string,
	slotId: string
): Promise<void> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	const now = new Date();
	const mailIds = await svc.db.transaction(async (tx) => {
		const event = await eventForTeam(tx, actor, found.id, { write: true, lock: true });
		const before = await slotOf(tx, event.id, slotId);
		await tx.delete(eventSlots).where(eq(eventSlots.id, before.id));
		await audit(tx, actor, {
			action: 'event.slot.removed',
			entityType: 'event',
			entityId: event.id,
			programmeId: event.programmeId,
			before
		});
		return tellIfPublished(tx, svc, event, pitchesOf(before), now);
	});
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
}
