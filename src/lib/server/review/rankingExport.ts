/**
 * The ranking as a CSV (decision 013) or XLSX file: the columns of the team's table, in its order
 * (rank, reference, title, status, calibrated score ± uncertainty, raw mean, disagreement, range,
 * « à discuter », reviews, one column per criterion, regional opinions). Numbers are numbers
 * (two decimals), labels translated.
 */
import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { translator, type Locale, type MessageKey, type Translate } from '../../i18n/index.ts';
import {
	tableFile,
	type ApplicationExport,
	type Cell,
	type ExportFormat,
	type Table
} from '../applications/exportApplications.ts';
import { STATUS_LABEL_KEYS } from '../applications/status.ts';
import { RECOMMENDATION_LABEL_KEYS } from '../sourcing/opinionSchemas.ts';
import { rankCall, type Ranking, type RankingSort } from './ranking.ts';
import { localize } from '../../i18n/localize.ts';

/** The message key of a status's label, or null for a status without one. */
export function statusLabelKey(status: string): MessageKey | null {
	const keys = STATUS_LABEL_KEYS as Record<string, string>;
	return Object.hasOwn(keys, status) ? (keys[status] as MessageKey) : null;
}

/** The message key of a recommendation's label, or null for an unknown one. */
export function recommendationLabelKey(recommendation: string): MessageKey | null {
	const keys = RECOMMENDATION_LABEL_KEYS as Record<string, string>;
	return Object.hasOwn(keys, recommendation) ? (keys[recommendation] as MessageKey) : null;
}

/** A score as a cell: rounded to two decimals. */
export const twoDecimals = (n: number | null): Cell =>
	n === null ? null : Math.round(n * 100) / 100;

/** A status as a cell: its translated label (the raw status for one without a label). */
export function statusCell(status: string, t: Translate): Cell {
	const key = statusLabelKey(status);
	return key ? t(key) : status;
}

/** The regional opinions as one cell: « Partner : recommendation ; … », labels translated. */
export function opinionsCell(
	opinions: readonly { partnerName: string; recommendation: string }[],
	t: Translate
): Cell {
	return opinions
		.map((o) => {
			const key = recommendationLabelKey(o.recommendation);
			return `${o.partnerName} : ${key ? t(key) : o.recommendation}`;
		})
		.join(' ; ');
}

export function rankingTable(ranking: Ranking, locale: Locale): Table {
	const t = translator(locale);
	const columns = [
		{ header: t('ranking.col.rank'), width: 8 },
		{ header: t('ranking.col.reference'), width: 16 },
		{ header: t('ranking.col.title'), width: 40 },
		{ header: t('ranking.col.status'), width: 18 },
		{ header: t('ranking.col.calibrated') },
		{ header: t('ranking.col.uncertainty') },
		{ header: t('ranking.col.raw') },
		{ header: t('ranking.col.disagreement') },
		{ header: t('ranking.col.range') },
		{ header: t('ranking.col.discuss') },
		{ header: t('ranking.col.submitted') },
		{ header: t('ranking.col.assigned') },
		...ranking.criteria.map((c) => ({
			header: localize(c.label, locale)
		})),
		{ header: t('ranking.col.opinions'), width: 40 }
	];
	const rows: Cell[][] = ranking.rows.map((r) => [
		r.rank,
		r.reference,
		r.title,
		statusCell(r.status, t),
		twoDecimals(r.calibrated),
		twoDecimals(r.uncertainty),
		twoDecimals(r.rawMean),
		twoDecimals(r.disagreement),
		twoDecimals(r.range),
		r.discuss ? t('ranking.discuss') : '',
		r.reviews,
		r.assigned,
		...r.criteria.map((c) => twoDecimals(c.mean)),
		opinionsCell(r.opinions, t)
	]);
	return { columns, rows };
}

/** The ranking of the call as a file. The programme team only (`NotFound` otherwise). */
export async function exportRanking(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	opts: { sort?: RankingSort; format: ExportFormat; locale: Locale; now?: Date }
): Promise<ApplicationExport> {
	const ranking = await rankCall(db, actor, callId, { sort: opts.sort });
	const t = translator(opts.locale);
	return tableFile(rankingTable(ranking, opts.locale), {
		stem: `${t('ranking.export.filePrefix')}-${ranking.call.slug}`,
		sheetName: t('ranking.export.sheetName'),
		format: opts.format,
		locale: opts.locale,
		now: opts.now ?? new Date()
	});
}
