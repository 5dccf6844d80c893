import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { submitReview } from '#lib/server/review/reviewSubmit.ts';

export const POST: RequestHandler = route(
	operations.submitReview,
	async ({ app, actor, params, body }) => submitReview(app, actor, params.assignmentId, body)
);

export const fallback: RequestHandler = methodNotAllowed;
