import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getMyPitch, savePitchScores } from '#lib/server/finalSelection/pitchScoring.ts';

export const GET: RequestHandler = route(
	operations.getMyPitchScores,
	async ({ app, actor, params }) => getMyPitch(app.db, actor, params.id)
);

export const PUT: RequestHandler = route(
	operations.saveMyPitchScores,
	async ({ app, actor, params, body }) => savePitchScores(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
