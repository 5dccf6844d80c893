import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { removeConflict } from '#lib/server/review/conflictRemove.ts';

export const DELETE: RequestHandler = route(
	operations.removeConflict,
	async ({ app, actor, params }) => removeConflict(app, actor, params.id, params.conflictId)
);

export const fallback: RequestHandler = methodNotAllowed;
