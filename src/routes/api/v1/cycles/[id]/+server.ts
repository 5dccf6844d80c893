import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getCycle, updateCycle } from '#lib/server/programmes/index.ts';

export const GET: RequestHandler = route(operations.getCycle, async ({ app, actor, params }) =>
	getCycle(app.db, actor, params.id)
);

export const PATCH: RequestHandler = route(
	operations.updateCycle,
	async ({ app, actor, params, body }) => updateCycle(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
