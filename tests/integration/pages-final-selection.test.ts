/**
 * The final selection's pages, called as SvelteKit calls them (load and plain POST form actions,
 * as without JavaScript), on each backend: the juror's pitch list and form (only changed criteria
 * are sent, a conflicted juror gets 404), the team's pitch grid page (frozen once scored), the
 * consolidation page with its settings, decisions and notification.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { pageRunner } from '../helpers/pages.ts';
import { apiHarness } from '../helpers/api.ts';
import { finalScenario, type FinalScenario } from '../helpers/finalSelectionSetup.ts';
import type { App } from '#lib/server/app.ts';
import { outbox, pitchScores } from '#lib/server/db/schema.ts';
import * as listPage from '../../src/routes/jury/appels/[callId]/pitchs/+page.server.ts';
import * as pitchPage from '../../src/routes/jury/appels/[callId]/pitchs/[applicationId]/+page.server.ts';
import * as finalPage from '../../src/routes/admin/programmes/[id]/appels/[callId]/selection-finale/+page.server.ts';
import * as gridPage from '../../src/routes/admin/programmes/[id]/appels/[callId]/selection-finale/grille/+page.server.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe.each(backends)('final selection pages (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let s: FinalScenario;

	const run = pageRunner(() => app);
	const pitchPath = (id: string) => `/jury/appels/${s.callId}/pitchs/${id}`;
	const pitchParams = (id: string) => ({ callId: s.callId, applicationId: id });
	const base = () => `/admin/programmes/${s.programmeId}/appels/${s.callId}/selection-finale`;
	const params = () => ({ id: s.programmeId, callId: s.callId });

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		s = await finalScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('lists the juror’s pitches, never a conflicted one; 404 to anyone off the jury', async () => {
		const ana = await run(listPage.load, s.actors.ana, `/jury/appels/${s.callId}/pitchs`, {
			callId: s.callId
		});
		expect((ana.data as Any).items).toHaveLength(2);
		const cleo = await run(listPage.load, s.actors.cleo, `/jury/appels/${s.callId}/pitchs`, {
			callId: s.callId
		});
		expect((cleo.data as Any).items.map((i: Any) => i.id)).toEqual([s.apps.b]);
		const holder = await run(listPage.load, s.actors.holder, `/jury/appels/${s.callId}/pitchs`, {
			callId: s.callId
		});
		expect(holder.status).toBe(404);
		expect(
			(await run(pitchPage.load, s.actors.cleo, pitchPath(s.apps.a), pitchParams(s.apps.a))).status
		).toBe(404);
	});

	it('saves the plain form, sending only the changed criteria', async () => {
		const form: [string, string][] = [
			['orig-score-clarte', ''],
			['orig-comment-clarte', ''],
			['score-clarte', '3'],
			['comment-clarte', 'Clair et concret.'],
			['orig-score-equipe', ''],
			['orig-comment-equipe', ''],
			['score-equipe', ''],
			['comment-equipe', '']
		];
		const r = await run(
			pitchPage.actions.default,
			s.actors.ana,
			pitchPath(s.apps.a),
			pitchParams(s.apps.a),
			form
		);
		expect(r).toMatchObject({ status: 303, location: `${pitchPath(s.apps.a)}?notice=saved` });
		const view = await run(
			pitchPage.load,
			s.actors.ana,
			`${pitchPath(s.apps.a)}?notice=saved`,
			pitchParams(s.apps.a)
		);
		const data = view.data as Any;
		expect(data.saved).toBe(true);
		expect(data.scores.clarte).toMatchObject({ score: 3, comment: 'Clair et concret.' });
		expect(data.scores.equipe).toBeUndefined();
		const bad = await run(
			pitchPage.actions.default,
			s.actors.ana,
			pitchPath(s.apps.a),
			pitchParams(s.apps.a),
			[
				['orig-score-clarte', '3'],
				['orig-comment-clarte', 'Clair et concret.'],
				['score-clarte', '9'],
				['comment-clarte', 'Clair et concret.']
			]
		);
		expect(bad.status).toBe(400);
		expect((bad.data as Any).message).toBe(
			'La note doit être un nombre entier sur l’échelle du critère.'
		);
		const conflicted = await run(
			pitchPage.actions.default,
			s.actors.cleo,
			pitchPath(s.apps.a),
			pitchParams(s.apps.a),
			form
		);
		expect(conflicted.status).toBe(404);
		expect(await t.db.select().from(pitchScores)).toHaveLength(1);
	});

	it('freezes the pitch grid page once scored', async () => {
		const g = await run(gridPage.load, s.team, `${base()}/grille`, params());
		expect((g.data as Any).setup.editable).toBe(false);
		expect((g.data as Any).rows.map((r: Any) => r.key)).toEqual(['clarte', 'equipe']);
		const refused = await run(gridPage.actions.grid, s.team, `${base()}/grille`, params(), [
			['intent', 'save'],
			['rowCount', '1'],
			['criteria.0.label.fr', 'Autre'],
			['criteria.0.weight', '1'],
			['criteria.0.scale.min', '1'],
			['criteria.0.scale.max', '4']
		]);
		expect(refused.status).toBe(409);
		expect((await run(gridPage.load, s.actors.ana, `${base()}/grille`, params())).status).toBe(404);
	});

	it('shows the consolidation to the team, saves settings, decides and informs', async () => {
		const page = await run(finalPage.load, s.team, base(), params());
		const data = page.data as Any;
		expect(data.rows).toHaveLength(2);
		expect(data.settings.retentionTarget).toBe(1);
		expect((await run(finalPage.load, s.actors.ana, base(), params())).status).toBe(404);
		const wrongSum = await run(
			finalPage.actions.settings,
			s.team,
			`${base()}?/settings`,
			params(),
			[
				['reviewWeight', '70'],
				['pitchWeight', '20'],
				['retentionTarget', '3']
			]
		);
		expect(wrongSum.status).toBe(400);
		expect((wrongSum.data as Any).fields.pitchWeight).toEqual([
			'Les deux poids doivent faire 100 % au total.'
		]);
		const saved = await run(finalPage.actions.settings, s.team, `${base()}?/settings`, params(), [
			['reviewWeight', '70'],
			['pitchWeight', '30'],
			['retentionTarget', '3']
		]);
		expect(saved.status).toBe(303);
		const noReason = await run(finalPage.actions.decide, s.team, `${base()}?/decide`, params(), [
			['applicationId', s.apps.a],
			['from', 'shortlisted'],
			['decision', 'retained'],
			['reason', '']
		]);
		expect(noReason.status).toBe(400);
		expect(noReason.data).toMatchObject({ section: s.apps.a, values: { decision: 'retained' } });
		for (const [id, decision] of [
			[s.apps.a, 'retained'],
			[s.apps.b, 'not_retained']
		]) {
			const ok = await run(finalPage.actions.decide, s.team, `${base()}?/decide`, params(), [
				['applicationId', id],
				['from', 'shortlisted'],
				['decision', decision],
				['reason', 'Décision du jury final.']
			]);
			expect(ok).toMatchObject({ status: 303, location: `${base()}?notice=decided#app-${id}` });
		}
		const sent = await run(finalPage.actions.notify, s.team, `${base()}?/notify`, params(), []);
		expect(sent).toMatchObject({
			status: 303,
			location: `${base()}?notice=notified&envoyes=3#informer`
		});
		expect(
			await t.db.select().from(outbox).where(eq(outbox.template, 'final_decision'))
		).toHaveLength(3);
		const after = await run(finalPage.load, s.team, base(), params());
		expect((after.data as Any).rows.every((r: Any) => r.locked)).toBe(true);
		expect((after.data as Any).settings).toEqual({
			reviewWeight: 70,
			pitchWeight: 30,
			retentionTarget: 3
		});
	});
});
