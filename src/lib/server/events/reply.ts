/**
 * A participant's side of a session. The personal link of the latest e-mail (`/sessions/reponse/
 * [token]`) opens their invitation without an account; a logged-in participant (matched by their
 * account or e-mail address) sees their sessions, the agenda with their own pitch highlighted, and
 * downloads the calendar file. The reply (attending or not, how many people, a note) can be changed
 * until the session starts; a cancelled session takes no reply.
 */
import { and, asc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Services } from '../app.ts';
import { anonymous, isUser, type Actor } from '../accounts/actor.ts';
import { hashSecret } from '../accounts/tokens.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx } from '../db/client.ts';
import { applications, eventParticipants, events } from '../db/schema.ts';
import { Conflict, NotFound } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { findEvent, participationOf, type EventRow, type ParticipantRow } from './policy.ts';
import { slotsOf, type SlotRow } from './eventQueries.ts';
import { buildIcs } from './ics.ts';
import { slotText } from './eventMail.ts';
import { replyInput, type ReplyInput } from './schemas.ts';

export type InvitationView = {
	event: Pick<
		EventRow,
		| 'id'
		| 'title'
		| 'kind'
		| 'description'
		| 'startsAt'
		| 'endsAt'
		| 'place'
		| 'videoUrl'
		| 'status'
	>;
	participant: Pick<
		ParticipantRow,
		| 'id'
		| 'name'
		| 'email'
		| 'role'
		| 'response'
		| 'partySize'
		| 'responseNote'
		| 'respondedAt'
		| 'applicationId'
	>;
	/** The agenda; `mine` marks the participant's own pitch. */
	slots: (SlotRow & { mine: boolean; project: string })[];
	/** Replies are taken until the session starts, unless it is cancelled. */
	open: boolean;
};

function isOpen(event: EventRow, now: Date): boolean {
	return event.status === 'published' && now < event.startsAt;
}

async function view(
	db: DbOrTx,
	event: EventRow,
	p: ParticipantRow,
	now: Date
): Promise<InvitationView> {
	const slots = await slotsOf(db, event.id);
	const ids = [...new Set(slots.map((s) => s.applicationId).filter((x): x is string => !!x))];
	const titles = new Map(
		ids.length
			? (
					await db
						.select({
							id: applications.id,
							title: applications.title,
							reference: applications.reference
						})
						.from(applications)
						.where(inArray(applications.id, ids))
				).map((a) => [a.id, a.title || a.reference])
			: []
	);
	return {
		event: {
			id: event.id,
			title: event.title,
			kind: event.kind,
			description: event.description,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			place: event.place,
			videoUrl: event.videoUrl,
			status: event.status
		},
		participant: {
			id: p.id,
			name: p.name,
			email: p.email,
			role: p.role,
			response: p.response,
			partySize: p.partySize,
			responseNote: p.responseNote,
			respondedAt: p.respondedAt,
			applicationId: p.applicationId
		},
		slots: slots.map((s) => ({
			...s,
			mine: s.kind === 'pitch' && !!p.applicationId && s.applicationId === p.applicationId,
			project: s.applicationId ? (titles.get(s.applicationId) ?? '') : ''
		})),
		open: isOpen(event, now)
	};
}

async function byToken(db: DbOrTx, token: string) {
	if (typeof token !== 'string' || token.length < 20 || token.length > 200) return null;
	const [row] = await db
		.select({ p: eventParticipants, e: events })
		.from(eventParticipants)
		.innerJoin(events, eq(events.id, eventParticipants.eventId))
		.where(eq(eventParticipants.tokenHash, hashSecret(token)));
	return row ?? null;
}

/** The invitation behind a reply link; `NotFound('events.error.badToken')` for an unknown link. */
export async function invitationByToken(
	db: DbOrTx,
	token: string,
	now = new Date()
): Promise<InvitationView> {
	const row = await byToken(db, token);
	if (!row) throw new NotFound('events.error.badToken');
	return view(db, row.e, row.p, now);
}

