/**
 * The ranking as a CSV (decision 013) or XLSX file: the columns of the team's table, in its order
 * (rank, reference, title, status, calibrated score ± uncertainty, raw mean, disagreement, range,
 * « à discuter », reviews, one column per criterion, regional opinions). Numbers are numbers
 * (two decimals), labels translated.
 */
import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { translator, type Locale, type MessageKey } from '../../i18n/index.ts';
import { toParisDateInput } from '../../i18n/format.ts';
import {
	EXPORT_CONTENT_TYPES,
	writeCsv,
	writeXlsx,
	type ApplicationExport,
	type Cell,
	type ExportFormat,
	type Table
} from '../applications/exportApplications.ts';
import { STATUS_LABEL_KEYS } from '../applications/status.ts';
import { RECOMMENDATION_LABEL_KEYS } from '../sourcing/opinionSchemas.ts';
import { rankCall, type Ranking, type RankingSort } from './ranking.ts';

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

const two = (n: number | null): Cell => (n === null ? null : Math.round(n * 100) / 100);

export function rankingTable(ranking: Ranking, locale: Locale): Table {
	const t = translator(locale);
	const label = (key: MessageKey | null, raw: string) => (key ? t(key) : raw);
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
			header: locale === 'en' && c.label.en ? c.label.en : c.label.fr
		})),
		{ header: t('ranking.col.opinions'), width: 40 }
	];
	const rows: Cell[][] = ranking.rows.map((r) => [
		r.rank,
		r.reference,
		r.title,
		label(statusLabelKey(r.status), r.status),
		two(r.calibrated),
		two(r.uncertainty),
		two(r.rawMean),
		two(r.disagreement),
		two(r.range),
		r.discuss ? t('ranking.discuss') : '',
		r.reviews,
		r.assigned,
		...r.criteria.map((c) => two(c.mean)),
		r.opinions
			.map(
				(o) =>
					`${o.partnerName} : ${label(recommendationLabelKey(o.recommendation), o.recommendation)}`
			)
			.join(' ; ')
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
	const table = rankingTable(ranking, opts.locale);
	const date = toParisDateInput(opts.now ?? new Date());
	return {
		filename: `${t('ranking.export.filePrefix')}-${ranking.call.slug}-${date}.${opts.format}`,
		contentType: EXPORT_CONTENT_TYPES[opts.format],
		body:
			opts.format === 'csv'
				? writeCsv(table, opts.locale)
				: await writeXlsx(table, t('ranking.export.sheetName'))
	};
}
