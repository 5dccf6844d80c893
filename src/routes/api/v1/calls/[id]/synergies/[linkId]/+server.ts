import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { removeSynergyLink } from '#lib/server/synergy/synergyDecide.ts';

export const DELETE: RequestHandler = route(
	operations.removeSynergyLink,
	async ({ app, actor, params }) => {
		await removeSynergyLink(app, actor, params.id, params.linkId);
		return { id: params.linkId };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
