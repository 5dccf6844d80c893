import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { changeCallStatus } from '#lib/server/calls/index.ts';

export const POST: RequestHandler = route(
	operations.changeCallStatus,
	async ({ app, actor, params, body }) => changeCallStatus(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
