import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { startApplication } from '#lib/server/applications/index.ts';

export const POST: RequestHandler = route(
	operations.createApplication,
	async ({ app, actor, params, body, created }) => {
		const draft = await startApplication(app, actor, params.id, body);
		return created(draft, `${API_BASE}/applications/${draft.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
