import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getJurySetup } from '#lib/server/review/gridRead.ts';
import { saveReviewSettings } from '#lib/server/review/gridSettingsSave.ts';

export const GET: RequestHandler = route(
	operations.getReviewSettings,
	async ({ app, actor, params }) => (await getJurySetup(app.db, actor, params.id)).settings
);

export const PATCH: RequestHandler = route(
	operations.updateReviewSettings,
	async ({ app, actor, params, body }) =>
		(await saveReviewSettings(app, actor, params.id, body)).settings
);

export const fallback: RequestHandler = methodNotAllowed;
