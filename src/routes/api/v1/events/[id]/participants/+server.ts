import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { addParticipants } from '#lib/server/events/participantWrite.ts';

export const POST: RequestHandler = route(
	operations.addEventParticipants,
	async ({ app, actor, params, body }) => addParticipants(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
