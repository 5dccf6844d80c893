/**
 * The funnel of a call or a cycle as a file: CSV (`;`, UTF-8 with BOM) or XLSX, the same rows as
 * the dashboards' tables (decision 013). Whoever reads the funnel may export it, with the same
 * view: a partner's file holds its regions and the national totals only.
 */
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { translator, type Locale } from '../../i18n/index.ts';
import {
	tableFile,
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
	const name =
		funnel.target.kind === 'call' ? funnel.target.slug : slugify(funnel.target.name) || 'promotion';
	const scope = funnel.audience === 'partner' ? `-${funnel.regions.join('-')}` : '';
	return tableFile(funnelTable(funnel, locale), {
		stem: `${t('funnel.export.filePrefix')}-${name}${scope}`,
		sheetName: t('funnel.export.sheetName'),
		format,
		locale,
		now
	});
}
