import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { replyAsParticipant } from '#lib/server/events/reply.ts';
import { presentInvitation } from '#lib/server/events/present.ts';

export const POST: RequestHandler = route(
	operations.replyToEvent,
	async ({ app, actor, params, body }) =>
		presentInvitation(await replyAsParticipant(app, actor, params.id, body))
);

export const fallback: RequestHandler = methodNotAllowed;
