import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { idPosition, pageOf, pageRequest } from '#lib/server/api/pagination.ts';
import { createProspect, listProspects } from '#lib/server/sourcing/partners.ts';

export const GET: RequestHandler = route(
	operations.listProspects,
	async ({ app, actor, params, query }) => {
		const { limit: _limit, cursor: _cursor, ...filters } = query;
		const all = await listProspects(app.db, actor, params.id, filters);
		return pageOf(all, pageRequest(query, idPosition));
	}
);

export const POST: RequestHandler = route(
	operations.createProspect,
	async ({ app, actor, params, body, created }) => {
		const prospect = await createProspect(app, actor, params.id, body);
		return created(prospect, `${API_BASE}/prospects/${prospect.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
