/** The consolidation as a CSV or XLSX file: the columns of the team's table, in its order. */
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
import { recommendationLabelKey, statusLabelKey } from '../review/rankingExport.ts';
import type { ConsolidationSort } from './consolidation.ts';
import { getConsolidation, type Consolidation } from './consolidationRead.ts';

const two = (n: number | null): Cell => (n === null ? null : Math.round(n * 100) / 100);

export function consolidationTable(c: Consolidation, locale: Locale): Table {
	const t = translator(locale);
	const label = (key: MessageKey | null, raw: string) => (key ? t(key) : raw);
	const columns = [
		{ header: t('finalSelection.col.rank'), width: 8 },
		{ header: t('finalSelection.col.reference'), width: 16 },
		{ header: t('finalSelection.col.title'), width: 40 },
		{ header: t('finalSelection.col.status'), width: 18 },
		{ header: t('finalSelection.col.calibrated') },
		{ header: t('finalSelection.col.review') },
		{ header: t('finalSelection.col.pitch') },
		{ header: t('finalSelection.col.pitchJurors') },
		{ header: t('finalSelection.col.consolidated') },
		...c.pitchGrid.map((k) => ({
			header: locale === 'en' && k.label.en ? k.label.en : k.label.fr
		})),
		{ header: t('finalSelection.col.opinions'), width: 40 }
	];
	const rows: Cell[][] = c.rows.map((r) => [
		r.rank,
		r.reference,
		r.title,
		label(statusLabelKey(r.status), r.status),
		two(r.calibrated),
		two(r.review),
		two(r.pitch),
		r.pitchJurors,
		two(r.consolidated),
		...r.pitchCriteria.map((k) => two(k.mean)),
		r.opinions
			.map(
				(o) =>
					`${o.partnerName} : ${label(recommendationLabelKey(o.recommendation), o.recommendation)}`
			)
			.join(' ; ')
	]);
	return { columns, rows };
}

export async function exportConsolidation(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	opts: { sort?: ConsolidationSort; format: ExportFormat; locale: Locale; now?: Date }
): Promise<ApplicationExport> {
	const c = await getConsolidation(db, actor, callId, { sort: opts.sort });
	const t = translator(opts.locale);
	const table = consolidationTable(c, opts.locale);
	const date = toParisDateInput(opts.now ?? new Date());
	return {
		filename: `${t('finalSelection.export.filePrefix')}-${c.call.slug}-${date}.${opts.format}`,
		contentType: EXPORT_CONTENT_TYPES[opts.format],
		body:
			opts.format === 'csv'
				? writeCsv(table, opts.locale)
				: await writeXlsx(table, t('finalSelection.export.sheetName'))
	};
}
