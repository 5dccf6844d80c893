import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { removePartnerMember } from '#lib/server/sourcing/partners.ts';

export const DELETE: RequestHandler = route(
	operations.removePartnerMember,
	async ({ app, actor, params }) => ({
		data: await removePartnerMember(app, actor, params.id, params.userId)
	})
);

export const fallback: RequestHandler = methodNotAllowed;
