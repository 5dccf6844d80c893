import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getJurySetup } from '#lib/server/review/gridRead.ts';
import { saveGrid } from '#lib/server/review/gridSave.ts';

export const GET: RequestHandler = route(operations.getCallGrid, async ({ app, actor, params }) =>
	getJurySetup(app.db, actor, params.id)
);

export const PUT: RequestHandler = route(
	operations.saveCallGrid,
	async ({ app, actor, params, body }) => saveGrid(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
