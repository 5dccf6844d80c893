import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getPartner, updatePartner } from '#lib/server/sourcing/partners.ts';

export const GET: RequestHandler = route(operations.getPartner, async ({ app, actor, params }) =>
	getPartner(app.db, actor, params.id)
);

export const PATCH: RequestHandler = route(
	operations.updatePartner,
	async ({ app, actor, params, body }) => updatePartner(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
