import { describe, expect, it } from 'vitest';
import { consolidatedScore, pitchSummary, reviewOn100, sortRows } from './consolidation.ts';
import { defaultPitchGrid } from './pitchGrid.ts';
import { gridInput, type Grid } from '../review/grid.ts';

const grid: Grid = [
	{
		key: 'clarte',
		label: { fr: 'Clarté', en: 'Clarity' },
		guidance: { fr: '', en: '' },
		weight: 2,
		scale: { min: 1, max: 4 },
		allowNotApplicable: false,
		commentRequired: false
	},
	{
		key: 'equipe',
		label: { fr: 'Équipe', en: 'Team' },
		guidance: { fr: '', en: '' },
		weight: 1,
		scale: { min: 0, max: 10 },
		allowNotApplicable: false,
		commentRequired: false
	}
];
const at = '2026-12-03T09:00:00.000Z';
const e = (score: number | null) => ({ score, comment: '', at });

describe('consolidation', () => {
	it('brings the calibrated score to 0–100 on its scale, clamped', () => {
		expect(reviewOn100(3, { min: 1, max: 4 })).toBeCloseTo(66.667, 3);
		expect(reviewOn100(1, { min: 1, max: 4 })).toBe(0);
		expect(reviewOn100(4.3, { min: 1, max: 4 })).toBe(100);
		expect(reviewOn100(0.5, { min: 1, max: 4 })).toBe(0);
		expect(reviewOn100(null, { min: 1, max: 4 })).toBeNull();
	});

	it('averages each juror’s weighted score, each criterion on its own scale', () => {
		// Juror 1: clarté 4 (1.0), équipe 10 (1.0) → 1. Juror 2: clarté 1 (0), équipe 5 (0.5) → 0.5/3.
		const p = pitchSummary(grid, [
			{ clarte: e(4), equipe: e(10) },
			{ clarte: e(1), equipe: e(5) }
		]);
		expect(p.score).toBeCloseTo(((1 + 1 / 6) / 2) * 100, 6);
		expect(p.jurors).toBe(2);
		expect(p.criteria).toEqual([
			{ key: 'clarte', mean: 2.5, count: 2 },
			{ key: 'equipe', mean: 7.5, count: 2 }
		]);
	});

	it('leaves out unscored criteria and jurors who scored nothing', () => {
		const p = pitchSummary(grid, [{ clarte: e(3) }, { clarte: e(null) }, {}]);
		expect(p.score).toBeCloseTo((2 / 3) * 100, 6);
		expect(p.jurors).toBe(1);
		expect(pitchSummary(grid, []).score).toBeNull();
	});

	it('weights the two scores, and is null when a weighted score is missing', () => {
		const w = { reviewWeight: 40, pitchWeight: 60 };
		expect(consolidatedScore(50, 100, w)).toBe(80);
		expect(consolidatedScore(null, 100, w)).toBeNull();
		expect(consolidatedScore(50, null, w)).toBeNull();
		expect(consolidatedScore(null, 70, { reviewWeight: 0, pitchWeight: 100 })).toBe(70);
	});

	it('sorts best first, missing scores last, ties by reference', () => {
		const rows = [
			{ reference: 'C', review: 10, pitch: null, consolidated: null },
			{ reference: 'B', review: 90, pitch: 20, consolidated: 50 },
			{ reference: 'A', review: 30, pitch: 70, consolidated: 50 },
			{ reference: 'D', review: 20, pitch: 90, consolidated: 60 }
		];
		expect(sortRows(rows, 'consolidated').map((r) => r.reference)).toEqual(['D', 'A', 'B', 'C']);
		expect(sortRows(rows, 'review').map((r) => r.reference)).toEqual(['B', 'A', 'D', 'C']);
		expect(sortRows(rows, 'pitch').map((r) => r.reference)).toEqual(['D', 'A', 'B', 'C']);
		expect(sortRows(rows, 'reference').map((r) => r.reference)).toEqual(['A', 'B', 'C', 'D']);
	});

	it('proposes a default pitch grid that passes the grid validation', () => {
		const parsed = gridInput.safeParse({ criteria: defaultPitchGrid() });
		expect(parsed.success).toBe(true);
		expect(defaultPitchGrid().map((c) => c.key)).toContain('impact-qvt-confirme');
	});
});
