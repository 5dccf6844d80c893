/**
 * A review as sent by a jury member (page or REST API) and as stored: per criterion of the call's
 * grid a score and a comment, a comment for the applicant and a private one for the jury, and the
 * revision the edit starts from. In a stored review, a criterion's `score` is a number on its
 * scale, `null` for « non concerné », or absent while a draft has none yet. The checks against the
 * grid (`reviewProblems`) are pure: a draft may be incomplete, a submission may not.
 */
import { z } from 'zod';
import type { Grid } from './grid.ts';

export const REVIEW_STATUSES = ['draft', 'submitted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const COMMENT_MAX = 5000;

export type StoredScore = { score?: number | null; comment: string };
export type StoredScores = Record<string, StoredScore>;

const comment = z
	.string({ error: 'reviewing.error.commentTooLong' })
	.trim()
	.max(COMMENT_MAX, 'reviewing.error.commentTooLong')
	.default('');

export const criterionScoreInput = z.object({
	score: z
		.number({ error: 'reviewing.error.scoreNumber' })
		.int('reviewing.error.scoreNumber')
		.nullable()
		.optional()
		.meta({
			description:
				'La note sur l’échelle du critère ; `null` pour « non concerné » ; absente : pas encore notée.'
		}),
	comment
});

export const reviewInput = z
	.object({
		scores: z
			.record(z.string().max(60), criterionScoreInput, { error: 'reviewing.error.scores' })
			.default({}),
		commentToApplicant: comment,
		privateComment: comment,
		revision: z.coerce
			.number({ error: 'reviewing.error.revision' })
			.int('reviewing.error.revision')
			.min(0, 'reviewing.error.revision')
			.meta({ description: 'La révision lue (0 avant tout enregistrement).' })
	})
	.meta({ description: 'Une évaluation : notes et commentaires par critère, commentaires.' });

export type ReviewInput = z.input<typeof reviewInput>;
export type ParsedReview = z.output<typeof reviewInput>;

/** A problem with one field: its key (`scores.<key>.score`…), a message key and the criterion. */
export type ReviewProblem = { field: string; key: string; criterion?: string };

/**
 * The problems of these scores against the grid. Always: unknown criteria, a score off the
 * criterion's scale, « non concerné » where the criterion does not allow it. On submission also:
 * a criterion without a score, a required comment left empty.
 */
export function reviewProblems(
	grid: Grid,
	scores: StoredScores,
	opts: { submit: boolean }
): ReviewProblem[] {
	const problems: ReviewProblem[] = [];
	const keys = new Set(grid.map((c) => c.key));
	for (const key of Object.keys(scores)) {
		if (!keys.has(key))
			problems.push({ field: `scores.${key}`, key: 'reviewing.error.unknownCriterion' });
	}
	for (const c of grid) {
		const entry = scores[c.key];
		const field = `scores.${c.key}`;
		const score = entry?.score;
		if (score === null && !c.allowNotApplicable) {
			problems.push({
				field: `${field}.score`,
				key: 'reviewing.error.notApplicable',
				criterion: c.key
			});
		} else if (typeof score === 'number' && (score < c.scale.min || score > c.scale.max)) {
			problems.push({
				field: `${field}.score`,
				key: 'reviewing.error.scoreScale',
				criterion: c.key
			});
		} else if (opts.submit && score === undefined) {
			problems.push({
				field: `${field}.score`,
				key: 'reviewing.error.scoreMissing',
				criterion: c.key
			});
		}
		if (opts.submit && c.commentRequired && !(entry?.comment ?? '').trim()) {
			problems.push({
				field: `${field}.comment`,
				key: 'reviewing.error.commentMissing',
				criterion: c.key
			});
		}
	}
	return problems;
}

/** The stored form of parsed scores (criteria without score nor comment left out). */
export function storedScores(scores: ParsedReview['scores']): StoredScores {
	const out: StoredScores = {};
	for (const [key, v] of Object.entries(scores)) {
		if (v.score === undefined && !v.comment) continue;
		out[key] =
			v.score === undefined ? { comment: v.comment } : { score: v.score, comment: v.comment };
	}
	return out;
}

/** Stored scores read back from the database (anything malformed dropped). */
export function readScores(raw: unknown): StoredScores {
	const out: StoredScores = {};
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
	for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
		if (!v || typeof v !== 'object') continue;
		const e = v as { score?: unknown; comment?: unknown };
		const comment = typeof e.comment === 'string' ? e.comment : '';
		if (typeof e.score === 'number' || e.score === null) out[key] = { score: e.score, comment };
		else out[key] = { comment };
	}
	return out;
}
