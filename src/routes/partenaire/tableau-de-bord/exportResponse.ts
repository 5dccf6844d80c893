/**
 * The partner's funnel downloads (`export.csv?appel=…`, `export.xlsx?appel=…`): its regions and the
 * national totals, as its dashboard shows them; 404 for anybody who may not read that funnel.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from '#lib/server/http/guards.ts';
import type { ExportFormat } from '#lib/server/applications/exportApplications.ts';
import { exportFunnel } from '#lib/server/sourcing/funnelExport.ts';
import { funnelDownload } from '#lib/server/sourcing/funnelDownload.ts';
import { notFoundPage } from '../../admin/programmes/notFound.ts';

export async function exportResponse(
	event: Pick<RequestEvent, 'locals' | 'url'>,
	format: ExportFormat
): Promise<Response> {
	const { locals, url } = event;
	const actor = requireUser(event);
	const callId = url.searchParams.get('appel');
	if (!callId) error(404, locals.t('error.notFound'));
	const file = await notFoundPage(locals.t, () =>
		exportFunnel(locals.app.db, actor, { kind: 'call', id: callId }, format, locals.locale)
	);
	return funnelDownload(file);
}
