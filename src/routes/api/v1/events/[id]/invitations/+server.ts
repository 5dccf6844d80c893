import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { sendInvitations } from '#lib/server/events/invitationSend.ts';

export const POST: RequestHandler = route(
	operations.sendEventInvitations,
	async ({ app, actor, params, body }) => sendInvitations(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
