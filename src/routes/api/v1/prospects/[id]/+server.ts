import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getProspect, updateProspect } from '#lib/server/sourcing/partners.ts';

export const GET: RequestHandler = route(operations.getProspect, async ({ app, actor, params }) =>
	getProspect(app.db, actor, params.id)
);

export const PATCH: RequestHandler = route(
	operations.updateProspect,
	async ({ app, actor, params, body }) => updateProspect(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
