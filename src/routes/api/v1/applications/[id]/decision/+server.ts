import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { takeDecision } from '#lib/server/review/decisionTake.ts';

export const POST: RequestHandler = route(
	operations.decideApplication,
	async ({ app, actor, params, body }) => takeDecision(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
