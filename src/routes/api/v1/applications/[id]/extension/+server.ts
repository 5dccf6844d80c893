import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { grantExtension } from '#lib/server/applications/index.ts';

export const POST: RequestHandler = route(
	operations.grantExtension,
	async ({ app, actor, params, body }) => grantExtension(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
