import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getConsolidation } from '#lib/server/finalSelection/consolidationRead.ts';

export const GET: RequestHandler = route(
	operations.getFinalConsolidation,
	async ({ app, actor, params, query }) =>
		getConsolidation(app.db, actor, params.id, { sort: query.sort })
);

export const fallback: RequestHandler = methodNotAllowed;
