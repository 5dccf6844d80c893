import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listRegionalOpinions } from '#lib/server/sourcing/opinionList.ts';

export const GET: RequestHandler = route(
	operations.listRegionalOpinions,
	async ({ app, actor, params }) => {
		const { opinions, writableAs } = await listRegionalOpinions(app.db, actor, params.id);
		return { data: opinions, writableAs };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
