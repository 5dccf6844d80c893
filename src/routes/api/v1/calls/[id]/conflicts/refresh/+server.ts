import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { refreshAutomaticConflicts } from '#lib/server/review/conflictRefresh.ts';

export const POST: RequestHandler = route(
	operations.refreshConflicts,
	async ({ app, actor, params }) => refreshAutomaticConflicts(app, actor, params.id)
);

export const fallback: RequestHandler = methodNotAllowed;
