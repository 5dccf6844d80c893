/**
 * The final consolidation, pure: each project's first-stage calibrated score and pitch score, both
 * brought to 0–100 on their scales, and the consolidated score with the call's weighting.
 *
 * - Review score: the calibrated score (on the evaluation grid's scale) mapped linearly to 0–100
 *   (min → 0, max → 100), clamped (a calibrated score may fall slightly outside the scale).
 * - Pitch score: for each jury member, the weighted mean of their criterion scores each brought to
 *   [0, 1] on its scale (`weightedTotal`, criteria not scored left out); then the mean over the
 *   jury members who scored at least one criterion, × 100.
 * - Consolidated: (reviewWeight × review + pitchWeight × pitch) / 100; null when a score with a
 *   non-zero weight is missing.
 */
import { weightedTotal, type Grid, type Scale } from '../review/grid.ts';
import type { PitchScores } from './pitchMerge.ts';

export const CONSOLIDATION_SORTS = ['consolidated', 'review', 'pitch', 'reference'] as const;
export type ConsolidationSort = (typeof CONSOLIDATION_SORTS)[number];

export function parseConsolidationSort(v: string | null | undefined): ConsolidationSort {
	return (CONSOLIDATION_SORTS as readonly string[]).includes(v ?? '')
		? (v as ConsolidationSort)
		: 'consolidated';
}

/** A calibrated score on the scale, on 0–100 (clamped); null stays null. */
export function reviewOn100(calibrated: number | null, scale: Scale): number | null {
	if (calibrated === null) return null;
	const v = ((calibrated - scale.min) / (scale.max - scale.min)) * 100;
	return Math.min(100, Math.max(0, v));
}

export type PitchSummary = {
	/** Mean of the jurors' weighted scores, on 0–100; null when no juror scored. */
	score: number | null;
	/** Jury members who scored at least one criterion. */
	jurors: number;
	/** Mean per criterion on the criterion's own scale (null: nobody scored it) and its count. */
	criteria: { key: string; mean: number | null; count: number }[];
};

/** The pitch score of one project from its jurors' score sheets. */
export function pitchSummary(grid: Grid, sheets: PitchScores[]): PitchSummary {
	const totals: number[] = [];
	const per = new Map<string, number[]>(grid.map((c) => [c.key, []]));
	for (const sheet of sheets) {
		const scores: Record<string, number> = {};
		for (const c of grid) {
			const s = sheet[c.key]?.score;
			if (typeof s === 'number' && s >= c.scale.min && s <= c.scale.max) {
				scores[c.key] = s;
				per.get(c.key)!.push(s);
			}
		}
		const t = weightedTotal(grid, scores);
		if (t !== null) totals.push(t);
	}
	const mean = (l: number[]) => (l.length ? l.reduce((a, b) => a + b, 0) / l.length : null);
	const m = mean(totals);
	return {
		score: m === null ? null : m * 100,
		jurors: totals.length,
		criteria: grid.map((c) => {
			const l = per.get(c.key)!;
			return { key: c.key, mean: mean(l), count: l.length };
		})
	};
}

/** The consolidated score on 0–100, or null when a weighted component is missing. */
export function consolidatedScore(
	review: number | null,
	pitch: number | null,
	weights: { reviewWeight: number; pitchWeight: number }
): number | null {
	if (review === null && weights.reviewWeight > 0) return null;
	if (pitch === null && weights.pitchWeight > 0) return null;
	return ((review ?? 0) * weights.reviewWeight + (pitch ?? 0) * weights.pitchWeight) / 100;
}

type Sortable = {
	reference: string;
	review: number | null;
	pitch: number | null;
	consolidated: number | null;
};

/** Sorts best first on the chosen score (missing scores last), ties and `reference` by reference. */
export function sortRows<T extends Sortable>(rows: T[], sort: ConsolidationSort): T[] {
	const byRef = (x: T, y: T) =>
		x.reference < y.reference ? -1 : x.reference > y.reference ? 1 : 0;
	if (sort === 'reference') return [...rows].sort(byRef);
	return [...rows].sort((x, y) => {
		const kx = x[sort];
		const ky = y[sort];
		if (kx === null || ky === null) {
			if (kx !== ky) return kx === null ? 1 : -1;
		} else if (kx !== ky) return ky - kx;
		return byRef(x, y);
	});
}
