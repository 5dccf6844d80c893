/** The consolidation as a CSV or XLSX file: the columns of the team's table, in its order. */
import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { translator, type Locale } from '../../i18n/index.ts';
import {
	tableFile,
	type ApplicationExport,
	type Cell,
	type ExportFormat,
	type Table
} from '../applications/exportApplications.ts';
import { opinionsCell, statusCell, twoDecimals } from '../review/rankingExport.ts';
import type { ConsolidationSort } from './consolidation.ts';
import { getConsolidation, type Consolidation } from './consolidationRead.ts';
import { localize } from '../../i18n/localize.ts';

export function consolidationTable(c: Consolidation, locale: Locale): Table {
	const t = translator(locale);
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
			header: localize(k.label, locale)
		})),
		{ header: t('finalSelection.col.opinions'), width: 40 }
	];
	const rows: Cell[][] = c.rows.map((r) => [
		r.rank,
		r.reference,
		r.title,
		statusCell(r.status, t),
		twoDecimals(r.calibrated),
		twoDecimals(r.review),
		twoDecimals(r.pitch),
		r.pitchJurors,
		twoDecimals(r.consolidated),
		...r.pitchCriteria.map((k) => twoDecimals(k.mean)),
		opinionsCell(r.opinions, t)
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
	return tableFile(consolidationTable(c, opts.locale), {
		stem: `${t('finalSelection.export.filePrefix')}-${c.call.slug}`,
		sheetName: t('finalSelection.export.sheetName'),
		format: opts.format,
		locale: opts.locale,
		now: opts.now ?? new Date()
	});
}
