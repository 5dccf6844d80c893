import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { addJury } from '#lib/server/events/participantWrite.ts';

export const POST: RequestHandler = route(operations.addEventJury, async ({ app, actor, params }) =>
	addJury(app, actor, params.id)
);

export const fallback: RequestHandler = methodNotAllowed;
