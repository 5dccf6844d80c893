/**
 * The cycle's funnel downloads (`export.csv`, `export.xlsx`): the team of the cycle's programme
 * only, under the cycle's own programme address (404 otherwise).
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireTeam } from '#lib/server/http/guards.ts';
import type { ExportFormat } from '#lib/server/applications/exportApplications.ts';
import { getCycle } from '#lib/server/programmes/index.ts';
import { exportFunnel } from '#lib/server/sourcing/funnelExport.ts';
import { funnelDownload } from '#lib/server/sourcing/funnelDownload.ts';
import { notFoundPage } from '../../../../notFound.ts';

type Event = Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string; cycleId: string } };

export async function exportResponse(event: Event, format: ExportFormat): Promise<Response> {
	const { locals, params } = event;
	requireTeam(event);
	const cycle = await notFoundPage(locals.t, () =>
		getCycle(locals.app.db, locals.actor, params.cycleId)
	);
	if (cycle.programmeId !== params.id) error(404, locals.t('error.notFound'));
	const actor = requireTeam(event, cycle.programmeId);
	const file = await notFoundPage(locals.t, () =>
		exportFunnel(locals.app.db, actor, { kind: 'cycle', id: cycle.id }, format, locals.locale)
	);
	return funnelDownload(file);
}
