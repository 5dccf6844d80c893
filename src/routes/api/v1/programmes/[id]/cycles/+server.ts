import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { idPosition, pageOf, pageRequest } from '#lib/server/api/pagination.ts';
import { createCycle, getProgramme, listCycles } from '#lib/server/programmes/index.ts';

export const GET: RequestHandler = route(
	operations.listCycles,
	async ({ app, actor, params, query }) => {
		const page = pageRequest(query, idPosition);
		return pageOf(await listCycles(app.db, actor, params.id), page);
	}
);

export const POST: RequestHandler = route(
	operations.createCycle,
	async ({ app, actor, params, body, created }) => {
		const { id } = await getProgramme(app.db, actor, params.id);
		const cycle = await createCycle(app, actor, id, body);
		return created(cycle, `${API_BASE}/cycles/${cycle.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
