import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { applyAssignment } from '#lib/server/review/assignApply.ts';

export const POST: RequestHandler = route(
	operations.applyAssignment,
	async ({ app, actor, params, body }) => applyAssignment(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
