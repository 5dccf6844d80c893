import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listTerms } from '#lib/server/calls/index.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';

export const GET: RequestHandler = route(
	operations.listProgrammeTerms,
	async ({ app, actor, params }) => {
		// By id or by address, like the programme's own operations.
		const { id } = await getProgramme(app.db, actor, params.id);
		const lists = await listTerms(app.db, actor, id);
		// Named as the form's question kinds, like the path of the PUT.
		return { qvct_themes: lists.qvct_theme, typology: lists.typology };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
