import type { RequestHandler } from './$types';
import { errorResponse } from '#lib/server/api/http.ts';

/** Any address under /api that no operation serves: a JSON 404, not the HTML error page. */
export const fallback: RequestHandler = async ({ request, url, locals }) =>
	errorResponse(
		404,
		'not_found',
		locals.t('api.error.routeNotFound', { method: request.method, path: url.pathname })
	);
