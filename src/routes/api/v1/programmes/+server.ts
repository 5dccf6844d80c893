import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { idPosition, pageRequest, toPage } from '#lib/server/api/pagination.ts';
import { Invalid } from '#lib/server/errors.ts';
import { createProgramme, listProgrammes } from '#lib/server/programmes/index.ts';

export const GET: RequestHandler = route(
	operations.listProgrammes,
	async ({ app, actor, query }) => {
		const page = pageRequest(query, idPosition);
		try {
			return toPage(await listProgrammes(app.db, actor, { after: page.after, limit: page.limit }));
		} catch (e) {
			// The programme the cursor points at is gone: the cursor is no longer valid.
			if (e instanceof Invalid && 'after' in e.fields) {
				throw new Invalid('api.error.cursor', { cursor: ['api.error.cursor'] });
			}
			throw e;
		}
	}
);

export const POST: RequestHandler = route(
	operations.createProgramme,
	async ({ app, actor, body, created }) => {
		const programme = await createProgramme(app, actor, body);
		return created(programme, `${API_BASE}/programmes/${programme.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