async function saveReply(
	svc: Services,
	actor: Actor,
	participantId: string,
	event: EventRow,
	v: ReturnType<typeof replyInput.parse>,
	now: Date
): Promise<void> {
	if (event.status === 'cancelled') throw new Conflict('events.error.cancelled');
	if (!isOpen(event, now)) throw new Conflict('events.error.started');
	await svc.db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(eventParticipants)
			.where(eq(eventParticipants.id, participantId))
			.for('update');
		if (!before) throw new NotFound();
		const [after] = await tx
			.update(eventParticipants)
			.set({
				response: v.response,
				partySize: v.response === 'attending' ? v.partySize : 1,
				responseNote: v.note,
				respondedAt: now,
				updatedAt: now
			})
			.where(eq(eventParticipants.id, participantId))
			.returning();
		await audit(tx, actor, {
			action: 'event.reply',
			entityType: 'event_participant',
			entityId: participantId,
			before: { response: before.response, partySize: before.partySize, note: before.responseNote },
			after: { response: after.response, partySize: after.partySize, note: after.responseNote }
		});
	});
}

/** Replies through the personal link (no account needed). */
export async function replyByToken(
	svc: Services,
	token: string,
	input: ReplyInput,
	now = new Date()
): Promise<InvitationView> {
	const row = await byToken(svc.db, token);
	if (!row) throw new NotFound('events.error.badToken');
	const v = parseInput(replyInput, input);
	await saveReply(svc, anonymous, row.p.id, row.e, v, now);
	return invitationByToken(svc.db, token, now);
}

/** The sessions the actor is invited to (published or cancelled), soonest first. */
export async function mySessions(db: DbOrTx, actor: Actor) {
	if (!isUser(actor)) return [];
	const rows = await db
		.select({ e: events, p: eventParticipants })
		.from(eventParticipants)
		.innerJoin(events, eq(events.id, eventParticipants.eventId))
		.where(
			and(
				isNotNull(eventParticipants.invitedAt),
				ne(events.status, 'draft'),
				or(
					eq(eventParticipants.userId, actor.userId),
					sql`lower(${eventParticipants.email}) = lower(${actor.email})`
				)
			)
		)
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
		role: r.p.role,
		response: r.p.response,
		partySize: r.p.partySize
	}));
}

async function mine(db: DbOrTx, actor: Actor, eventId: string) {
	const p = await participationOf(db, actor, eventId);
	const event = p ? await findEvent(db, eventId) : null;
	if (!p || !event || event.status === 'draft') throw new NotFound();
	return { p, event };
}

/** One of the actor's sessions; `NotFound` for anyone not invited. */
export async function mySession(
	db: DbOrTx,
	actor: Actor,
	eventId: string,
	now = new Date()
): Promise<InvitationView> {
	const { p, event } = await mine(db, actor, eventId);
	return view(db, event, p, now);
}

export async function replyAsParticipant(
	svc: Services,
	actor: Actor,
	eventId: string,
	input: ReplyInput,
	now = new Date()
): Promise<InvitationView> {
	const { p, event } = await mine(svc.db, actor, eventId);
	const v = parseInput(replyInput, input);
	await saveReply(svc, actor, p.id, event, v, now);
	return mySession(svc.db, actor, eventId, now);
}

/** The participant's calendar file (the same UID and SEQUENCE as their e-mails). */
export async function myIcs(
	svc: Pick<Services, 'db' | 'publicUrl'>,
	actor: Actor,
	eventId: string
): Promise<string> {
	const { p, event } = await mine(svc.db, actor, eventId);
	const slots = (await slotsOf(svc.db, event.id)).filter(
		(s) => s.kind === 'pitch' && p.applicationId && s.applicationId === p.applicationId
	);
	return buildIcs({
		event,
		participant: p,
		method: event.status === 'cancelled' ? 'CANCEL' : 'PUBLISH',
		url: `${svc.publicUrl}/sessions/${event.id}`,
		note: slotText(slots, actor.kind === 'user' ? actor.locale : 'fr')
	});
}
