import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { notifyDecisions } from '#lib/server/review/decisionNotify.ts';

export const POST: RequestHandler = route(
	operations.notifyDecisions,
	async ({ app, actor, params, body }) => notifyDecisions(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
