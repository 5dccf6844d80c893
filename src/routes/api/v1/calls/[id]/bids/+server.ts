import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listBids } from '#lib/server/review/bidList.ts';
import { saveBids } from '#lib/server/review/bidSave.ts';

export const GET: RequestHandler = route(operations.listBids, async ({ app, actor, params }) => ({
	data: await listBids(app.db, actor, params.id)
}));

export const PUT: RequestHandler = route(
	operations.saveBids,
	async ({ app, actor, params, body }) => {
		const { bids, declared } = await saveBids(app, actor, params.id, body.bids);
		return { data: bids, declared };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
