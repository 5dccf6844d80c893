import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { idPosition, pageOf, pageRequest } from '#lib/server/api/pagination.ts';
import { listReferrals, sendReferral } from '#lib/server/sourcing/partners.ts';

export const GET: RequestHandler = route(
	operations.listReferrals,
	async ({ app, actor, params, query }) =>
		pageOf(await listReferrals(app.db, actor, params.id), pageRequest(query, idPosition))
);

export const POST: RequestHandler = route(
	operations.sendReferral,
	async ({ app, actor, params, body, created }) => {
		const referral = await sendReferral(app, actor, params.id, body);
		return created(referral, `${API_BASE}/prospects/${params.id}/referrals`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
