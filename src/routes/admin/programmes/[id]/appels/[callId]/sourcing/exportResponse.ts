/**
 * The call's funnel downloads (`export.csv`, `export.xlsx`): the team of the call's programme only,
 * under the call's own programme address (404 otherwise).
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireTeam } from '#lib/server/http/guards.ts';
import type { ExportFormat } from '#lib/server/applications/exportApplications.ts';
import { getCall } from '#lib/server/calls/index.ts';
import { exportFunnel } from '#lib/server/sourcing/funnelExport.ts';
import { funnelDownload } from '#lib/server/sourcing/funnelDownload.ts';
import { notFoundPage } from '../../../../notFound.ts';

type Event = Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string; callId: string } };

export async function exportResponse(event: Event, format: ExportFormat): Promise<Response> {
	const { locals, params } = event;
	requireTeam(event);
	const call = await notFoundPage(locals.t, () =>
		getCall(locals.app.db, locals.actor, params.callId)
	);
	if (call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	const actor = requireTeam(event, call.programmeId);
	const file = await notFoundPage(locals.t, () =>
		exportFunnel(locals.app.db, actor, { kind: 'call', id: call.id }, format, locals.locale)
	);
	return funnelDownload(file);
}
