import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { saveFinalSettings } from '#lib/server/finalSelection/setup.ts';

export const PUT: RequestHandler = route(
	operations.saveFinalSettings,
	async ({ app, actor, params, body }) => saveFinalSettings(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
