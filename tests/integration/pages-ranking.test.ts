/**
 * The team's ranking page and its downloads, called as SvelteKit calls them (`load`, the
 * `export.csv` and `export.xlsx` handlers), on each backend: the sort in the address (`?tri=brut`)
 * without JavaScript, the labels the page shows, the exports in the page's order; 404 for a juror,
 * another programme's team, and the call under another programme's address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import ExcelJS from 'exceljs';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness } from '../helpers/api.ts';
import { parseCsv, rankingScenario, type RankingScenario } from '../helpers/rankingSetup.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import type { App } from '#lib/server/app.ts';
import { translator } from '#lib/i18n/index.ts';
import * as rankingPage from '../../src/routes/admin/programmes/[id]/appels/[callId]/classement/+page.server.ts';
import * as csvRoute from '../../src/routes/admin/programmes/[id]/appels/[callId]/classement/export.csv/+server.ts';
import * as xlsxRoute from '../../src/routes/admin/programmes/[id]/appels/[callId]/classement/export.xlsx/+server.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (event: any) => unknown;

describe.each(backends)('ranking page (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let s: RankingScenario;

	const event = (actor: Actor, query = '', programmeId = s.programmeId) => {
		const url = new URL(
			`http://localhost/admin/programmes/${programmeId}/appels/${s.callId}/classement${query}`
		);
		return {
			url,
			params: { id: programmeId, callId: s.callId },
			locals: { app, actor, locale: 'fr', t: translator('fr'), sessionId: null },
			request: new Request(url)
		};
	};
	async function status(fn: unknown, e: ReturnType<typeof event>): Promise<number> {
		try {
			const r = await (fn as AnyFn)(e);
			return r instanceof Response ? r.status : 200;
		} catch (err) {
			if (isHttpError(err)) return err.status;
			throw err;
		}
	}
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const load = async (actor: Actor, query = ''): Promise<any> =>
		(rankingPage.load as AnyFn)(event(actor, query));

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		s = await rankingScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('sorts by calibrated score by default and by raw mean with ?tri=brut', async () => {
		const calibrated = await load(s.team);
		expect(calibrated.sort).toBe('calibrated');
		expect(calibrated.rows[0].id).toBe(s.apps.p);
		const raw = await load(s.team, '?tri=brut');
		expect(raw.sort).toBe('raw');
		expect(raw.rows[0].id).toBe(s.apps.q);
		expect(calibrated.call.shortlistTarget).toBe(3);
		// Labels the page shows: the statuses and recommendations present.
		expect(calibrated.statusKeys.under_review).toBe('applicationStatus.under_review');
		expect(calibrated.recommendationKeys.strong_support).toBe(
			'opinions.recommendation.strong_support'
		);
	});

	it('downloads the CSV and XLSX in the page’s order', async () => {
		const csv = (await (csvRoute.GET as AnyFn)(event(s.team, '?tri=brut'))) as Response;
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-disposition')).toContain('.csv');
		const records = parseCsv(await csv.text());
		expect(records[1][records[0].indexOf('Titre')]).toBe('Qualité de l’air');

		const xlsx = (await (xlsxRoute.GET as AnyFn)(event(s.team))) as Response;
		expect(xlsx.status).toBe(200);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(await xlsx.arrayBuffer());
		expect(book.worksheets[0].getRow(2).getCell(3).value).toBe('Pilotage partagé');
	});

	it('is 404 for a juror, another programme’s team and under another programme’s address', async () => {
		for (const actor of [s.actors.ana, s.actors.partner, s.otherTeam]) {
			expect(await status(rankingPage.load, event(actor))).toBe(404);
			expect(await status(csvRoute.GET, event(actor))).toBe(404);
		}
		const elsewhere = event(s.team, '', '00000000-0000-4000-8000-000000000000');
		expect(await status(rankingPage.load, elsewhere)).toBe(404);
		expect(await status(xlsxRoute.GET, elsewhere)).toBe(404);
	});
});
