/**
 * The ranking through the REST API, by the very handlers SvelteKit calls, on each backend: the
 * JSON (checked against its declared schema) in both orders, the CSV and XLSX exports read back,
 * 404 for a juror, the holder, a partner and another programme's team, 403 without the
 * `reviews:read` scope, 422 on a bad sort or format, the OpenAPI entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import { parseCsv, rankingScenario, type RankingScenario } from '../helpers/rankingSetup.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { rankingView } from '#lib/server/api/operations/ranking.ts';
import { translator } from '#lib/i18n/index.ts';
import * as rankingRoute from '../../src/routes/api/v1/calls/[id]/ranking/+server.ts';
import * as exportRoute from '../../src/routes/api/v1/calls/[id]/ranking/export/+server.ts';

type Handler = (event: never) => Promise<Response> | Response;

describe.each(backends)('REST API: ranking (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let s: RankingScenario;
	let team: Actor;

	/** Like the harness, but keeps the bytes (the BOM, the XLSX). */
	async function download(handler: Handler | undefined, pathname: string, actor: Actor) {
		if (!handler) throw new Error('pas de handler');
		const url = new URL(`http://localhost${pathname}`);
		const response = await handler({
			request: new Request(url),
			url,
			params: { id: s.callId },
			locals: { app: api.app, actor, locale: 'fr', t: translator('fr'), sessionId: null },
			route: { id: null }
		} as never);
		const bytes = new Uint8Array(await response.arrayBuffer());
		return {
			status: response.status,
			headers: response.headers,
			bytes,
			text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
		};
	}

	const get = (actor: Actor, query = '') =>
		api.call(rankingRoute.GET, `/api/v1/calls/${s.callId}/ranking${query}`, {
			actor,
			params: { id: s.callId }
		});

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		s = await rankingScenario(t.db);
		team = await api.tokenActor(s.team.userId, ['reviews:read']);
	});
	afterAll(async () => t?.drop());

	it('gives the team the ranking, calibrated by default, raw on request', async () => {
		const calibrated = await get(team);
		expect(calibrated.status).toBe(200);
		expect(rankingView.safeParse(calibrated.body).success).toBe(true);
		expect(calibrated.body.sort).toBe('calibrated');
		expect(calibrated.body.call.shortlistTarget).toBe(3);
		expect(calibrated.body.rows[0].id).toBe(s.apps.p);
		expect(calibrated.body.reviewers[0]).toMatchObject({
			juryMemberId: s.members.ana,
			name: 'Ana Jurée'
		});
		expect(calibrated.body.reviewers[0].bias).toBeLessThan(-0.3);
		const split = calibrated.body.rows.find((r: { id: string }) => r.id === s.apps.s);
		expect(split.discuss).toBe(true);

		const raw = await get(team, '?sort=raw');
		expect(raw.status).toBe(200);
		expect(raw.body.sort).toBe('raw');
		expect(raw.body.rows[0].id).toBe(s.apps.q);
		// Drafts never count: Q has three submitted reviews of four assigned.
		expect(raw.body.rows[0]).toMatchObject({ reviews: 3, assigned: 4 });

		const bad = await get(team, '?sort=best');
		expect(bad.status).toBe(422);
		expect(bad.body.error.fields.sort).toEqual(['Le tri doit être « calibrated » ou « raw ».']);
	});

	it('exports the ranking as CSV and XLSX, read back', async () => {
		const csv = await download(
			exportRoute.GET,
			`/api/v1/calls/${s.callId}/ranking/export?sort=raw`,
			team
		);
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(csv.headers.get('content-disposition')).toContain('classement-');
		expect(csv.text.startsWith('\uFEFF')).toBe(true);
		const records = parseCsv(csv.text);
		const header = records[0];
		expect(header.slice(0, 3)).toEqual(['Rang', 'Référence', 'Titre']);
		expect(records[1][header.indexOf('Titre')]).toBe('Qualité de l’air');
		expect(records[1][header.indexOf('Évaluations déposées')]).toBe('3');
		expect(records[1][header.indexOf('Évaluations attribuées')]).toBe('4');

		const xlsx = await download(
			exportRoute.GET,
			`/api/v1/calls/${s.callId}/ranking/export?format=xlsx`,
			team
		);
		expect(xlsx.status).toBe(200);
		expect(xlsx.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
		const sheet = book.worksheets[0];
		expect(sheet.name).toBe('Classement');
		const headers = (sheet.getRow(1).values as unknown[]).slice(1);
		expect(headers.slice(0, 3)).toEqual(['Rang', 'Référence', 'Titre']);
		expect(headers).toEqual(header);
		expect(sheet.getRow(2).getCell(3).value).toBe('Pilotage partagé');
		expect(sheet.getRow(2).getCell(headers.indexOf('Innovation') + 1).value).toBe(4);

		const bad = await api.call(
			exportRoute.GET,
			`/api/v1/calls/${s.callId}/ranking/export?format=pdf`,
			{ actor: team, params: { id: s.callId } }
		);
		expect(bad.status).toBe(422);
	});

	it('answers 404 to a juror, the holder, a partner and another programme’s team', async () => {
		const outsiders = [
			await api.tokenActor(s.users.ana.id, null),
			await api.tokenActor(s.users.holder.id, null),
			await api.tokenActor(s.users.partner.id, null),
			await api.tokenActor(s.otherTeam.userId, null)
		];
		for (const actor of outsiders) {
			expect((await get(actor)).status).toBe(404);
			const file = await download(
				exportRoute.GET,
				`/api/v1/calls/${s.callId}/ranking/export`,
				actor
			);
			expect(file.status).toBe(404);
			expect(file.text).not.toContain('Pilotage');
		}
	});

	it('answers 403 to a team token without reviews:read', async () => {
		const noScope = await api.tokenActor(s.team.userId, ['applications:read']);
		expect((await get(noScope)).status).toBe(403);
	});

	it('documents the endpoints in the OpenAPI document, under Jury', () => {
		const doc = buildOpenApiDocument();
		expect(doc.paths['/calls/{id}/ranking'].get).toMatchObject({
			operationId: 'getCallRanking',
			tags: ['Jury']
		});
		expect(doc.paths['/calls/{id}/ranking/export'].get).toMatchObject({
			operationId: 'exportCallRanking',
			tags: ['Jury']
		});
		expect(doc.components.schemas.Ranking).toBeDefined();
	});
});
