/**
 * The funnel of a call or a cycle as a file: CSV (`;`, UTF-8 with BOM) or XLSX, the same rows as
 * the dashboards' tables (decision 013). Whoever reads the funnel may export it, with the same
 * view: a partner's file holds its regions and the national totals only.
 */
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { translator, type Locale } from '../../i18n/index.ts';
import { toParisDateInput } from '../../i18n/format.ts';
import {
	EXPORT_CONTENT_TYPES,
	writeCsv,
	writeXlsx,
	type ApplicationExport,
	type ExportFormat
} from '../applications/exportApplications.ts';
import { slugify } from '../programmes/schemas.ts';
import { getFunnel, type FunnelRequest } from './funnel.ts';
import { funnelTable } from './funnelTable.ts';

export async function exportFunnel(
	db: DbOrTx,
	actor: Actor,
	request: FunnelRequest,
	format: ExportFormat,
	locale: Locale,
	now: Date = new Date()
): Promise<ApplicationExport> {
	const funnel = await getFunnel(db, actor, request);
	const t = translator(locale);
	const table = funnelTable(funnel, locale);
	const name =
		funnel.target.kind === 'call' ? funnel.target.slug : slugify(funnel.target.name) || 'promotion';
	const scope = funnel.audience === 'partner' ? `-${funnel.regions.join('-')}` : '';
	return {
		filename: `${t('funnel.export.filePrefix')}-${name}${scope}-${toParisDateInput(now)}.${format}`,
		contentType: EXPORT_CONTENT_TYPES[format],
		body:
			format === 'csv'
				? writeCsv(table, locale)
				: await writeXlsx(table, t('funnel.export.sheetName'))
	};
}
