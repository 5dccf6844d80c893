import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listMyReviews } from '#lib/server/review/reviewList.ts';

export const GET: RequestHandler = route(
	operations.listMyReviews,
	async ({ app, actor, params }) => {
		const { call, items, counts } = await listMyReviews(app.db, actor, params.id);
		return { call, data: items, counts };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
