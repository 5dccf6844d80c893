/**
 * The juror's review pages, called as SvelteKit calls them (their `load` and form actions, plain
 * POST as without JavaScript), on each backend: the list with progress, a draft saved, a stale
 * save refused keeping what was typed (and offering the stored revision), a refused submission
 * with its errors under the page's field names, a submission, and 404 for anyone else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { pageRunner } from '../helpers/pages.ts';
import { apiHarness } from '../helpers/api.ts';
import { reviewScenario, type ReviewScenario } from '../helpers/reviewsSetup.ts';
import type { App } from '#lib/server/app.ts';
import { eq } from 'drizzle-orm';
import { calls } from '#lib/server/db/schema.ts';
import { saveRegionalOpinion } from '#lib/server/sourcing/opinionSave.ts';
import * as listPage from '../../src/routes/jury/appels/[callId]/evaluations/+page.server.ts';
import * as reviewPage from '../../src/routes/jury/appels/[callId]/evaluations/[assignmentId]/+page.server.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe.each(backends)('review pages (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let s: ReviewScenario;

	const run = pageRunner(() => app);
	const reviewPath = (id: string) => `/jury/appels/${s.callId}/evaluations/${id}`;
	const params = (assignmentId: string) => ({ callId: s.callId, assignmentId });

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		s = await reviewScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('lists the juror’s applications; anyone else gets 404', async () => {
		const r = await run(listPage.load, s.actors.ana, `/jury/appels/${s.callId}/evaluations`, {
			callId: s.callId
		});
		expect(r.status).toBe(200);
		expect((r.data as Any).counts).toEqual({ total: 2, notStarted: 2, draft: 0, submitted: 0 });
		for (const actor of [s.actors.holder, s.actors.partner]) {
			const denied = await run(listPage.load, actor, `/jury/appels/${s.callId}/evaluations`, {
				callId: s.callId
			});
			expect(denied.status).toBe(404);
		}
	});

	it('shows the regional opinions only when the call lets the jury read them', async () => {
		await saveRegionalOpinion(app, s.actors.partner, {
			applicationId: s.apps.a,
			recommendation: 'support',
			text: 'Une structure connue de la région, un projet mûri avec les salariés.'
		});
		const id = s.assignments.anaA;
		const opinions = async () =>
			((await run(reviewPage.load, s.actors.ana, reviewPath(id), params(id))).data as Any).opinions;
		expect(await opinions()).toBeNull();
		await t.db.update(calls).set({ juryReadsRegionalOpinions: true }).where(eq(calls.id, s.callId));
		expect((await opinions()).map((o: Any) => o.recommendation)).toEqual(['support']);
		await t.db
			.update(calls)
			.set({ juryReadsRegionalOpinions: false })
			.where(eq(calls.id, s.callId));
	});

	it('saves a draft, keeps what was typed on a stale save, and submits', async () => {
		const id = s.assignments.anaA;
		const saved = await run(reviewPage.actions.save, s.actors.ana, reviewPath(id), params(id), [
			['revision', '0'],
			['score-impact', '2'],
			['comment-impact', 'Premier jet.'],
			['score-innovation', 'na'],
			['comment-innovation', ''],
			['commentToApplicant', ''],
			['privateComment', 'Secret.']
		]);
		expect(saved.status).toBe(303);
		expect(saved.location).toContain('notice=saved');
		const page = (await run(reviewPage.load, s.actors.ana, reviewPath(id), params(id))).data as Any;
		expect(page.review).toMatchObject({ status: 'draft', revision: 1 });
		expect(page.review.scores).toEqual({
			impact: { score: 2, comment: 'Premier jet.' },
			innovation: { score: null, comment: '' }
		});
		expect(page.application.form.sections.length).toBeGreaterThan(0);

		const stale = await run(reviewPage.actions.save, s.actors.ana, reviewPath(id), params(id), [
			['revision', '0'],
			['score-impact', '4'],
			['comment-impact', 'Écrit dans un autre onglet.']
		]);
		expect(stale.status).toBe(409);
		expect(stale.data).toMatchObject({
			stale: true,
			revision: 1,
			values: { 'comment-impact': 'Écrit dans un autre onglet.' }
		});
		expect((stale.data as Any).message).toMatch(/ailleurs entre-temps/);

		const refused = await run(reviewPage.actions.submit, s.actors.ana, reviewPath(id), params(id), [
			['revision', '1'],
			['score-impact', '3'],
			['comment-impact', ''],
			['score-innovation', ''],
			['comment-innovation', '']
		]);
		expect(refused.status).toBe(400);
		expect((refused.data as Any).fields).toEqual({
			'comment-impact': ['« Impact QVT » : un commentaire est obligatoire.'],
			'score-innovation': ['« Innovation » : choisissez une note.']
		});

		const done = await run(reviewPage.actions.submit, s.actors.ana, reviewPath(id), params(id), [
			['revision', '1'],
			['score-impact', '3'],
			['comment-impact', 'Solide.'],
			['score-innovation', '4'],
			['comment-innovation', ''],
			['commentToApplicant', 'Bravo.'],
			['privateComment', '']
		]);
		expect(done.status).toBe(303);
		expect(done.location).toContain('notice=submitted');
		const after = (await run(reviewPage.load, s.actors.ana, reviewPath(id), params(id)))
			.data as Any;
		expect(after.review.status).toBe('submitted');
		expect(after.others).toEqual([]);
	});

	it('gives 404 to other jurors, a conflicted juror, holders, and under another call', async () => {
		const id = s.assignments.anaA;
		for (const actor of [s.actors.ben, s.actors.cleo, s.actors.holder, s.actors.partner]) {
			expect((await run(reviewPage.load, actor, reviewPath(id), params(id))).status).toBe(404);
		}
		const elsewhere = await run(reviewPage.load, s.actors.ana, reviewPath(id), {
			callId: s.apps.a,
			assignmentId: id
		});
		expect(elsewhere.status).toBe(404);
	});
});
