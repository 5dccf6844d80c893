import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getApplication, saveDraft } from '#lib/server/applications/index.ts';

export const GET: RequestHandler = route(
	operations.getApplication,
	async ({ app, actor, params }) => getApplication(app.db, actor, params.id)
);

export const PATCH: RequestHandler = route(
	operations.updateApplication,
	async ({ app, actor, params, body }) => saveDraft(app, actor, params.id, body, { merge: true })
);

export const fallback: RequestHandler = methodNotAllowed;
