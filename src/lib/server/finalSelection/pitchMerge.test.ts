import { describe, expect, it } from 'vitest';
import { checkEntries, mergePitchScores, readPitchScores, scoredCount } from './pitchMerge.ts';
import type { Grid } from '../review/grid.ts';

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

const T1 = '2026-12-03T09:00:00.000Z';
const T2 = '2026-12-03T09:05:00.000Z';
const T2_PARIS = '2026-12-03T10:05:00+01:00';

describe('pitch scores merge', () => {
	it('keeps the latest edit per criterion, whatever the order of arrival', () => {
		const stored = { clarte: { score: 3, comment: 'récent', at: T2 } };
		const older = {
			clarte: { score: 1, comment: 'ancien', at: T1 },
			equipe: { score: 7, comment: '', at: T1 }
		};
		const { merged, changed } = mergePitchScores(stored, older);
		expect(merged.clarte).toEqual({ score: 3, comment: 'récent', at: T2 });
		expect(merged.equipe.score).toBe(7);
		expect(changed).toEqual(['equipe']);
	});

	it('lets a newer edit win, and compares instants, not strings', () => {
		const stored = { clarte: { score: 3, comment: '', at: T1 } };
		expect(
			mergePitchScores(stored, { clarte: { score: null, comment: '', at: T2 } }).merged.clarte.score
		).toBeNull();
		// The same instant written with an offset is not newer.
		expect(
			mergePitchScores(
				{ clarte: { score: 3, comment: '', at: T2 } },
				{ clarte: { score: 1, comment: '', at: T2_PARIS } }
			).changed
		).toEqual([]);
	});

	it('is idempotent: replaying the same edits changes nothing', () => {
		const edits = { clarte: { score: 4, comment: 'net', at: T2 } };
		const once = mergePitchScores({}, edits);
		const twice = mergePitchScores(once.merged, edits);
		expect(twice.merged).toEqual(once.merged);
		expect(twice.changed).toEqual([]);
	});

	it('refuses an unknown criterion and a score off the scale', () => {
		expect(checkEntries(grid, { inconnu: { score: 2, comment: '', at: T1 } })).toEqual([
			{ key: 'inconnu', message: 'finalSelection.pitch.error.unknownCriterion' }
		]);
		expect(checkEntries(grid, { clarte: { score: 5, comment: '', at: T1 } })[0].message).toBe(
			'finalSelection.pitch.error.scale'
		);
		expect(checkEntries(grid, { equipe: { score: 2.5, comment: '', at: T1 } })).toHaveLength(1);
		expect(
			checkEntries(grid, {
				equipe: { score: 0, comment: '', at: T1 },
				clarte: { score: null, comment: '', at: T1 }
			})
		).toEqual([]);
	});

	it('reads back stored sheets, dropping what is malformed, and counts the scored criteria', () => {
		const sheet = readPitchScores({
			clarte: { score: 2, comment: '', at: T1 },
			equipe: { score: 'x', at: T1 },
			bad: 'no'
		});
		expect(Object.keys(sheet)).toEqual(['clarte']);
		expect(scoredCount(grid, sheet)).toBe(1);
		expect(readPitchScores(null)).toEqual({});
	});
});
