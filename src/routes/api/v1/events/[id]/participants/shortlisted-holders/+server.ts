import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { addShortlistedHolders } from '#lib/server/events/participantWrite.ts';

export const POST: RequestHandler = route(
	operations.addShortlistedHolders,
	async ({ app, actor, params }) => addShortlistedHolders(app, actor, params.id)
);

export const fallback: RequestHandler = methodNotAllowed;
