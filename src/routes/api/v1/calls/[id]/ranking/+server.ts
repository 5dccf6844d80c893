import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { rankCall } from '#lib/server/review/ranking.ts';

export const GET: RequestHandler = route(
	operations.getCallRanking,
	async ({ app, actor, params, query }) => rankCall(app.db, actor, params.id, { sort: query.sort })
);

export const fallback: RequestHandler = methodNotAllowed;
