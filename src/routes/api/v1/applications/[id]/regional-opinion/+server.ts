import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { saveRegionalOpinion } from '#lib/server/sourcing/opinionSave.ts';

export const PUT: RequestHandler = route(
	operations.saveRegionalOpinion,
	async ({ app, actor, params, body }) =>
		saveRegionalOpinion(app, actor, { ...body, applicationId: params.id })
);

export const fallback: RequestHandler = methodNotAllowed;
