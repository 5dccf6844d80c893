import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { declarePartner } from '#lib/server/sourcing/attribution.ts';

export const PUT: RequestHandler = route(
	operations.declareApplicationPartner,
	async ({ app, actor, params, body }) =>
		declarePartner(app, actor, { applicationId: params.id, partnerId: body.partnerId })
);

export const fallback: RequestHandler = methodNotAllowed;
