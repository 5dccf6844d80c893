/** Reviews as the jury's pages and the REST API show them (never raw rows). */
import { weightedTotalOnScale, type Grid } from './grid.ts';
import type { ApplicationReviewRow, ReviewRow } from './reviewQueries.ts';
import type { StoredScores } from './reviewSchemas.ts';

export type ReviewProgress = 'not_started' | 'draft' | 'submitted';

export type ReviewView = {
	status: ReviewProgress;
	scores: StoredScores;
	commentToApplicant: string;
	privateComment: string;
	/** The revision to send with the next save (0 before any). */
	revision: number;
	submittedAt: string | null;
	updatedAt: string | null;
	/** The weighted total on the 1–4 scale (null when no criterion is scored). */
	total: number | null;
};

/** The weighted total, or null when nothing counts or a stored score no longer fits the grid. */
function totalOf(grid: Grid, scores: StoredScores): number | null {
	const plain: Record<string, number | 'na' | undefined> = {};
	for (const [k, v] of Object.entries(scores)) plain[k] = v.score === null ? 'na' : v.score;
	try {
		return weightedTotalOnScale(grid, plain);
	} catch {
		return null;
	}
}

export function presentReview(grid: Grid, row: ReviewRow | null): ReviewView {
	if (!row) {
		return {
			status: 'not_started',
			scores: {},
			commentToApplicant: '',
			privateComment: '',
			revision: 0,
			submittedAt: null,
			updatedAt: null,
			total: null
		};
	}
	return {
		status: row.status,
		scores: row.scores,
		commentToApplicant: row.commentToApplicant,
		privateComment: row.privateComment,
		revision: row.revision,
		submittedAt: row.submittedAt?.toISOString() ?? null,
		updatedAt: row.updatedAt.toISOString(),
		total: totalOf(grid, row.scores)
	};
}

export type OtherReviewView = {
	reviewerName: string;
	status: 'draft' | 'submitted';
	scores: StoredScores;
	commentToApplicant: string;
	privateComment: string;
	submittedAt: string | null;
	total: number | null;
};

export function presentOtherReview(grid: Grid, row: ApplicationReviewRow): OtherReviewView {
	return {
		reviewerName: row.reviewerName,
		status: row.status,
		scores: row.scores,
		commentToApplicant: row.commentToApplicant,
		privateComment: row.privateComment,
		submittedAt: row.submittedAt?.toISOString() ?? null,
		total: totalOf(grid, row.scores)
	};
}
