/**
 * The ranking's downloads (`export.csv`, `export.xlsx`): the team of the call's programme only,
 * under the call's own programme address (404 otherwise), in the page's order.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireTeam } from '#lib/server/http/guards.ts';
import type { ExportFormat } from '#lib/server/applications/exportApplications.ts';
import { rankingCall } from '#lib/server/review/rankingQueries.ts';
import { exportRanking } from '#lib/server/review/rankingExport.ts';
import { funnelDownload } from '#lib/server/sourcing/funnelDownload.ts';
import { sortFromQuery } from './sortParam.ts';
import { notFoundPage } from '../../../../notFound.ts';

type Event = Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string; callId: string } };

export async function exportResponse(event: Event, format: ExportFormat): Promise<Response> {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const file = await notFoundPage(locals.t, async () => {
		const call = await rankingCall(locals.app.db, params.callId);
		if (call.programmeId !== params.id) error(404, locals.t('error.notFound'));
		return exportRanking(locals.app.db, actor, call.id, {
			sort: sortFromQuery(url.searchParams),
			format,
			locale: locals.locale
		});
	});
	return funnelDownload(file);
}
