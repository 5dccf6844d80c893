/**
 * The team's consolidation of the final selection: for each shortlisted project (and those already
 * retained or not retained), the first stage's calibrated score (the ranking's own computation,
 * `review/ranking.ts`), the pitch score, both on 0–100, the consolidated score with the call's
 * weighting, the regional opinions, whether the holders were told the decision; the retention
 * target. The programme team only (`NotFound` otherwise).
 */
import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { notifiedOfCurrent } from '../applications/decisionNotice.ts';
import type { Grid, Scale } from '../review/grid.ts';
import { mayReadJury } from '../review/policy.ts';
import { rankCall } from '../review/ranking.ts';
import {
	consolidatedScore,
	pitchSummary,
	reviewOn100,
	sortRows,
	type ConsolidationSort
} from './consolidation.ts';
import type { FinalSettings } from './pitchGrid.ts';
import { readPitchScores, type PitchScores } from './pitchMerge.ts';
import { finalistsOf, findFinalCall, pitchSheetsOf } from './queries.ts';

export type ConsolidationRow = {
	id: string;
	reference: string;
	title: string;
	status: string;
	/** The holders were told the current decision (retained, not retained). */
	notified: boolean;
	/** Position in the chosen order (1 = best), on the consolidated score; null without one. */
	rank: number | null;
	/** First stage: calibrated score on the evaluation grid's scale, and on 0–100. */
	calibrated: number | null;
	review: number | null;
	/** Pitch score on 0–100, the jurors who scored, means per criterion. */
	pitch: number | null;
	pitchJurors: number;
	pitchCriteria: { key: string; mean: number | null; count: number }[];
	consolidated: number | null;
	opinions: { partnerId: string; partnerName: string; recommendation: string }[];
};

export type Consolidation = {
	call: { id: string; programmeId: string; title: string; slug: string };
	settings: FinalSettings;
	sort: ConsolidationSort;
	reviewScale: Scale;
	pitchGrid: Grid;
	rows: ConsolidationRow[];
	counts: { shortlisted: number; retained: number; not_retained: number };
	/** Decided projects whose holders were not told yet. */
	toNotify: number;
};

export async function getConsolidation(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	opts: { sort?: ConsolidationSort } = {}
): Promise<Consolidation> {
	const call = await findFinalCall(db, callId);
	if (!call || !mayReadJury(actor, call.programmeId)) throw new NotFound();
	const sort = opts.sort ?? 'consolidated';
	const ranking = await rankCall(db, actor, call.id);
	const byId = new Map(ranking.rows.map((r) => [r.id, r]));
	const finalists = await finalistsOf(db, call.id);
	const sheets = new Map<string, PitchScores[]>();
	for (const s of await pitchSheetsOf(db, call.id)) {
		const list = sheets.get(s.applicationId) ?? [];
		list.push(readPitchScores(s.scores));
		sheets.set(s.applicationId, list);
	}
	const notified = await notifiedOfCurrent(
		db,
		finalists.filter((f) => f.status !== 'shortlisted').map((f) => f.id)
	);
	const counts = { shortlisted: 0, retained: 0, not_retained: 0 };
	let toNotify = 0;
	const rows: ConsolidationRow[] = finalists.map((f) => {
		const r = byId.get(f.id);
		const calibrated = r?.calibrated ?? null;
		const review = reviewOn100(calibrated, ranking.scale);
		const pitch = pitchSummary(call.pitchGrid, sheets.get(f.id) ?? []);
		const done = notified.has(f.id);
		counts[f.status as keyof typeof counts] += 1;
		if (f.status !== 'shortlisted' && !done) toNotify += 1;
		return {
			...f,
			notified: done,
			rank: null,
			calibrated,
			review,
			pitch: pitch.score,
			pitchJurors: pitch.jurors,
			pitchCriteria: pitch.criteria,
			consolidated: consolidatedScore(review, pitch.score, call.settings),
			opinions: r?.opinions ?? []
		};
	});
	const sorted = sortRows(rows, sort);
	sortRows(rows, 'consolidated').forEach((r, i) => {
		if (r.consolidated !== null) r.rank = i + 1;
	});
	return {
		call: { id: call.id, programmeId: call.programmeId, title: call.title, slug: call.slug },
		settings: call.settings,
		sort,
		reviewScale: ranking.scale,
		pitchGrid: call.pitchGrid,
		rows: sorted,
		counts,
		toNotify
	};
}
