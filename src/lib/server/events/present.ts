/** JSON views of sessions for the REST API (instants as ISO 8601 strings; never a token hash). */
import type { EventSummary, SlotRow } from './eventQueries.ts';
import type { EventRow, ParticipantRow } from './policy.ts';
import type { TeamEventView } from './eventRead.ts';
import type { InvitationView } from './reply.ts';
import type {
	Attendance,
	EventKind,
	EventResponse,
	EventStatus,
	ParticipantRole,
	SlotKind
} from './schemas.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentEvent(e: EventRow) {
	return {
		id: e.id,
		cycleId: e.cycleId,
		kind: e.kind as EventKind,
		title: e.title,
		description: e.description,
		startsAt: e.startsAt.toISOString(),
		endsAt: e.endsAt.toISOString(),
		place: e.place,
		videoUrl: e.videoUrl,
		capacity: e.capacity,
		status: e.status as EventStatus,
		icsSequence: e.icsSequence
	};
}

export function presentSummary(e: EventSummary) {
	return {
		id: e.id,
		kind: e.kind as EventKind,
		title: e.title,
		status: e.status as EventStatus,
		startsAt: e.startsAt.toISOString(),
		endsAt: e.endsAt.toISOString(),
		place: e.place,
		videoUrl: e.videoUrl,
		capacity: e.capacity,
		participants: e.participants,
		attending: e.attending,
		people: e.people
	};
}

export function presentSlot(s: SlotRow & { project?: string }) {
	return {
		id: s.id,
		kind: s.kind as SlotKind,
		title: s.title,
		startsAt: s.startsAt.toISOString(),
		endsAt: s.endsAt.toISOString(),
		room: s.room,
		applicationId: s.applicationId,
		project: s.project ?? ''
	};
}

export function presentParticipant(p: ParticipantRow & { project?: string }) {
	return {
		id: p.id,
		userId: p.userId,
		email: p.email,
		name: p.name,
		role: p.role as ParticipantRole,
		applicationId: p.applicationId,
		project: p.project ?? '',
		invitedAt: iso(p.invitedAt),
		response: p.response as EventResponse,
		partySize: p.partySize,
		note: p.responseNote,
		respondedAt: iso(p.respondedAt),
		attendance: p.attendance as Attendance | null,
		reminderSentAt: iso(p.reminderSentAt)
	};
}

export function presentTeamEvent(v: TeamEventView) {
	return {
		event: presentEvent(v.event),
		slots: v.slots.map(presentSlot),
		participants: v.participants.map(presentParticipant),
		counts: v.counts
	};
}

export function presentInvitation(v: InvitationView) {
	return {
		event: {
			id: v.event.id,
			title: v.event.title,
			kind: v.event.kind as EventKind,
			description: v.event.description,
			startsAt: v.event.startsAt.toISOString(),
			endsAt: v.event.endsAt.toISOString(),
			place: v.event.place,
			videoUrl: v.event.videoUrl,
			status: v.event.status as EventStatus
		},
		reply: {
			role: v.participant.role as ParticipantRole,
			response: v.participant.response as EventResponse,
			partySize: v.participant.partySize,
			note: v.participant.responseNote,
			respondedAt: iso(v.participant.respondedAt)
		},
		slots: v.slots.map((s) => ({ ...presentSlot(s), mine: s.mine })),
		open: v.open
	};
}
