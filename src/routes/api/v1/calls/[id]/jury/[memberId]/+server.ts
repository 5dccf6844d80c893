import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { removeJuryMember, updateJuryMember } from '#lib/server/review/juryMembers.ts';

export const PATCH: RequestHandler = route(
	operations.updateJuryMember,
	async ({ app, actor, params, body }) =>
		updateJuryMember(app, actor, params.id, params.memberId, body)
);

export const DELETE: RequestHandler = route(
	operations.removeJuryMember,
	async ({ app, actor, params }) => removeJuryMember(app, actor, params.id, params.memberId)
);

export const fallback: RequestHandler = methodNotAllowed;
