import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getProgramme, updateProgramme } from '#lib/server/programmes/index.ts';

export const GET: RequestHandler = route(operations.getProgramme, async ({ app, actor, params }) =>
	getProgramme(app.db, actor, params.id)
);

export const PATCH: RequestHandler = route(
	operations.updateProgramme,
	async ({ app, actor, params, body }) => {
		// By id or by address, like the GET.
		const { id } = await getProgramme(app.db, actor, params.id);
		return updateProgramme(app, actor, id, body);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
