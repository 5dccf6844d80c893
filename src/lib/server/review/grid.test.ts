import { describe, expect, it } from 'vitest';
import {
	defaultGrid,
	gridInput,
	readGrid,
	weightedTotal,
	weightedTotalOnScale,
	type Criterion
} from './grid.ts';

const criterion = (key: string, weight: number, scale = { min: 1, max: 4 }): Criterion => ({
	key,
	label: { fr: key, en: key },
	guidance: { fr: '', en: '' },
	weight,
	scale,
	allowNotApplicable: true,
	commentRequired: true
});

function issues(input: unknown): Record<string, string[]> {
	const r = gridInput.safeParse(input);
	if (r.success) return {};
	const out: Record<string, string[]> = {};
	for (const i of r.error.issues) (out[i.path.join('.')] ??= []).push(i.message);
	return out;
}

describe('the default grid', () => {
	it('has the six usual criteria, on 1–4 with « non concerné » and a required comment', () => {
		const grid = defaultGrid();
		expect(grid.map((c) => c.label.fr)).toEqual([
			'Impact QVT attendu',
			'Démarche participative et dialogue social',
			'Innovation technologique',
			'Innovation sociale',
			'Faisabilité et viabilité économique',
			'Transférabilité et diffusion'
		]);
		for (const c of grid) {
			expect(c.scale).toEqual({ min: 1, max: 4 });
			expect(c.allowNotApplicable).toBe(true);
			expect(c.commentRequired).toBe(true);
			expect(c.weight).toBeGreaterThan(0);
			expect(c.guidance.fr.length).toBeGreaterThan(20);
			expect(c.guidance.en.length).toBeGreaterThan(20);
			expect(c.label.en).not.toBe('');
		}
		expect(new Set(grid.map((c) => c.key)).size).toBe(6);
	});

	it('passes its own validation unchanged', () => {
		const parsed = gridInput.parse({ criteria: defaultGrid() });
		expect(parsed.criteria).toEqual(defaultGrid());
		expect(readGrid(defaultGrid())).toEqual(defaultGrid());
	});
});

describe('grid validation', () => {
	it('fills defaults and makes missing keys from the French label, unique', () => {
		const parsed = gridInput.parse({
			criteria: [
				{ label: { fr: 'Impact attendu' }, weight: 1 },
				{ label: { fr: 'Impact attendu !' }, weight: '2.5' }
			]
		});
		expect(parsed.criteria.map((c) => c.key)).toEqual(['impact-attendu', 'impact-attendu-2']);
		expect(parsed.criteria[0]).toMatchObject({
			scale: { min: 1, max: 4 },
			allowNotApplicable: true,
			commentRequired: true,
			guidance: { fr: '', en: '' },
			label: { en: '' }
		});
		expect(parsed.criteria[1].weight).toBe(2.5);
	});

	it('refuses an empty grid and more than 12 criteria', () => {
		expect(issues({ criteria: [] })).toEqual({ criteria: ['jury.grid.error.count'] });
		const many = Array.from({ length: 13 }, (_, i) => criterion(`c${i}`, 1));
		expect(issues({ criteria: many })).toEqual({ criteria: ['jury.grid.error.count'] });
		expect(issues({ criteria: many.slice(0, 12) })).toEqual({});
	});

	it('refuses duplicate keys, missing labels, non-positive weights and inverted scales', () => {
		expect(
			issues({
				criteria: [
					criterion('a', 1),
					{ ...criterion('a', 0), label: { fr: '  ', en: '' } },
					criterion('b', -1, { min: 4, max: 4 })
				]
			})
		).toEqual({
			'criteria.1.label.fr': ['jury.grid.error.labelFr'],
			'criteria.1.weight': ['jury.grid.error.weight'],
			'criteria.2.weight': ['jury.grid.error.weight'],
			'criteria.2.scale.max': ['jury.grid.error.scaleOrder']
		});
		expect(issues({ criteria: [criterion('a', 1), criterion('a', 2)] })).toEqual({
			'criteria.1.key': ['jury.grid.error.keyDuplicate']
		});
		expect(issues({ criteria: [criterion('Pas Bon', 1)] })).toEqual({
			'criteria.0.key': ['jury.grid.error.key']
		});
	});

	it('reads a malformed stored grid as empty', () => {
		expect(readGrid(null)).toEqual([]);
		expect(readGrid([{ key: 'x' }])).toEqual([]);
	});
});

describe('weightedTotal', () => {
	const grid = [criterion('a', 2), criterion('b', 1), criterion('c', 1, { min: 0, max: 10 })];

	it('is the weighted mean of the scores, each normalised on its scale', () => {
		// a: (4-1)/3 = 1 ×2; b: (1-1)/3 = 0 ×1; c: 5/10 = 0.5 ×1 → 2.5 / 4
		expect(weightedTotal(grid, { a: 4, b: 1, c: 5 })).toBeCloseTo(0.625, 12);
		expect(weightedTotal(grid, { a: 1, b: 1, c: 0 })).toBe(0);
		expect(weightedTotal(grid, { a: 4, b: 4, c: 10 })).toBe(1);
	});

	it('leaves out « non concerné » and unscored criteria', () => {
		expect(weightedTotal(grid, { a: 'na', b: 4, c: null })).toBe(1);
		expect(weightedTotal(grid, { a: 2.5 })).toBeCloseTo(0.5, 12);
	});

	it('is null when nothing applies', () => {
		expect(weightedTotal(grid, {})).toBeNull();
		expect(weightedTotal(grid, { a: 'na', b: 'na', c: 'na' })).toBeNull();
		expect(weightedTotal([], { a: 3 })).toBeNull();
	});

	it('refuses a score off its scale', () => {
		expect(() => weightedTotal(grid, { a: 5 })).toThrow(RangeError);
		expect(() => weightedTotal(grid, { c: -1 })).toThrow(RangeError);
	});

	it('can be read on the 1–4 scale', () => {
		expect(weightedTotalOnScale(grid, { a: 4, b: 1, c: 5 })).toBeCloseTo(1 + 0.625 * 3, 12);
		expect(weightedTotalOnScale(grid, {})).toBeNull();
	});
});
