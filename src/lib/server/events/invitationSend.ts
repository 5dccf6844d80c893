/**
 * Sending the convocations of a session: every participant not yet invited gets an e-mail in their
 * language with their personal reply link and the calendar file (METHOD:REQUEST); a holder's
 * message names their own pitch slot. The first sending publishes the session. `dryRun` says who
 * would get what without sending. The programme team only; e-mails are delivered after the commit.
 */
import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { events } from '../db/schema.ts';
import { Conflict } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { eventForTeam } from './policy.ts';
import { participantsOf } from './eventQueries.ts';
import { mailParticipants, pitchSlotsByProject } from './eventMail.ts';
import { sendInput, PARTICIPANT_ROLES, type ParticipantRole, type SendInput } from './schemas.ts';

export type SendSummary = {
	dryRun: boolean;
	/** Invitations sent (or, dry run, to send), by role. */
	byRole: Record<ParticipantRole, number>;
	/** Of those, holders whose message names their pitch slot. */
	withSlot: number;
	/** Participants already invited earlier: not written to again. */
	alreadyInvited: number;
	emails: number;
};

function emptyByRole(): Record<ParticipantRole, number> {
	return Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, 0])) as Record<
		ParticipantRole,
		number
	>;
}

export async function sendInvitations(
	svc: Services,
	actor: Actor,
	eventId: string,
	input: SendInput = {}
): Promise<SendSummary> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	const { dryRun = false } = parseInput(sendInput, input ?? {});
	if (found.status === 'cancelled') throw new Conflict('events.error.cancelled');
	const now = new Date();
	const { summary, mailIds } = await svc.db.transaction(async (tx) => {
		const event = await eventForTeam(tx, actor, found.id, { write: true, lock: true });
		if (event.status === 'cancelled') throw new Conflict('events.error.cancelled');
		const all = await participantsOf(tx, event.id);
		const pending = all.filter((p) => !p.invitedAt);
		const pitches = await pitchSlotsByProject(tx, event.id);
		const byRole = emptyByRole();
		let withSlot = 0;
		for (const p of pending) {
			byRole[p.role as ParticipantRole] = (byRole[p.role as ParticipantRole] ?? 0) + 1;
			if (p.role === 'holder' && p.applicationId && pitches.has(p.applicationId)) withSlot++;
		}
		const summary: SendSummary = {
			dryRun,
			byRole,
			withSlot,
			alreadyInvited: all.length - pending.length,
			emails: 0
		};
		if (dryRun) return { summary, mailIds: [] as string[] };
		if (!pending.length) throw new Conflict('events.error.nobodyToInvite');
		const published =
			event.status === 'draft'
				? (
						await tx
							.update(events)
							.set({ status: 'published', updatedAt: now })
							.where(eq(events.id, event.id))
							.returning()
					)[0]
				: event;
		// The session's row is locked: a concurrent sending waits, then finds them invited.
		const mailIds = await mailParticipants(tx, svc, {
			event: published,
			participants: pending,
			kind: 'event_invitation',
			now,
			invite: true
		});
		summary.emails = mailIds.length;
		await audit(tx, actor, {
			action: 'event.invitations.sent',
			entityType: 'event',
			entityId: event.id,
			programmeId: event.programmeId,
			after: summary
		});
		return { summary, mailIds };
	});
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
	return summary;
}
