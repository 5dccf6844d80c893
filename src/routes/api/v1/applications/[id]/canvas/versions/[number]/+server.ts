import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getCanvasVersion } from '#lib/server/canvas/canvasVersionGet.ts';
import { versionJson } from '#lib/server/canvas/json.ts';

export const GET: RequestHandler = route(
	operations.getCanvasVersion,
	async ({ app, actor, params }) =>
		versionJson((await getCanvasVersion(app.db, actor, params.id, params.number)).version)
);

export const fallback: RequestHandler = methodNotAllowed;
