/**
 * Jury reviews on each backend: the reviewer's list with progress (a conflicted assignment shown
 * withdrawn, without content), drafts with optimistic revisions, submission checked per criterion
 * with French messages then frozen, the others' reviews shown only per the call's rule (never a
 * draft), nobody but the assigned juror opens a review, the team reads them, and the grid frozen
 * as soon as a review exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	REVIEW_GRID,
	reviewScenario,
	type ReviewScenario
} from '../../../../tests/helpers/reviewsSetup.ts';
import type { Actor } from '../accounts/actor.ts';
import { attachments, calls, juryMembers, reviews } from '../db/schema.ts';
import { getReviewAttachment } from './reviewAttachment.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { saveGrid } from './gridSave.ts';
import { reviewsStarted } from './gridStarted.ts';
import { getReview } from './reviewGet.ts';
import { listMyReviews } from './reviewList.ts';
import { saveReviewDraft } from './reviewSave.ts';
import { submitReview } from './reviewSubmit.ts';
import { listReviewsOfApplication } from './reviewsOfApplication.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const complete = (revision: number) => ({
	scores: {
		impact: { score: 3, comment: 'Des effets mesurés par un baromètre.' },
		innovation: { score: null, comment: '' }
	},
	commentToApplicant: 'Projet solide.',
	privateComment: 'À suivre de près.',
	revision
});

describe.each(backends)('jury reviews (%s)', (backend) => {
	let t: TestDatabase;
	let s: ReviewScenario;

	const stored = async (assignmentId: string) =>
		(await t.db.select().from(reviews).where(eq(reviews.assignmentId, assignmentId)))[0] ?? null;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await reviewScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('lists the reviewer’s applications with progress; a conflicted one is withdrawn, bare', async () => {
		const mine = await listMyReviews(t.db, s.actors.ana, s.callId);
		expect(mine.items.map((i) => (i.withdrawn ? 'withdrawn' : i.progress))).toEqual([
			'not_started',
			'not_started'
		]);
		expect(mine.counts).toEqual({ total: 2, notStarted: 2, draft: 0, submitted: 0 });

		const cleo = await listMyReviews(t.db, s.actors.cleo, s.callId);
		expect(cleo.items).toEqual([{ assignmentId: s.assignments.cleoA, withdrawn: true }]);
		expect(cleo.counts.total).toBe(0);
		expect(JSON.stringify(cleo)).not.toContain('Baromètre');

		for (const actor of [s.actors.holder, s.actors.partner, s.team]) {
			expect(await rejection(listMyReviews(t.db, actor, s.callId))).toBeInstanceOf(NotFound);
		}
	});

	it('saves a draft; a stale revision is refused and changes nothing; the grid is then frozen', async () => {
		expect(await reviewsStarted(t.db, s.callId)).toBe(false);
		// Before any review the team may still change the grid.
		await saveGrid(t.services, s.team, s.callId, { criteria: REVIEW_GRID });

		const draft = await saveReviewDraft(t.services, s.actors.ana, s.assignments.anaA, {
			scores: { impact: { score: 2, comment: 'Premier avis.' } },
			privateComment: 'Brouillon secret.',
			revision: 0
		});
		expect(draft).toMatchObject({ status: 'draft', revision: 1 });
		expect(draft.scores).toEqual({ impact: { score: 2, comment: 'Premier avis.' } });

		const stale = await rejection(
			saveReviewDraft(t.services, s.actors.ana, s.assignments.anaA, {
				scores: { impact: { score: 4, comment: 'Autre onglet.' } },
				revision: 0
			})
		);
		expect(stale).toBeInstanceOf(Conflict);
		expect((stale as Conflict).message).toBe('reviewing.error.staleRevision');
		const row = await stored(s.assignments.anaA);
		expect(row).toMatchObject({
			revision: 1,
			status: 'draft',
			privateComment: 'Brouillon secret.'
		});
		expect(row!.scores).toEqual({ impact: { score: 2, comment: 'Premier avis.' } });

		const list = await listMyReviews(t.db, s.actors.ana, s.callId);
		expect(list.counts).toMatchObject({ draft: 1, notStarted: 1 });

		expect(await reviewsStarted(t.db, s.callId)).toBe(true);
		const frozen = await rejection(
			saveGrid(t.services, s.team, s.callId, { criteria: REVIEW_GRID.slice(0, 1) })
		);
		expect(frozen).toBeInstanceOf(Conflict);
		expect((frozen as Conflict).message).toBe('jury.error.reviewsStarted');
	});

	it('refuses an incomplete submission with a French message per criterion, nothing saved', async () => {
		const missing = await rejection(
			submitReview(t.services, s.actors.ana, s.assignments.anaA, { scores: {}, revision: 1 })
		);
		expect(missing).toBeInstanceOf(Invalid);
		expect((missing as Invalid).fields).toEqual({
			'scores.impact.score': ['« Impact QVT » : choisissez une note.'],
			'scores.impact.comment': ['« Impact QVT » : un commentaire est obligatoire.'],
			'scores.innovation.score': ['« Innovation » : choisissez une note.']
		});

		const wrong = await rejection(
			submitReview(t.services, s.actors.ana, s.assignments.anaA, {
				scores: {
					impact: { score: null, comment: 'Rien à dire.' },
					innovation: { score: 7, comment: '' }
				},
				revision: 1
			})
		);
		expect(wrong).toBeInstanceOf(Invalid);
		expect((wrong as Invalid).fields).toEqual({
			'scores.impact.score': [
				'« Impact QVT » : « Non concerné » n’est pas permis pour ce critère.'
			],
			'scores.innovation.score': ['« Innovation » : la note est hors de l’échelle du critère.']
		});
		const row = await stored(s.assignments.anaA);
		expect(row).toMatchObject({ revision: 1, status: 'draft', submittedAt: null });
	});

	it('nobody but the assigned juror opens a review; another juror never reads a draft', async () => {
		const denied: [string, Actor][] = [
			['another juror of the call', s.actors.ben],
			['a conflicted juror', s.actors.cleo],
			['a holder', s.actors.holder],
			['a partner', s.actors.partner],
			['the team', s.team]
		];
		for (const [, actor] of denied) {
			expect(await rejection(getReview(t.db, actor, s.assignments.anaA))).toBeInstanceOf(NotFound);
			expect(
				await rejection(saveReviewDraft(t.services, actor, s.assignments.anaA, complete(1)))
			).toBeInstanceOf(NotFound);
		}
		// Cléo's own assignment, now conflicted, is closed to her too.
		expect(await rejection(getReview(t.db, s.actors.cleo, s.assignments.cleoA))).toBeInstanceOf(
			NotFound
		);
		expect(await rejection(getReview(t.db, s.actors.ana, 'pas-un-uuid'))).toBeInstanceOf(NotFound);

		// Ben submits; Ana's draft stays invisible to him.
		await submitReview(t.services, s.actors.ben, s.assignments.benA, {
			...complete(0),
			privateComment: 'Avis de Ben.'
		});
		const ben = await getReview(t.db, s.actors.ben, s.assignments.benA);
		expect(ben.review.status).toBe('submitted');
		expect(ben.others).toEqual([]);
		expect(JSON.stringify(ben)).not.toContain('Brouillon secret');
	});

	it('gives the assigned juror the application’s attachments, and nobody else', async () => {
		const bytes = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
		const stored = await t.services.storage.put(bytes);
		const [file] = await t.db
			.insert(attachments)
			.values({
				applicationId: s.apps.a,
				questionKey: 'presentation',
				fileName: 'presentation.pdf',
				mime: 'application/pdf',
				size: bytes.byteLength,
				sha256: stored.sha256
			})
			.returning();
		const got = await getReviewAttachment(t.services, s.actors.ana, s.assignments.anaA, file.id);
		expect(got.fileName).toBe('presentation.pdf');
		expect([...got.bytes]).toEqual([...bytes]);
		// Not through another application's assignment, nor for anyone but the assigned juror.
		expect(
			await rejection(getReviewAttachment(t.services, s.actors.ana, s.assignments.anaB, file.id))
		).toBeInstanceOf(NotFound);
		for (const actor of [s.actors.ben, s.actors.cleo, s.actors.holder, s.actors.partner]) {
			expect(
				await rejection(getReviewAttachment(t.services, actor, s.assignments.anaA, file.id))
			).toBeInstanceOf(NotFound);
		}
	});

	it('submits a complete review, then it is read-only and the others’ reviews appear', async () => {
		const before = await getReview(t.db, s.actors.ana, s.assignments.anaA);
		expect(before.others).toBeNull();
		expect(before.application.organisation?.legalName).toBe('Association Horizon');
		expect(before.application.holders.map((h) => h.name)).toEqual(['Hélène Porteuse']);

		const done = await submitReview(t.services, s.actors.ana, s.assignments.anaA, complete(1));
		expect(done).toMatchObject({ status: 'submitted', revision: 2 });
		expect(done.submittedAt).not.toBeNull();
		// (3 − 1) / 3 on the weight-2 criterion, « non concerné » does not count: 1 + 3 × 2/3.
		expect(done.total).toBeCloseTo(3);

		for (const write of [saveReviewDraft, submitReview]) {
			const e = await rejection(write(t.services, s.actors.ana, s.assignments.anaA, complete(2)));
			expect(e).toBeInstanceOf(Conflict);
			expect((e as Conflict).message).toBe('reviewing.error.submitted');
		}
		expect((await stored(s.assignments.anaA))!.revision).toBe(2);

		const after = await getReview(t.db, s.actors.ana, s.assignments.anaA);
		expect(after.others).toHaveLength(1);
		expect(after.others![0]).toMatchObject({
			reviewerName: 'Ben Juré',
			status: 'submitted',
			commentToApplicant: 'Projet solide.',
			privateComment: 'Avis de Ben.'
		});
		expect(after.others![0].scores.impact).toEqual({
			score: 3,
			comment: 'Des effets mesurés par un baromètre.'
		});
	});

	it('shows the others’ submitted reviews at once when the call does not hide them, never drafts', async () => {
		await saveReviewDraft(t.services, s.actors.dan, s.assignments.danA, {
			scores: { impact: { score: 1, comment: 'Brouillon de Dan.' } },
			revision: 0
		});
		expect((await getReview(t.db, s.actors.dan, s.assignments.danA)).others).toBeNull();
		await t.db
			.update(calls)
			.set({ reviewsHiddenUntilSubmitted: false })
			.where(eq(calls.id, s.callId));
		const dan = await getReview(t.db, s.actors.dan, s.assignments.danA);
		expect(dan.others!.map((o) => o.reviewerName).sort()).toEqual(['Ana Jurée', 'Ben Juré']);
		// Ana and Ben never see Dan's draft.
		const ana = await getReview(t.db, s.actors.ana, s.assignments.anaA);
		expect(ana.others!.map((o) => o.reviewerName)).toEqual(['Ben Juré']);
		expect(JSON.stringify(ana)).not.toContain('Brouillon de Dan');
		await t.db
			.update(calls)
			.set({ reviewsHiddenUntilSubmitted: true })
			.where(eq(calls.id, s.callId));
	});

	it('hides who applies in a blind review', async () => {
		await t.db.update(calls).set({ blindReview: true }).where(eq(calls.id, s.callId));
		const view = await getReview(t.db, s.actors.ana, s.assignments.anaB);
		expect(view.application.organisation).toBeNull();
		expect(view.application.holders).toEqual([]);
		expect(JSON.stringify(view)).not.toContain('Hélène');
		await t.db.update(calls).set({ blindReview: false }).where(eq(calls.id, s.callId));
	});

	it('lets the team read every review of an application, and nobody else', async () => {
		const { grid, reviews: list } = await listReviewsOfApplication(t.db, s.team, s.apps.a);
		expect(grid.length).toBeGreaterThan(0);
		expect(list.map((r) => `${r.reviewerName}:${r.status}`).sort()).toEqual([
			'Ana Jurée:submitted',
			'Ben Juré:submitted',
			'Dan Juré:draft'
		]);
		for (const actor of [s.actors.ana, s.actors.holder, s.actors.partner]) {
			expect(await rejection(listReviewsOfApplication(t.db, actor, s.apps.a))).toBeInstanceOf(
				NotFound
			);
		}
	});

	it('closes the review to a juror removed from the jury', async () => {
		await t.db
			.update(juryMembers)
			.set({ removedAt: new Date() })
			.where(eq(juryMembers.id, s.members.dan));
		expect(await rejection(getReview(t.db, s.actors.dan, s.assignments.danA))).toBeInstanceOf(
			NotFound
		);
	});
});
