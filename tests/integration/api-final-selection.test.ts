/**
 * The REST API of the final selection, through the very handlers SvelteKit calls, on each backend:
 * pitch grid and settings (team only, 404 for others, 422 on weights not adding up to 100, 409 once
 * scored); pitch score sheets (the juror's own: merge per criterion, older edit ignored, replay
 * harmless, unknown criterion 422 in French, conflicted juror 404); the consolidation as JSON and
 * CSV; the final decision and the notification (one e-mail per holder, never twice).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import { finalScenario, PITCH_GRID, type FinalScenario } from '../helpers/finalSelectionSetup.ts';
import { outbox } from '#lib/server/db/schema.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import * as gridRoute from '../../src/routes/api/v1/calls/[id]/pitch-grid/+server.ts';
import * as settingsRoute from '../../src/routes/api/v1/calls/[id]/final-settings/+server.ts';
import * as consolidationRoute from '../../src/routes/api/v1/calls/[id]/final-selection/+server.ts';
import * as exportRoute from '../../src/routes/api/v1/calls/[id]/final-selection/export/+server.ts';
import * as notifyRoute from '../../src/routes/api/v1/calls/[id]/final-selection/notify/+server.ts';
import * as scoresRoute from '../../src/routes/api/v1/applications/[id]/pitch-scores/+server.ts';
import * as decisionRoute from '../../src/routes/api/v1/applications/[id]/final-decision/+server.ts';

const T1 = '2026-12-03T09:00:00.000Z';
const T2 = '2026-12-03T09:05:00.000Z';

describe.each(backends)('API of the final selection (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let s: FinalScenario;
	const callPath = (suffix: string) => `/api/v1/calls/${s.callId}/${suffix}`;
	const putScores = (id: string, body: unknown, actor: Actor) =>
		api.call(scoresRoute.PUT, `/api/v1/applications/${id}/pitch-scores`, {
			actor,
			params: { id },
			body,
			method: 'PUT'
		});

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		s = await finalScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('serves the pitch grid and settings to the team only', async () => {
		const ok = await api.call(gridRoute.GET, callPath('pitch-grid'), {
			actor: s.team,
			params: { id: s.callId }
		});
		expect(ok.status).toBe(200);
		expect(ok.body.grid.map((c: { key: string }) => c.key)).toEqual(['clarte', 'equipe']);
		expect(ok.body.settings).toEqual({ reviewWeight: 40, pitchWeight: 60, retentionTarget: 1 });
		for (const actor of [s.actors.ana, s.actors.holder]) {
			const r = await api.call(gridRoute.GET, callPath('pitch-grid'), {
				actor,
				params: { id: s.callId }
			});
			expect(r.status).toBe(404);
		}
		const bad = await api.call(settingsRoute.PUT, callPath('final-settings'), {
			actor: s.team,
			params: { id: s.callId },
			method: 'PUT',
			body: { reviewWeight: 30, pitchWeight: 30, retentionTarget: 4 }
		});
		expect(bad.status).toBe(422);
		const good = await api.call(settingsRoute.PUT, callPath('final-settings'), {
			actor: s.team,
			params: { id: s.callId },
			method: 'PUT',
			body: { reviewWeight: 50, pitchWeight: 50, retentionTarget: 1 }
		});
		expect(good.status).toBe(200);
		expect(good.body.settings.pitchWeight).toBe(50);
	});

	it('merges pitch scores: older edits ignored, replays harmless, unknown criterion 422', async () => {
		const first = await putScores(
			s.apps.a,
			{ scores: { clarte: { score: 4, comment: '', at: T2 } } },
			s.actors.ana
		);
		expect(first.status).toBe(200);
		expect(first.body.changed).toEqual(['clarte']);
		const older = await putScores(
			s.apps.a,
			{
				scores: {
					clarte: { score: 1, comment: '', at: T1 },
					equipe: { score: 6, comment: '', at: T1 }
				}
			},
			s.actors.ana
		);
		expect(older.body.changed).toEqual(['equipe']);
		expect(older.body.scores.clarte.score).toBe(4);
		const replay = await putScores(
			s.apps.a,
			{ scores: { clarte: { score: 4, comment: '', at: T2 } } },
			s.actors.ana
		);
		expect(replay.body.changed).toEqual([]);
		expect(replay.body.revision).toBe(older.body.revision);
		const unknown = await putScores(
			s.apps.a,
			{ scores: { autre: { score: 2, comment: '', at: T2 } } },
			s.actors.ana
		);
		expect(unknown.status).toBe(422);
		expect(JSON.stringify(unknown.body)).toContain(
			'Ce critère n’existe pas dans la grille de pitch.'
		);
		const read = await api.call(scoresRoute.GET, `/api/v1/applications/${s.apps.a}/pitch-scores`, {
			actor: s.actors.ana,
			params: { id: s.apps.a }
		});
		expect(read.status).toBe(200);
		expect(read.body.scored).toBe(2);
	});

	it('answers 404 to a conflicted juror, the holder and the team on a score sheet', async () => {
		for (const actor of [s.actors.cleo, s.actors.holder, s.team]) {
			const r = await api.call(scoresRoute.GET, `/api/v1/applications/${s.apps.a}/pitch-scores`, {
				actor,
				params: { id: s.apps.a }
			});
			expect(r.status).toBe(404);
			const w = await putScores(
				s.apps.a,
				{ scores: { clarte: { score: 1, comment: '', at: T2 } } },
				actor
			);
			expect(w.status).toBe(404);
		}
		const grid = await api.call(gridRoute.PUT, callPath('pitch-grid'), {
			actor: s.team,
			params: { id: s.callId },
			method: 'PUT',
			body: { criteria: PITCH_GRID }
		});
		expect(grid.status).toBe(409);
	});

	it('gives the consolidation as JSON and CSV', async () => {
		const r = await api.call(consolidationRoute.GET, callPath('final-selection?sort=pitch'), {
			actor: s.team,
			params: { id: s.callId }
		});
		expect(r.status).toBe(200);
		expect(r.body.sort).toBe('pitch');
		const a = r.body.rows.find((x: { id: string }) => x.id === s.apps.a);
		// Ana: clarté 4 (1), équipe 6 (0.6) → (2 + 0.6)/3 → 86.67.
		expect(a.pitch).toBeCloseTo((2.6 / 3) * 100, 4);
		const csv = await api.call(exportRoute.GET, callPath('final-selection/export?format=csv'), {
			actor: s.team,
			params: { id: s.callId }
		});
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toContain('text/csv');
		expect(csv.text).toContain('Score consolidé');
		const no = await api.call(consolidationRoute.GET, callPath('final-selection'), {
			actor: s.actors.ana,
			params: { id: s.callId }
		});
		expect(no.status).toBe(404);
	});

	it('decides and notifies once', async () => {
		const decide = (id: string, body: unknown) =>
			api.call(decisionRoute.POST, `/api/v1/applications/${id}/final-decision`, {
				actor: s.team,
				params: { id },
				body
			});
		expect((await decide(s.apps.a, { decision: 'retained', from: 'shortlisted' })).status).toBe(
			422
		);
		expect(
			(await decide(s.apps.a, { decision: 'retained', reason: 'Oui.', from: 'under_review' }))
				.status
		).toBe(409);
		const ok = await decide(s.apps.a, {
			decision: 'retained',
			reason: 'Excellent pitch.',
			from: 'shortlisted'
		});
		expect(ok.status).toBe(200);
		expect(ok.body.status).toBe('retained');
		const notify = (body: unknown) =>
			api.call(notifyRoute.POST, callPath('final-selection/notify'), {
				actor: s.team,
				params: { id: s.callId },
				body
			});
		expect((await notify({})).status).toBe(409);
		await decide(s.apps.b, {
			decision: 'not_retained',
			reason: 'Pas cette fois.',
			from: 'shortlisted'
		});
		const done = await notify({});
		expect(done.status).toBe(200);
		expect(done.body).toMatchObject({ notified: { retained: 1, not_retained: 1 }, emails: 3 });
		expect((await notify({})).status).toBe(409);
		const mails = await t.db.select().from(outbox).where(eq(outbox.template, 'final_decision'));
		expect(mails).toHaveLength(3);
	});

	it('declares the scopes in the OpenAPI document', () => {
		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown }>>;
		};
		expect(doc.paths['/applications/{id}/pitch-scores'].put.security).toEqual([
			{ bearer: ['reviews:write'] }
		]);
		expect(doc.paths['/calls/{id}/final-selection'].get.security).toEqual([
			{ bearer: ['reviews:read'] }
		]);
		expect(doc.paths['/calls/{id}/pitch-grid'].put).toBeDefined();
	});
});
