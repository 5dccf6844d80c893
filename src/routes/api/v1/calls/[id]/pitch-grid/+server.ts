import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getPitchSetup, savePitchGrid } from '#lib/server/finalSelection/setup.ts';

export const GET: RequestHandler = route(operations.getPitchSetup, async ({ app, actor, params }) =>
	getPitchSetup(app.db, actor, params.id)
);

export const PUT: RequestHandler = route(
	operations.savePitchGrid,
	async ({ app, actor, params, body }) => savePitchGrid(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
