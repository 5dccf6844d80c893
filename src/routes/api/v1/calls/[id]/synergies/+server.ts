import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listSynergies } from '#lib/server/synergy/synergyList.ts';
import { decideSynergy } from '#lib/server/synergy/synergyDecide.ts';

export const GET: RequestHandler = route(operations.listSynergies, async ({ app, actor, params }) =>
	listSynergies(app.db, actor, params.id)
);

export const POST: RequestHandler = route(
	operations.decideSynergy,
	async ({ app, actor, params, body }) => decideSynergy(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
