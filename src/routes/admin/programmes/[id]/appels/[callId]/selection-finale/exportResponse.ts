/**
 * The consolidation's downloads (`export.csv`, `export.xlsx`): the team of the call's programme
 * only, under the call's own programme address (404 otherwise), in the page's order.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireTeam } from '#lib/server/http/guards.ts';
import type { ExportFormat } from '#lib/server/applications/exportApplications.ts';
import { parseConsolidationSort } from '#lib/server/finalSelection/consolidation.ts';
import { exportConsolidation } from '#lib/server/finalSelection/consolidationExport.ts';
import { findFinalCall } from '#lib/server/finalSelection/queries.ts';
import { funnelDownload } from '#lib/server/sourcing/funnelDownload.ts';
import { notFoundPage } from '../../../../notFound.ts';

type Event = Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string; callId: string } };

export async function exportResponse(event: Event, format: ExportFormat): Promise<Response> {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const call = await findFinalCall(locals.app.db, params.callId);
	if (!call || call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	const file = await notFoundPage(locals.t, () =>
		exportConsolidation(locals.app.db, actor, call.id, {
			sort: parseConsolidationSort(url.searchParams.get('tri')),
			format,
			locale: locals.locale
		})
	);
	return funnelDownload(file);
}
