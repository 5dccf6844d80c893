import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { saveOrganisation } from '#lib/server/applications/index.ts';

export const PUT: RequestHandler = route(
	operations.saveApplicationOrganisation,
	async ({ app, actor, params, body }) => saveOrganisation(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
