/**
 * Who may do what with the sessions of a cycle. The programme team (of the cycle's programme)
 * creates, edits, publishes and cancels them, and manages their agenda and participants; a token
 * needs `programmes:read` to read and `programmes:write` to write. A participant (matched by their
 * account or their e-mail address) reads a published or cancelled session they are invited to and
 * replies. Anyone else learns nothing (`NotFound`). The reply link works without an account: its
 * token is the proof (only its hash is kept).
 */
import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import { allowsScope, isTeam, isUser, type Actor, type UserActor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { cycles, eventParticipants, events } from '../db/schema.ts';
import { Forbidden, NotFound } from '../errors.ts';
import { isUuid } from '../programmes/queries.ts';

export const EVENTS_READ_SCOPE = 'programmes:read';
export const EVENTS_WRITE_SCOPE = 'programmes:write';

export function mayManageEvents(actor: Actor, programmeId: string): boolean {
	return isUser(actor) && isTeam(actor, programmeId) && allowsScope(actor, EVENTS_READ_SCOPE);
}

/** The team of the programme; `write` also needs the write scope (else `Forbidden`). */
export function assertMayManageEvents(
	actor: Actor,
	programmeId: string,
	opts: { write?: boolean } = {}
): asserts actor is UserActor {
	if (!mayManageEvents(actor, programmeId)) throw new NotFound();
	if (opts.write && !allowsScope(actor, EVENTS_WRITE_SCOPE)) {
		throw new Forbidden('events.error.forbidden');
	}
}

export type CycleRef = { id: string; programmeId: string; name: string };

export async function findCycle(db: DbOrTx, cycleId: string): Promise<CycleRef | null> {
	if (!isUuid(cycleId)) return null;
	const [row] = await db
		.select({ id: cycles.id, programmeId: cycles.programmeId, name: cycles.name })
		.from(cycles)
		.where(eq(cycles.id, cycleId));
	return row ?? null;
}

export type EventRow = typeof events.$inferSelect;
export type EventWithProgramme = EventRow & { programmeId: string; cycleName: string };

export async function findEvent(
	db: DbOrTx,
	eventId: string,
	opts: { lock?: boolean } = {}
): Promise<EventWithProgramme | null> {
	if (!isUuid(eventId)) return null;
	const q = db
		.select({ event: events, programmeId: cycles.programmeId, cycleName: cycles.name })
		.from(events)
		.innerJoin(cycles, eq(cycles.id, events.cycleId))
		.where(eq(events.id, eventId));
	const [row] = opts.lock ? await q.for('update', { of: events }) : await q;
	return row ? { ...row.event, programmeId: row.programmeId, cycleName: row.cycleName } : null;
}

/** The session, for its programme's team; `NotFound` for anyone else. */
export async function eventForTeam(
	db: DbOrTx,
	actor: Actor,
	eventId: string,
	opts: { write?: boolean; lock?: boolean } = {}
): Promise<EventWithProgramme> {
	const event = await findEvent(db, eventId, { lock: opts.lock });
	if (!event) throw new NotFound();
	assertMayManageEvents(actor, event.programmeId, opts);
	return event;
}

export type ParticipantRow = typeof eventParticipants.$inferSelect;

/** The actor's invitation to the session (by account or e-mail address), once sent; or null. */
export async function participationOf(
	db: DbOrTx,
	actor: Actor,
	eventId: string
): Promise<ParticipantRow | null> {
	if (!isUser(actor) || !isUuid(eventId)) return null;
	const [row] = await db
		.select()
		.from(eventParticipants)
		.where(
			and(
				eq(eventParticipants.eventId, eventId),
				isNotNull(eventParticipants.invitedAt),
				or(
					eq(eventParticipants.userId, actor.userId),
					sql`lower(${eventParticipants.email}) = lower(${actor.email})`
				)
			)
		)
		.limit(1);
	return row ?? null;
}
