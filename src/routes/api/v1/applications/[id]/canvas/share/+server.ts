import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { shareCanvas } from '#lib/server/canvas/canvasShare.ts';

export const PUT: RequestHandler = route(
	operations.shareCanvas,
	async ({ app, actor, params, body }) => shareCanvas(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
