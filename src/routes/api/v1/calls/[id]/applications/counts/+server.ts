import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import {
	countScreenedApplications,
	screeningOptionsFromApi
} from '#lib/server/applications/index.ts';

export const GET: RequestHandler = route(
	operations.countCallApplications,
	async ({ app, actor, params, query }) =>
		countScreenedApplications(app.db, actor, params.id, screeningOptionsFromApi(query))
);

export const fallback: RequestHandler = methodNotAllowed;
