import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { idPosition, pageOf, pageRequest } from '#lib/server/api/pagination.ts';
import { createPartner, listPartners } from '#lib/server/sourcing/partners.ts';

export const GET: RequestHandler = route(
	operations.listPartners,
	async ({ app, actor, params, query }) =>
		pageOf(await listPartners(app.db, actor, params.id), pageRequest(query, idPosition))
);

export const POST: RequestHandler = route(
	operations.createPartner,
	async ({ app, actor, params, body, created }) => {
		const partner = await createPartner(app, actor, params.id, body);
		return created(partner, `${API_BASE}/partners/${partner.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
