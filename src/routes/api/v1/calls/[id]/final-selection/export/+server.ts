import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { exportConsolidation } from '#lib/server/finalSelection/consolidationExport.ts';
import { funnelDownload } from '#lib/server/sourcing/funnelDownload.ts';

export const GET: RequestHandler = route(
	operations.exportFinalConsolidation,
	async ({ app, actor, params, query, locale }) =>
		funnelDownload(
			await exportConsolidation(app.db, actor, params.id, {
				sort: query.sort,
				format: query.format,
				locale
			})
		)
);

export const fallback: RequestHandler = methodNotAllowed;
