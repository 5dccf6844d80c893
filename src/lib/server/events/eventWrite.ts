/**
 * The team creates, edits and cancels a session of a cycle. Changing a published session's dates,
 * place or video link tells every invited participant (`event_updated`, with the calendar file at
 * the next SEQUENCE); cancelling tells them too (`event_cancelled`, METHOD:CANCEL). E-mails are
 * delivered after the commit.
 */
import { and, eq, isNotNull, or, lt, gt } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { Tx } from '../db/client.ts';
import { eventParticipants, eventSlots, events } from '../db/schema.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { assertMayManageEvents, eventForTeam, findCycle, type EventRow } from './policy.ts';
import { eventInput, eventUpdate, type EventInput, type EventUpdate } from './schemas.ts';
import { mailParticipants, type EventMailKind } from './eventMail.ts';

export async function createEvent(
	svc: Services,
	actor: Actor,
	cycleId: string,
	input: EventInput
): Promise<EventRow> {
	const cycle = await findCycle(svc.db, cycleId);
	if (!cycle) throw new NotFound();
	assertMayManageEvents(actor, cycle.programmeId, { write: true });
	const v = parseInput(eventInput, input);
	return svc.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(events)
			.values({
				cycleId: cycle.id,
				kind: v.kind,
				title: v.title,
				description: v.description,
				startsAt: v.startsAt,
				endsAt: v.endsAt,
				place: v.place,
				videoUrl: v.videoUrl ?? '',
				capacity: v.capacity ?? null,
				createdBy: actor.userId
			})
			.returning();
		await audit(tx, actor, {
			action: 'event.created',
			entityType: 'event',
			entityId: row.id,
			programmeId: cycle.programmeId,
			after: row
		});
		return row;
	});
}

/** Every invited participant is told (the change or the cancellation), with the calendar file. */
async function tellInvited(
	tx: Tx,
	svc: Services,
	event: EventRow,
	kind: EventMailKind,
	now: Date
): Promise<string[]> {
	const invited = await tx
		.select()
		.from(eventParticipants)
		.where(and(eq(eventParticipants.eventId, event.id), isNotNull(eventParticipants.invitedAt)));
	return mailParticipants(tx, svc, { event, participants: invited, kind, now });
}

export type UpdateResult = { event: EventRow; emails: number };

export async function updateEvent(
	svc: Services,
	actor: Actor,
	eventId: string,
	input: EventUpdate
): Promise<UpdateResult> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	const v = parseInput(eventUpdate, input ?? {});
	const now = new Date();
	const { result, mailIds } = await svc.db.transaction(async (tx) => {
		const before = await eventForTeam(tx, actor, eventId, { write: true, lock: true });
		if (before.status === 'cancelled') throw new Conflict('events.error.cancelled');
		// Only what was sent changes (a partial update keeps the rest).
		const sent = (k: keyof EventUpdate) => !!input && k in input && input[k] !== undefined;
		const startsAt = sent('startsAt') && v.startsAt ? v.startsAt : before.startsAt;
		const endsAt = sent('endsAt') && v.endsAt ? v.endsAt : before.endsAt;
		if (endsAt <= startsAt) {
			throw new Invalid('events.error.endBeforeStart', { endsAt: ['events.error.endBeforeStart'] });
		}
		// The agenda must stay inside the session.
		const [outside] = await tx
			.select({ id: eventSlots.id })
			.from(eventSlots)
			.where(
				and(
					eq(eventSlots.eventId, before.id),
					or(lt(eventSlots.startsAt, startsAt), gt(eventSlots.endsAt, endsAt))
				)
			)
			.limit(1);
		if (outside) {
			throw new Invalid('events.error.slotsOutside', { startsAt: ['events.error.slotsOutside'] });
		}
		const place = sent('place') ? (v.place ?? '') : before.place;
		const videoUrl = sent('videoUrl') ? (v.videoUrl ?? '') : before.videoUrl;
		const changed =
			startsAt.getTime() !== before.startsAt.getTime() ||
			endsAt.getTime() !== before.endsAt.getTime() ||
			place !== before.place ||
			videoUrl !== before.videoUrl;
		const tell = changed && before.status === 'published';
		const [row] = await tx
			.update(events)
			.set({
				title: sent('title') && v.title ? v.title : before.title,
				kind: sent('kind') && v.kind ? v.kind : before.kind,
				description: sent('description') ? (v.description ?? '') : before.description,
				startsAt,
				endsAt,
				place,
				videoUrl,
				capacity: input && 'capacity' in input ? (v.capacity ?? null) : before.capacity,
				icsSequence: tell ? before.icsSequence + 1 : before.icsSequence,
				updatedAt: now
			})
			.where(eq(events.id, before.id))
			.returning();
		const mailIds = tell ? await tellInvited(tx, svc, row, 'event_updated', now) : [];
		await audit(tx, actor, {
			action: 'event.updated',
			entityType: 'event',
			entityId: row.id,
			programmeId: found.programmeId,
			before,
			after: { ...row, emails: mailIds.length }
		});
		return { result: { event: row, emails: mailIds.length }, mailIds };
	});
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
	return result;
}

export async function cancelEvent(
	svc: Services,
	actor: Actor,
	eventId: string
): Promise<UpdateResult> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	const now = new Date();
	const { result, mailIds } = await svc.db.transaction(async (tx) => {
		const before = await eventForTeam(tx, actor, eventId, { write: true, lock: true });
		if (before.status === 'cancelled') throw new Conflict('events.error.cancelled');
		const [row] = await tx
			.update(events)
			.set({ status: 'cancelled', icsSequence: before.icsSequence + 1, updatedAt: now })
			.where(eq(events.id, before.id))
			.returning();
		const mailIds =
			before.status === 'published' ? await tellInvited(tx, svc, row, 'event_cancelled', now) : [];
		await audit(tx, actor, {
			action: 'event.cancelled',
			entityType: 'event',
			entityId: row.id,
			programmeId: found.programmeId,
			after: { emails: mailIds.length }
		});
		return { result: { event: row, emails: mailIds.length }, mailIds };
	});
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
	return result;
}
