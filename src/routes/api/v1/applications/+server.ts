import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { idPosition, pageRequest, toPage } from '#lib/server/api/pagination.ts';
import { Invalid } from '#lib/server/errors.ts';
import { listApplications } from '#lib/server/applications/index.ts';

export const GET: RequestHandler = route(
	operations.listApplications,
	async ({ app, actor, query }) => {
		const page = pageRequest(query, idPosition);
		try {
			return toPage(
				await listApplications(app.db, actor, {
					call: query.call,
					status: query.status,
					region: query.region,
					type: query.type,
					q: query.q,
					typology: query.typology,
					theme: query.theme,
					flagged: query.flagged === undefined ? undefined : query.flagged === 'true',
					after: page.after,
					limit: page.limit
				})
			);
		} catch (e) {
			// The application the cursor points at is gone (or hidden): the cursor is no longer valid.
			if (e instanceof Invalid && 'after' in e.fields) {
				throw new Invalid('api.error.cursor', { cursor: ['api.error.cursor'] });
			}
			throw e;
		}
	}
);

export const fallback: RequestHandler = methodNotAllowed;
