import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { notifyFinalDecisions } from '#lib/server/finalSelection/decisions.ts';

export const POST: RequestHandler = route(
	operations.notifyFinalDecisions,
	async ({ app, actor, params, body }) => notifyFinalDecisions(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
