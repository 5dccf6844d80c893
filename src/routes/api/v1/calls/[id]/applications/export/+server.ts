import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { exportApplications, screeningOptionsFromApi } from '#lib/server/applications/index.ts';
import { contentDisposition } from '#lib/server/storage/download.ts';

export const GET: RequestHandler = route(
	operations.exportCallApplications,
	async ({ app, actor, params, query, locale }) => {
		const { format, ...filters } = query;
		const file = await exportApplications(
			app.db,
			actor,
			params.id,
			screeningOptionsFromApi(filters),
			format,
			locale
		);
		return new Response(file.body as BodyInit, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': contentDisposition(file.filename),
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	}
);

export const fallback: RequestHandler = methodNotAllowed;
