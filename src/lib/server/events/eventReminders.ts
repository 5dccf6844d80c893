/**
 * Reminders of a session, a few days before it starts (`REMINDER_DAYS`): each invited participant
 * who is coming or has not answered gets one e-mail (never twice: `reminder_sent_at`), with a fresh
 * reply link and the calendar file. Run by the daily reminders job (9:00 Paris time, working days).
 */
import { and, eq, gt, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Services } from '../app.ts';
import { eventParticipants, events } from '../db/schema.ts';
import { mailParticipants } from './eventMail.ts';

export const REMINDER_DAYS = 3;
const DAY = 24 * 60 * 60 * 1000;

/** Sends the reminders due at `now`; returns how many e-mails were queued. */
export async function sendEventReminders(svc: Services, now: Date): Promise<number> {
	const due = await svc.db
		.select()
		.from(events)
		.where(
			and(
				eq(events.status, 'published'),
				gt(events.startsAt, now),
				lte(events.startsAt, new Date(now.getTime() + REMINDER_DAYS * DAY))
			)
		);
	const ids: string[] = [];
	for (const event of due) {
		const queued = await svc.db.transaction(async (tx) => {
			// Claimed in this transaction: a concurrent run finds them reminded and skips them.
			const claimed = await tx
				.update(eventParticipants)
				.set({ reminderSentAt: now })
				.where(
					and(
						eq(eventParticipants.eventId, event.id),
						isNotNull(eventParticipants.invitedAt),
						isNull(eventParticipants.reminderSentAt),
						inArray(eventParticipants.response, ['pending', 'attending'])
					)
				)
				.returning();
			if (!claimed.length) return [];
			return mailParticipants(tx, svc, {
				event,
				participants: claimed,
				kind: 'event_reminder',
				now
			});
		});
		ids.push(...queued);
	}
	if (ids.length) await svc.jobs.deliverEmails(ids);
	return ids.length;
}
