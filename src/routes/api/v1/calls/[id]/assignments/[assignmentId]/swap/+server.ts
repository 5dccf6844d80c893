import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { swapAssignment } from '#lib/server/review/assignSwap.ts';

export const POST: RequestHandler = route(
	operations.swapAssignment,
	async ({ app, actor, params, body }) =>
		swapAssignment(app, actor, params.id, params.assignmentId, body)
);

export const fallback: RequestHandler = methodNotAllowed;
