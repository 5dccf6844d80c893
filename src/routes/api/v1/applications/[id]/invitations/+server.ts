import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { inviteCoholder } from '#lib/server/applications/index.ts';

export const POST: RequestHandler = route(
	operations.inviteCoholder,
	async ({ app, actor, params, body }) => inviteCoholder(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
