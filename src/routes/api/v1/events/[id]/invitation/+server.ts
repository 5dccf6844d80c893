import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { mySession } from '#lib/server/events/reply.ts';
import { presentInvitation } from '#lib/server/events/present.ts';

export const GET: RequestHandler = route(
	operations.getMyEventInvitation,
	async ({ app, actor, params }) => presentInvitation(await mySession(app.db, actor, params.id))
);

export const fallback: RequestHandler = methodNotAllowed;
