/**
 * The ranking of a call on each backend: submitted reviews only (drafts never count), a harsh
 * juror's bias shown and corrected (the calibrated order differs from the raw one where it should),
 * per-criterion means without « non concerné », a split application flagged for discussion, the
 * applications listed (jury stage or reviewed), the exports read back, and 404 for anybody but
 * the programme team.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	parseCsv,
	rankingScenario,
	type RankingScenario
} from '../../../../tests/helpers/rankingSetup.ts';
import { anonymous, type Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { rankCall, type Ranking } from './ranking.ts';
import { exportRanking } from './rankingExport.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

describe.each(backends)('ranking of a call (%s)', (backend) => {
	let t: TestDatabase;
	let s: RankingScenario;
	let calibrated: Ranking;
	let raw: Ranking;

	const row = (r: Ranking, id: string) => {
		const found = r.rows.find((x) => x.id === id);
		if (!found) throw new Error(`application ${id} not ranked`);
		return found;
	};
	const position = (r: Ranking, id: string) => r.rows.findIndex((x) => x.id === id);

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await rankingScenario(t.db);
		calibrated = await rankCall(t.db, s.team, s.callId);
		raw = await rankCall(t.db, s.team, s.callId, { sort: 'raw' });
	});
	afterAll(async () => t?.drop());

	it('ranks the jury-stage applications and those reviewed, unscored ones last', () => {
		const ids = new Set(calibrated.rows.map((r) => r.id));
		for (const id of [s.apps.c1, s.apps.c2, s.apps.c3, s.apps.c4, s.apps.p, s.apps.q, s.apps.s]) {
			expect(ids.has(id)).toBe(true);
		}
		// Eligible or under review without a score: listed, unranked, at the end.
		for (const id of [s.apps.a, s.apps.b, s.apps.u]) {
			expect(row(calibrated, id).rank).toBeNull();
			expect(position(calibrated, id)).toBeGreaterThanOrEqual(7);
		}
		// A draft application and a submitted one nobody reviewed are not at the jury yet.
		expect(ids.has(s.apps.d)).toBe(false);
		expect(ids.has(s.apps.n)).toBe(false);
		expect(row(calibrated, s.apps.c4).status).toBe('submitted');
		expect(row(calibrated, s.apps.s).status).toBe('under_review');
		expect(calibrated.rows.slice(0, 7).map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(calibrated.call.shortlistTarget).toBe(3);
		expect(calibrated.shortlisted).toBe(0);
	});

	it('never counts a draft', () => {
		const a = row(calibrated, s.apps.a);
		expect(a.reviews).toBe(0);
		expect(a.rawMean).toBeNull();
		expect(a.calibrated).toBeNull();
		const q = row(calibrated, s.apps.q);
		// Ana's draft at 1 would bring the mean down to 3; three submitted reviews, four assigned.
		expect(q.reviews).toBe(3);
		expect(q.assigned).toBe(4);
		expect(q.rawMean).toBeCloseTo(11 / 3, 9);
		expect(calibrated.reviewers.find((r) => r.juryMemberId === s.members.ana)?.reviews).toBe(4);
	});

	it('shows the harsh juror’s bias and corrects for it: P overtakes Q once calibrated', () => {
		expect(calibrated.reviewers[0].juryMemberId).toBe(s.members.ana);
		expect(calibrated.reviewers[0].name).toBe('Ana Jurée');
		expect(calibrated.reviewers[0].bias).toBeLessThan(-0.3);
		for (const other of calibrated.reviewers.slice(1)) expect(other.bias).toBeGreaterThan(-0.3);
		// Raw: Q (3.67) before P (3.5); calibrated: P (harshly judged by Ana) before Q.
		expect(row(raw, s.apps.q).rawMean!).toBeGreaterThan(row(raw, s.apps.p).rawMean!);
		expect(position(raw, s.apps.q)).toBeLessThan(position(raw, s.apps.p));
		expect(raw.rows[0].id).toBe(s.apps.q);
		expect(calibrated.rows[0].id).toBe(s.apps.p);
		expect(position(calibrated, s.apps.p)).toBeLessThan(position(calibrated, s.apps.q));
		expect(row(calibrated, s.apps.p).calibrated!).toBeGreaterThan(
			row(calibrated, s.apps.q).calibrated!
		);
		expect(row(calibrated, s.apps.p).uncertainty!).toBeGreaterThan(0);
		// The ranks follow the chosen order.
		expect(row(raw, s.apps.q).rank).toBe(1);
		expect(row(calibrated, s.apps.p).rank).toBe(1);
	});

	it('averages each criterion over the applicable scores only', () => {
		const p = row(calibrated, s.apps.p);
		expect(p.criteria).toEqual([
			{ key: 'impact', mean: 3.5, count: 2 },
			// Ana said « non concerné »: the mean is Dan's 4, not (4 + 0) / 2 or (4 + 1) / 2.
			{ key: 'innovation', mean: 4, count: 1 }
		]);
		// Ana's total is her impact score alone: the raw mean is (3 + 4) / 2.
		expect(p.rawMean).toBeCloseTo(3.5, 9);
		expect(calibrated.criteria.map((c) => c.key)).toEqual(['impact', 'innovation']);
		expect(row(calibrated, s.apps.a).criteria).toEqual([
			{ key: 'impact', mean: null, count: 0 },
			{ key: 'innovation', mean: null, count: 0 }
		]);
	});

	it('flags the split application for discussion, and only it', () => {
		const split = row(calibrated, s.apps.s);
		expect(split.discuss).toBe(true);
		expect(split.range).toBe(3);
		expect(split.disagreement!).toBeGreaterThan(1);
		expect(calibrated.rows.filter((r) => r.discuss).map((r) => r.id)).toEqual([s.apps.s]);
	});

	it('lists the regional opinions of each application', () => {
		expect(row(calibrated, s.apps.p).opinions).toEqual([
			expect.objectContaining({ partnerId: s.partnerId, recommendation: 'strong_support' })
		]);
		expect(row(calibrated, s.apps.q).opinions).toEqual([]);
	});

	it('exports the same columns as CSV and XLSX, in the chosen order', async () => {
		const csv = await exportRanking(t.db, s.team, s.callId, {
			sort: 'raw',
			format: 'csv',
			locale: 'fr'
		});
		expect(csv.filename).toMatch(/^classement-.+\.csv$/);
		const records = parseCsv(csv.body as string);
		const header = records[0];
		expect(header.slice(0, 4)).toEqual(['Rang', 'Référence', 'Titre', 'Statut']);
		expect(header).toContain('Impact QVT');
		expect(header).toContain('Innovation');
		expect(header.at(-1)).toBe('Avis régionaux');
		expect(records.length - 1).toBe(raw.rows.length);
		const col = (name: string) => header.indexOf(name);
		const q = records[1];
		expect(q[col('Rang')]).toBe('1');
		expect(q[col('Titre')]).toBe('Qualité de l’air');
		expect(q[col('Moyenne brute')]).toBe('3,67');
		const sRow = records.find((r) => r[col('Titre')] === 'Semaine de quatre jours')!;
		expect(sRow[col('À discuter')]).toBe('À discuter');
		expect(sRow[col('Statut')]).not.toBe('');
		const pRow = records.find((r) => r[col('Titre')] === 'Pilotage partagé')!;
		expect(pRow[col('Innovation')]).toBe('4');
		expect(pRow[col('Avis régionaux')]).toMatch(/: Très favorable$/);

		const xlsx = await exportRanking(t.db, s.team, s.callId, { format: 'xlsx', locale: 'en' });
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
		const sheet = book.worksheets[0];
		expect(sheet.name).toBe('Ranking');
		const headers = (sheet.getRow(1).values as unknown[]).slice(1);
		expect(headers.slice(0, 4)).toEqual(['Rank', 'Reference', 'Title', 'Status']);
		expect(headers).toContain('QWL impact');
		const first = (sheet.getRow(2).values as unknown[]).slice(1);
		expect(first[0]).toBe(1);
		expect(first[2]).toBe('Pilotage partagé');
		expect(first[headers.indexOf('Raw mean')]).toBe(3.5);
		expect(typeof first[headers.indexOf('Calibrated score')]).toBe('number');
		expect(sheet.rowCount - 1).toBe(calibrated.rows.length);
	});

	it('is the team’s: a juror, the holder, a partner and another programme’s team get 404', async () => {
		const outsiders: Actor[] = [
			s.actors.ana,
			s.actors.dan,
			s.actors.holder,
			s.actors.partner,
			s.otherTeam,
			anonymous
		];
		for (const actor of outsiders) {
			expect(await rejection(rankCall(t.db, actor, s.callId))).toBeInstanceOf(NotFound);
			expect(
				await rejection(exportRanking(t.db, actor, s.callId, { format: 'csv', locale: 'fr' }))
			).toBeInstanceOf(NotFound);
		}
		expect(
			await rejection(rankCall(t.db, s.team, '00000000-0000-4000-8000-000000000000'))
		).toBeInstanceOf(NotFound);
	});
});
