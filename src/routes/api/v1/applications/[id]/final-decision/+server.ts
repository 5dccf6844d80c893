import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { takeFinalDecision } from '#lib/server/finalSelection/decisions.ts';

export const POST: RequestHandler = route(
	operations.decideFinal,
	async ({ app, actor, params, body }) => takeFinalDecision(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
