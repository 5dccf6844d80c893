/**
 * Reading sessions: the cycle's list, one session with its agenda and participants, the shortlisted
 * projects a pitch may be given to, and the figures the team watches (replies, party sizes,
 * capacity).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { applications, calls, eventParticipants, eventSlots, events } from '../db/schema.ts';
import type { EventRow, ParticipantRow } from './policy.ts';

/** Statuses of a project still in the selection after the shortlist (may pitch, is convoked). */
export const PITCHING_STATUSES = ['shortlisted', 'retained', 'not_retained'];

export type SlotRow = typeof eventSlots.$inferSelect;

export type EventSummary = {
	id: string;
	title: string;
	kind: string;
	status: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	videoUrl: string;
	capacity: number | null;
	participants: number;
	attending: number;
	people: number;
};

export async function eventsOfCycle(db: DbOrTx, cycleId: string): Promise<EventSummary[]> {
	const rows = await db
		.select({
			e: events,
			participants: sql<number>`(select count(*)::int from ${eventParticipants} p where p.event_id = ${events.id})`,
			attending: sql<number>`(select count(*)::int from ${eventParticipants} p where p.event_id = ${events.id} and p.response = 'attending')`,
			people: sql<number>`(select coalesce(sum(p.party_size), 0)::int from ${eventParticipants} p where p.event_id = ${events.id} and p.response = 'attending')`
		})
		.from(events)
		.where(eq(events.cycleId, cycleId))
		.orderBy(asc(events.startsAt));
	return rows.map((r) => ({
		id: r.e.id,
		title: r.e.title,
		kind: r.e.kind,
		status: r.e.status,
		startsAt: r.e.startsAt,
		endsAt: r.e.endsAt,
		place: r.e.place,
		videoUrl: r.e.videoUrl,
		capacity: r.e.capacity,
		participants: r.participants,
		attending: r.attending,
		people: r.people
	}));
}

export async function slotsOf(db: DbOrTx, eventId: string): Promise<SlotRow[]> {
	return db
		.select()
		.from(eventSlots)
		.where(eq(eventSlots.eventId, eventId))
		.orderBy(asc(eventSlots.startsAt), asc(eventSlots.endsAt));
}

export async function participantsOf(db: DbOrTx, eventId: string): Promise<ParticipantRow[]> {
	return db
		.select()
		.from(eventParticipants)
		.where(eq(eventParticipants.eventId, eventId))
		.orderBy(
			asc(eventParticipants.role),
			asc(eventParticipants.name),
			asc(eventParticipants.email)
		);
}

export type PitchProject = { id: string; reference: string; title: string; status: string };

/** The cycle's shortlisted projects (and, later, retained or not): those who may pitch. */
export async function pitchingProjects(db: DbOrTx, cycleId: string): Promise<PitchProject[]> {
	return db
		.select({
			id: applications.id,
			reference: applications.reference,
			title: applications.title,
			status: applications.status
		})
		.from(applications)
		.innerJoin(calls, eq(calls.id, applications.callId))
		.where(and(eq(calls.cycleId, cycleId), inArray(applications.status, PITCHING_STATUSES)))
		.orderBy(asc(applications.reference));
}

export type ReplyCounts = {
	invited: number;
	notInvited: number;
	pending: number;
	attending: number;
	declined: number;
	/** People expected: the party sizes of attending replies. */
	people: number;
	present: number;
	absent: number;
	capacity: number | null;
	overCapacity: boolean;
};

export function replyCounts(event: EventRow, participants: ParticipantRow[]): ReplyCounts {
	const invited = participants.filter((p) => p.invitedAt);
	const attending = invited.filter((p) => p.response === 'attending');
	const people = attending.reduce((n, p) => n + p.partySize, 0);
	return {
		invited: invited.length,
		notInvited: participants.length - invited.length,
		pending: invited.filter((p) => p.response === 'pending').length,
		attending: attending.length,
		declined: invited.filter((p) => p.response === 'declined').length,
		people,
		present: participants.filter((p) => p.attendance === 'present').length,
		absent: participants.filter((p) => p.attendance === 'absent').length,
		capacity: event.capacity,
		overCapacity: event.capacity !== null && people > event.capacity
	};
}
