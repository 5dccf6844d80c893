/**
 * The team's page of one application, as SvelteKit calls it, on each backend: it shows the jury's
 * reviews (drafts marked as such), and its decision forms offer only the moves that stay open —
 * no reconsidering a decision the holders were told of, no merger (the synergies make those).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { pageRunner } from '../helpers/pages.ts';
import { apiHarness } from '../helpers/api.ts';
import { COMMENTS, decisionScenario, type DecisionScenario } from '../helpers/decisionsSetup.ts';
import type { App } from '#lib/server/app.ts';
import { takeDecision } from '#lib/server/review/decisionTake.ts';
import { notifyDecisions } from '#lib/server/review/decisionNotify.ts';
import * as applicationPage from '../../src/routes/admin/programmes/[id]/appels/[callId]/candidatures/[applicationId]/+page.server.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

describe.each(backends)('the team’s application page (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let s: DecisionScenario;
	const run = pageRunner(() => app);
	const path = (id: string) =>
		`/admin/programmes/${s.programmeId}/appels/${s.callId}/candidatures/${id}`;
	const params = (id: string) => ({ id: s.programmeId, callId: s.callId, applicationId: id });
	const load = async (id: string) => {
		const r = await run(applicationPage.load, s.team, path(id), params(id));
		expect(r.status).toBe(200);
		return r.data as Data;
	};

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		s = await decisionScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('shows every review of the application, drafts marked, with the grid', async () => {
		const data = await load(s.apps.a);
		const reviews = data.reviews.items as Data[];
		expect(reviews.map((r) => `${r.reviewerName}:${r.status}`).sort()).toEqual([
			'Ana Jurée:submitted',
			'Ben Juré:submitted',
			'Dan Juré:draft'
		]);
		expect(reviews.map((r) => r.commentToApplicant)).toContain(COMMENTS.anaA);
		expect(data.reviews.grid.length).toBeGreaterThan(0);
		expect((await load(s.apps.b)).reviews.items).toHaveLength(1);
	});

	it('offers the decisions, then only what stays open once the holders were told', async () => {
		expect((await load(s.apps.a)).moves.map((m: Data) => m.to)).toEqual([
			'shortlisted',
			'waitlisted',
			'not_shortlisted'
		]);
		const decide = (id: string, decision: 'shortlisted' | 'not_shortlisted') =>
			takeDecision(app, s.team, id, { decision, reason: 'Argumenté.', from: 'under_review' });
		await decide(s.apps.a, 'shortlisted');
		await decide(s.apps.b, 'not_shortlisted');
		// Before the notice, a decision may still be reconsidered; a merger is not offered here.
		expect((await load(s.apps.a)).moves.map((m: Data) => m.to)).toEqual([
			'waitlisted',
			'not_shortlisted',
			'retained',
			'not_retained'
		]);
		await notifyDecisions(app, s.team, s.callId, {});
		expect((await load(s.apps.a)).moves.map((m: Data) => m.to)).toEqual([
			'retained',
			'not_retained'
		]);
		expect((await load(s.apps.b)).moves).toEqual([]);

		// A reconsideration posted anyway (an old page) is refused with the reason, nothing changes.
		const refused = await run(
			applicationPage.actions.transition,
			s.team,
			path(s.apps.b),
			params(s.apps.b),
			[
				['to', 'shortlisted'],
				['from', 'not_shortlisted'],
				['reason', 'Finalement oui.']
			]
		);
		expect(refused.status).toBe(409);
		expect((refused.data as Data).message).toMatch(/déjà été communiquée/);
		expect((await load(s.apps.b)).app.status).toBe('not_shortlisted');
	});
});
