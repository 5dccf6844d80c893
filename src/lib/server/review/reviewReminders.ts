/**
 * Reminders before a call's review deadline: a week before and the day before, each jury member
 * with reviews still to submit gets one e-mail (never twice the same reminder: `review_reminders`).
 * Run by a daily job at 9:00 Paris time on working days — a platform about quality of working
 * life does not write to people at night. Jury members in conflict with an application do not
 * count it; removed members and those who have submitted everything get nothing.
 */
import { and, eq, gt, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Services } from '../app.ts';
import { formatDateTime } from '../../i18n/format.ts';
import {
	calls,
	juryMembers,
	reviewAssignments,
	reviewConflicts,
	reviewReminders,
	reviews,
	users
} from '../db/schema.ts';
import { queueEmail } from '../notifications/outbox.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Which reminder is due when the deadline is that far: a week before, then the day before. */
export function reminderKind(deadline: Date, now: Date): 'deadline_7d' | 'deadline_1d' | null {
	const left = deadline.getTime() - now.getTime();
	if (left <= 0 || left > 7 * DAY) return null;
	return left <= DAY ? 'deadline_1d' : 'deadline_7d';
}

/** Sends the reminders due at `now`; returns how many e-mails were queued. */
export async function sendReviewReminders(svc: Services, now: Date): Promise<number> {
	const due = await svc.db
		.select({ id: calls.id, title: calls.title, deadline: calls.reviewDeadline })
		.from(calls)
		.where(
			and(
				isNotNull(calls.reviewDeadline),
				gt(calls.reviewDeadline, now),
				lte(calls.reviewDeadline, new Date(now.getTime() + 7 * DAY))
			)
		);
	const ids: string[] = [];
	for (const call of due) {
		const kind = reminderKind(call.deadline!, now);
		if (!kind) continue;
		const queued = await svc.db.transaction(async (tx) => {
			// Each member's assignments whose review is not submitted and that no conflict closed.
			const pending = await tx
				.select({
					memberId: juryMembers.id,
					name: users.name,
					email: users.email,
					locale: users.locale,
					count: sql<number>`count(*)::int`
				})
				.from(reviewAssignments)
				.innerJoin(juryMembers, eq(juryMembers.id, reviewAssignments.juryMemberId))
				.innerJoin(users, eq(users.id, juryMembers.userId))
				.leftJoin(reviews, eq(reviews.assignmentId, reviewAssignments.id))
				.leftJoin(
					reviewReminders,
					and(eq(reviewReminders.juryMemberId, juryMembers.id), eq(reviewReminders.kind, kind))
				)
				.where(
					and(
						eq(reviewAssignments.callId, call.id),
						isNotNull(juryMembers.acceptedAt),
						isNull(juryMembers.removedAt),
						isNull(users.disabledAt),
						isNull(reviewReminders.juryMemberId),
						or(isNull(reviews.id), ne(reviews.status, 'submitted')),
						sql`not exists (select 1 from ${reviewConflicts} where ${reviewConflicts.juryMemberId} = ${juryMembers.id} and ${reviewConflicts.applicationId} = ${reviewAssignments.applicationId})`
					)
				)
				.groupBy(juryMembers.id, users.name, users.email, users.locale);
			if (!pending.length) return [];
			// Only the reminders this run records are sent: a concurrent run never sends one twice.
			const recorded = new Set(
				(
					await tx
						.insert(reviewReminders)
						.values(pending.map((p) => ({ juryMemberId: p.memberId, kind, sentAt: now })))
						.onConflictDoNothing()
						.returning({ memberId: reviewReminders.juryMemberId })
				).map((r) => r.memberId)
			);
			const out: string[] = [];
			for (const p of pending.filter((x) => recorded.has(x.memberId))) {
				out.push(
					await queueEmail(tx, {
						to: p.email,
						locale: p.locale,
						template: 'review_reminder',
						params: {
							name: p.name,
							call: call.title,
							deadline: formatDateTime(call.deadline!, p.locale),
							count: String(p.count),
							url: `${svc.publicUrl}/jury/appels/${call.id}/evaluations`
						}
					})
				);
			}
			return out;
		});
		ids.push(...queued);
	}
	await svc.jobs.deliverEmails(ids);
	return ids.length;
}
