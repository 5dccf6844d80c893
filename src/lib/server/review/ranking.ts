/**
 * The team's ranking of a call's applications, from the SUBMITTED reviews only (a draft never
 * counts): each review's weighted total on the grid's scale, calibrated over every (jury member,
 * application) pair (`calibration.ts`: harsh and lenient reviewers corrected), with per
 * application the raw mean, the calibrated score and its uncertainty, the disagreement and the
 * discussion flag, the per-criterion means (« non concerné » left out), the regional opinions and
 * the status; per jury member, the bias. Ranked: every application at the jury's stage or later
 * (eligible, under review, decided) and any other one with a submitted review; those without a
 * score come last, by reference.
 */
import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { calibrate, type Calibration } from './calibration.ts';
import { DEFAULT_SCALE, readGrid, weightedTotalOnScale, type Grid, type Scale } from './grid.ts';
import { mayReadJury } from './policy.ts';
import {
	assignedCounts,
	rankedApplicationsOf,
	rankingCall,
	rankingMembersOf,
	rankingOpinionsOf,
	submittedReviewsOf
} from './rankingQueries.ts';

export const RANKING_SORTS = ['calibrated', 'raw'] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

export type RankingCriterion = {
	key: string;
	label: { fr: string; en: string };
	weight: number;
	scale: Scale;
};

export type RankingRow = {
	id: string;
	reference: string;
	title: string;
	/** The application's status, as stored (its label: `STATUS_LABEL_KEYS` when it has one). */
	status: string;
	/** Position in the chosen order (1 = best); null without any score. */
	rank: number | null;
	/** Submitted reviews with a score, and assigned reviewers. */
	reviews: number;
	assigned: number;
	rawMean: number | null;
	calibrated: number | null;
	uncertainty: number | null;
	/** Standard deviation of the bias-corrected scores; null with fewer than two reviews. */
	disagreement: number | null;
	/** Max − min of the raw totals. */
	range: number | null;
	discuss: boolean;
	/** Mean of the applicable scores per criterion, in the grid's order (null: none applicable). */
	criteria: { key: string; mean: number | null; count: number }[];
	opinions: { partnerId: string; partnerName: string; recommendation: string }[];
};

export type RankingReviewer = {
	juryMemberId: string;
	name: string;
	reviews: number;
	/** Added to every total this member gives (negative: harsh, positive: lenient). */
	bias: number;
	uncertainty: number;
	rawMean: number;
};

export type Ranking = {
	call: { id: string; programmeId: string; title: string; slug: string; shortlistTarget: number };
	sort: RankingSort;
	/** The scale the totals, means and calibrated scores are on. */
	scale: Scale;
	criteria: RankingCriterion[];
	rows: RankingRow[];
	reviewers: RankingReviewer[];
	/** Rows whose status is `shortlisted`. */
	shortlisted: number;
	/** Noise σ of the calibration (null without scores). */
	noiseSd: number | null;
};

/** The grid's common scale when every criterion shares one, otherwise 1–4. */
function totalScale(grid: Grid): Scale {
	const first = grid[0]?.scale;
	if (first && grid.every((c) => c.scale.min === first.min && c.scale.max === first.max)) {
		return { min: first.min, max: first.max };
	}
	return { ...DEFAULT_SCALE };
}

/** A stored criterion score, only when it is a number on the criterion's scale. */
function scoreOn(grid: Grid, raw: unknown): Record<string, number> {
	const out: Record<string, number> = {};
	if (typeof raw !== 'object' || raw === null) return out;
	const stored = raw as Record<string, unknown>;
	for (const c of grid) {
		const entry = stored[c.key];
		const s =
			typeof entry === 'object' && entry !== null
				? (entry as { score?: unknown }).score
				: undefined;
		if (typeof s === 'number' && Number.isFinite(s) && s >= c.scale.min && s <= c.scale.max) {
			out[c.key] = s;
		}
	}
	return out;
}

export function parseRankingSort(value: string | null | undefined): RankingSort {
	return value === 'raw' ? 'raw' : 'calibrated';
}

