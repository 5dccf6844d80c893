import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { exportFunnel } from '#lib/server/sourcing/funnelExport.ts';
import { funnelDownload } from '#lib/server/sourcing/funnelDownload.ts';

export const GET: RequestHandler = route(
	operations.exportCycleFunnel,
	async ({ app, actor, params, query, locale }) =>
		funnelDownload(
			await exportFunnel(app.db, actor, { kind: 'cycle', id: params.id }, query.format, locale)
		)
);

export const fallback: RequestHandler = methodNotAllowed;
