/**
 * The participants of a session: the holders of the cycle's shortlisted projects (one action), the
 * accepted jury members of the cycle's calls (one action), and people added by e-mail address with
 * a role (experts, regional partners, the team…). Someone already on the list is not added twice
 * (one row per address). The programme team only; nobody is told anything until the invitations
 * are sent.
 */
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { Tx } from '../db/client.ts';
import {
	applicationMembers,
	applications,
	calls,
	eventParticipants,
	juryMembers,
	users
} from '../db/schema.ts';
import { Conflict, NotFound } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { isUuid } from '../programmes/queries.ts';
import { eventForTeam, type EventWithProgramme } from './policy.ts';
import { PITCHING_STATUSES } from './eventQueries.ts';
import { mailParticipants, nextSequence } from './eventMail.ts';
import { participantsInput, type ParticipantRole, type ParticipantsInput } from './schemas.ts';

export type AddResult = { added: number; already: number };

type Candidate = {
	email: string;
	name: string;
	userId: string | null;
	role: ParticipantRole;
	applicationId?: string | null;
};

async function insertCandidates(
	tx: Tx,
	actor: Actor,
	event: EventWithProgramme,
	candidates: Candidate[],
	action: string
): Promise<AddResult> {
	const unique = new Map<string, Candidate>();
	for (const c of candidates)
		if (!unique.has(c.email.toLowerCase())) unique.set(c.email.toLowerCase(), c);
	const list = [...unique.values()];
	const inserted = list.length
		? await tx
				.insert(eventParticipants)
				.values(
					list.map((c) => ({
						eventId: event.id,
						email: c.email,
						name: c.name,
						userId: c.userId,
						role: c.role,
						applicationId: c.applicationId ?? null
					}))
				)
				.onConflictDoNothing()
				.returning({ id: eventParticipants.id, email: eventParticipants.email })
		: [];
	await audit(tx, actor, {
		action,
		entityType: 'event',
		entityId: event.id,
		programmeId: event.programmeId,
		after: { added: inserted.map((r) => r.email) }
	});
	return { added: inserted.length, already: list.length - inserted.length };
}

async function run(
	svc: Services,
	actor: Actor,
	eventId: string,
	work: (tx: Tx, event: EventWithProgramme) => Promise<AddResult>
): Promise<AddResult> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	return svc.db.transaction(async (tx) => {
		const event = await eventForTeam(tx, actor, found.id, { write: true, lock: true });
		if (event.status === 'cancelled') throw new Conflict('events.error.cancelled');
		return work(tx, event);
	});
}

/** « Convoquer les porteurs des projets présélectionnés »: every holder of every shortlisted project. */
export async function addShortlistedHolders(
	svc: Services,
	actor: Actor,
	eventId: string
): Promise<AddResult> {
	return run(svc, actor, eventId, async (tx, event) => {
		const rows = await tx
			.select({
				applicationId: applications.id,
				userId: users.id,
				email: users.email,
				name: users.name
			})
			.from(applications)
			.innerJoin(calls, eq(calls.id, applications.callId))
			.innerJoin(applicationMembers, eq(applicationMembers.applicationId, applications.id))
			.innerJoin(users, eq(users.id, applicationMembers.userId))
			.where(
				and(
					eq(calls.cycleId, event.cycleId),
					inArray(applications.status, PITCHING_STATUSES),
					isNull(users.disabledAt)
				)
			)
			.orderBy(applications.reference, applicationMembers.role, users.name);
		return insertCandidates(
			tx,
			actor,
			event,
			rows.map((r) => ({ ...r, role: 'holder' as const })),
			'event.participants.holders'
		);
	});
}

/** The accepted (and not removed) jury members of the cycle's calls. */
export async function addJury(svc: Services, actor: Actor, eventId: string): Promise<AddResult> {
	return run(svc, actor, eventId, async (tx, event) => {
		const rows = await tx
			.selectDistinct({ userId: users.id, email: users.email, name: users.name })
			.from(juryMembers)
			.innerJoin(calls, eq(calls.id, juryMembers.callId))
			.innerJoin(users, eq(users.id, juryMembers.userId))
			.where(
				and(
					eq(calls.cycleId, event.cycleId),
					isNotNull(juryMembers.acceptedAt),
					isNull(juryMembers.removedAt),
					isNull(users.disabledAt)
				)
			);
		return insertCandidates(
			tx,
			actor,
			event,
			rows.map((r) => ({ ...r, role: 'jury' as const })),
			'event.participants.jury'
		);
	});
}

/** People by e-mail address, with a role; an address with an account is linked to it. */
export async function addParticipants(
	svc: Services,
	actor: Actor,
	eventId: string,
	input: ParticipantsInput
): Promise<AddResult> {
	const v = parseInput(participantsInput, input);
	return run(svc, actor, eventId, async (tx, event) => {
		const known = await tx
			.select({ id: users.id, email: users.email, name: users.name })
			.from(users)
			.where(inArray(sql`lower(${users.email})`, v.emails));
		const byEmail = new Map(known.map((u) => [u.email.toLowerCase(), u]));
		return insertCandidates(
			tx,
			actor,
			event,
			v.emails.map((email) => {
				const u = byEmail.get(email);
				return {
					email: u?.email ?? email,
					name: u?.name ?? '',
					userId: u?.id ?? null,
					role: v.role
				};
			}),
			'event.participants.added'
		);
	});
}

export async function removeParticipant(
	svc: Services,
	actor: Actor,
	eventId: string,
	participantId: string
): Promise<void> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	if (!isUuid(participantId)) throw new NotFound();
	const now = new Date();
	const mailIds = await svc.db.transaction(async (tx) => {
		const event = await eventForTeam(tx, actor, found.id, { write: true, lock: true });
		const [row] = await tx
			.select()
			.from(eventParticipants)
			.where(and(eq(eventParticipants.id, participantId), eq(eventParticipants.eventId, event.id)));
		if (!row) throw new NotFound();
		// Someone already convoked to a session still to come is told, and their calendar updated.
		const ids =
			row.invitedAt && event.status === 'published'
				? await mailParticipants(tx, svc, {
						event: await nextSequence(tx, event.id),
						participants: [row],
						kind: 'event_uninvited',
						now
					})
				: [];
		await tx.delete(eventParticipants).where(eq(eventParticipants.id, row.id));
		await audit(tx, actor, {
			action: 'event.participant.removed',
			entityType: 'event',
			entityId: event.id,
			programmeId: event.programmeId,
			before: row,
			after: { emails: ids.length }
		});
		return ids;
	});
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
}