/** The ranking of the call's applications. The programme team only (`NotFound` otherwise). */
export async function rankCall(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	opts: { sort?: RankingSort } = {}
): Promise<Ranking> {
	const call = await rankingCall(db, callId);
	if (!mayReadJury(actor, call.programmeId)) throw new NotFound();
	const sort = opts.sort ?? 'calibrated';
	const grid = readGrid(call.evaluationGrid);
	const scale = totalScale(grid);

	const submitted = await submittedReviewsOf(db, call.id);
	const apps = await rankedApplicationsOf(db, call.id, [
		...new Set(submitted.map((r) => r.applicationId))
	]);
	const assigned = await assignedCounts(db, call.id);
	const members = await rankingMembersOf(db, call.id);
	const opinions = await rankingOpinionsOf(db, call.id);

	// Each submitted review's total and criterion scores.
	const scores: { reviewer: string; application: string; score: number }[] = [];
	const perCriterion = new Map<string, Map<string, number[]>>();
	for (const r of submitted) {
		const s = scoreOn(grid, r.scores);
		const total = weightedTotalOnScale(grid, s, scale);
		if (total !== null) {
			scores.push({ reviewer: r.juryMemberId, application: r.applicationId, score: total });
		}
		let byKey = perCriterion.get(r.applicationId);
		if (!byKey) perCriterion.set(r.applicationId, (byKey = new Map()));
		for (const [key, value] of Object.entries(s)) {
			const list = byKey.get(key) ?? [];
			list.push(value);
			byKey.set(key, list);
		}
	}
	const calibration: Calibration | null = scores.length ? calibrate({ scores }) : null;
	const byApp = new Map(calibration?.applications.map((a) => [a.id, a]) ?? []);

	const rows: RankingRow[] = apps.map((a) => {
		const c = byApp.get(a.id);
		const byKey = perCriterion.get(a.id);
		return {
			id: a.id,
			reference: a.reference,
			title: a.title,
			status: a.status,
			rank: null,
			reviews: c?.reviews ?? 0,
			assigned: assigned.get(a.id) ?? 0,
			rawMean: c?.rawMean ?? null,
			calibrated: c?.calibrated ?? null,
			uncertainty: c?.uncertainty ?? null,
			disagreement: c?.disagreement ?? null,
			range: c ? c.range : null,
			discuss: c?.discuss ?? false,
			criteria: grid.map((k) => {
				const list = byKey?.get(k.key) ?? [];
				return {
					key: k.key,
					mean: list.length ? list.reduce((x, y) => x + y, 0) / list.length : null,
					count: list.length
				};
			}),
			opinions: opinions
				.filter((o) => o.applicationId === a.id)
				.map((o) => ({
					partnerId: o.partnerId,
					partnerName: o.partnerName,
					recommendation: o.recommendation
				}))
		};
	});
	const key = (r: RankingRow) => (sort === 'raw' ? r.rawMean : r.calibrated);
	rows.sort((x, y) => {
		const kx = key(x);
		const ky = key(y);
		if (kx === null || ky === null) {
			if (kx !== ky) return kx === null ? 1 : -1;
		} else if (kx !== ky) return ky - kx;
		return x.reference < y.reference ? -1 : x.reference > y.reference ? 1 : 0;
	});
	rows.forEach((r, i) => {
		if (key(r) !== null) r.rank = i + 1;
	});

	const names = new Map(members.map((m) => [m.id, m.name || m.email]));
	const reviewers: RankingReviewer[] = (calibration?.reviewers ?? [])
		.map((r) => ({
			juryMemberId: r.id,
			name: names.get(r.id) ?? r.id,
			reviews: r.reviews,
			bias: r.bias,
			uncertainty: r.uncertainty,
			rawMean: r.rawMean
		}))
		.sort((x, y) => x.bias - y.bias || x.name.localeCompare(y.name, 'fr'));

	return {
		call: {
			id: call.id,
			programmeId: call.programmeId,
			title: call.title,
			slug: call.slug,
			shortlistTarget: call.shortlistTarget
		},
		sort,
		scale,
		criteria: grid.map((c) => ({ key: c.key, label: c.label, weight: c.weight, scale: c.scale })),
		rows,
		reviewers,
		shortlisted: rows.filter((r) => r.status === 'shortlisted').length,
		noiseSd: calibration ? calibration.model.noiseSd : null
	};
}
