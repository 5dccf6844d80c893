/**
 * Review deadline reminders on each backend: a week before and the day before, once each, to the
 * jury members with reviews still to submit; never to one who has submitted everything, nor for
 * an assignment a conflict closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { reviewScenario, type ReviewScenario } from '../../../../tests/helpers/reviewsSetup.ts';
import { calls, outbox, reviews, users } from '../db/schema.ts';
import { reminderKind, sendReviewReminders } from './reviewReminders.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('reminderKind', () => {
	const deadline = new Date('2026-12-10T17:00:00Z');
	it('is due a week before, then the day before, and never after', () => {
		expect(reminderKind(deadline, new Date(deadline.getTime() - 8 * DAY))).toBeNull();
		expect(reminderKind(deadline, new Date(deadline.getTime() - 7 * DAY))).toBe('deadline_7d');
		expect(reminderKind(deadline, new Date(deadline.getTime() - 2 * DAY))).toBe('deadline_7d');
		expect(reminderKind(deadline, new Date(deadline.getTime() - DAY / 2))).toBe('deadline_1d');
		expect(reminderKind(deadline, new Date(deadline.getTime() + 1))).toBeNull();
	});
});

describe.each(backends)('review deadline reminders (%s)', (backend) => {
	let t: TestDatabase;
	let s: ReviewScenario;
	const deadline = new Date('2026-12-10T17:00:00Z');
	const reminders = async () =>
		t.db.select().from(outbox).where(eq(outbox.template, 'review_reminder'));

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await reviewScenario(t.db);
		await t.db.update(calls).set({ reviewDeadline: deadline }).where(eq(calls.id, s.callId));
		// Ben has submitted his one review.
		await t.db.insert(reviews).values({
			assignmentId: s.assignments.benA,
			status: 'submitted',
			submittedAt: new Date()
		});
	});
	afterAll(async () => t?.drop());

	it('writes once a week before and once the day before, to those with reviews to submit', async () => {
		// Too early: nothing.
		expect(await sendReviewReminders(t.services, new Date(deadline.getTime() - 10 * DAY))).toBe(0);

		// A week before: Ana (two to do) and Dan (one); not Ben (done), not Cléo (conflicted).
		const weekBefore = new Date(deadline.getTime() - 6 * DAY);
		expect(await sendReviewReminders(t.services, weekBefore)).toBe(2);
		const sent = await reminders();
		expect(sent.map((m) => m.toAddress).sort()).toEqual(
			[s.users.ana.email, await userEmail(s.actors.dan.userId)].sort()
		);
		const ana = sent.find((m) => m.toAddress === s.users.ana.email)!;
		expect(ana.textBody).toContain('2 évaluation(s) à soumettre');
		expect(ana.textBody).toContain(`/jury/appels/${s.callId}/evaluations`);

		// The same day again: nothing more.
		expect(await sendReviewReminders(t.services, new Date(weekBefore.getTime() + 3600_000))).toBe(
			0
		);
		// The day before: once more each.
		expect(await sendReviewReminders(t.services, new Date(deadline.getTime() - DAY / 2))).toBe(2);
		expect(await sendReviewReminders(t.services, new Date(deadline.getTime() - DAY / 4))).toBe(0);
		expect(await reminders()).toHaveLength(4);
	});

	async function userEmail(userId: string): Promise<string> {
		const [u] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
		return u.email;
	}
});
