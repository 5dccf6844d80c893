/**
 * Merging a jury member's pitch scores. A phone may lose the network during the session: every
 * change is kept on the device with the time it was made (`at`) and sent later, possibly more than
 * once and out of order. The server merges PER CRITERION: an incoming entry replaces the stored one
 * only when its `at` is strictly later, so an older offline edit never overwrites a newer one and
 * a replay of the same edit changes nothing. Pure.
 */
import { z } from 'zod';
import type { Grid } from '../review/grid.ts';

export const PITCH_COMMENT_MAX = 2000;

export type PitchEntry = { score: number | null; comment: string; at: string };
export type PitchScores = Record<string, PitchEntry>;

/** One criterion's edit as sent: the score (or null to clear it), a comment and its time. */
export const pitchEntryInput = z.object({
	score: z
		.number({ error: 'finalSelection.pitch.error.score' })
		.finite('finalSelection.pitch.error.score')
		.nullable()
		.meta({ description: 'La note sur l’échelle du critère, ou `null` pour l’effacer.' }),
	comment: z
		.string({ error: 'finalSelection.pitch.error.comment' })
		.max(PITCH_COMMENT_MAX, 'finalSelection.pitch.error.comment')
		.default(''),
	at: z.iso
		.datetime({ offset: true, error: 'finalSelection.pitch.error.at' })
		.meta({ description: 'Heure de la modification sur l’appareil (ISO 8601).' })
});

export const pitchScoresInput = z.object({
	scores: z
		.record(z.string(), pitchEntryInput, { error: 'finalSelection.pitch.error.scores' })
		.meta({
			description:
				'Par clé de critère : `{ score, comment, at }`. Seuls les critères envoyés sont fusionnés ; ' +
				'la modification la plus récente (`at`) l’emporte.'
		})
});
export type PitchScoresInput = z.input<typeof pitchScoresInput>;

/** The stored scores, read back: anything malformed is dropped. */
export function readPitchScores(raw: unknown): PitchScores {
	const out: PitchScores = {};
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
	for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
		const parsed = pitchEntryInput.safeParse(value);
		if (parsed.success) out[key] = parsed.data;
	}
	return out;
}

export type MergeProblem = { key: string; message: string };

/**
 * The incoming entries checked against the grid: an unknown criterion, or a score off the
 * criterion's scale (or not a whole number), is a problem (message keys, by criterion).
 */
export function checkEntries(grid: Grid, incoming: PitchScores): MergeProblem[] {
	const problems: MergeProblem[] = [];
	const byKey = new Map(grid.map((c) => [c.key, c]));
	for (const [key, entry] of Object.entries(incoming)) {
		const criterion = byKey.get(key);
		if (!criterion) {
			problems.push({ key, message: 'finalSelection.pitch.error.unknownCriterion' });
			continue;
		}
		const s = entry.score;
		if (
			s !== null &&
			(!Number.isInteger(s) || s < criterion.scale.min || s > criterion.scale.max)
		) {
			problems.push({ key, message: 'finalSelection.pitch.error.scale' });
		}
	}
	return problems;
}

/**
 * The stored entries with the incoming ones merged in (latest `at` wins, ties keep the stored one),
 * and whether anything changed. The incoming entries must have been checked.
 */
export function mergePitchScores(
	stored: PitchScores,
	incoming: PitchScores
): { merged: PitchScores; changed: string[] } {
	const merged: PitchScores = { ...stored };
	const changed: string[] = [];
	for (const [key, entry] of Object.entries(incoming)) {
		const current = merged[key];
		if (current && Date.parse(current.at) >= Date.parse(entry.at)) continue;
		merged[key] = { score: entry.score, comment: entry.comment, at: entry.at };
		changed.push(key);
	}
	return { merged, changed };
}

/** How many of the grid's criteria have a score. */
export function scoredCount(grid: Grid, scores: PitchScores): number {
	return grid.filter((c) => typeof scores[c.key]?.score === 'number').length;
}
