import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { saveCallForm } from '#lib/server/calls/index.ts';

export const PUT: RequestHandler = route(
	operations.saveCallForm,
	async ({ app, actor, params, body }) => saveCallForm(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
