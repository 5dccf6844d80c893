import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listConflicts } from '#lib/server/review/conflictList.ts';
import { addConflict } from '#lib/server/review/conflictAdd.ts';

export const GET: RequestHandler = route(
	operations.listConflicts,
	async ({ app, actor, params }) => ({
		data: await listConflicts(app.db, actor, params.id)
	})
);

export const POST: RequestHandler = route(
	operations.addConflict,
	async ({ app, actor, params, body, created }) => {
		const conflict = await addConflict(app, actor, params.id, body);
		return created(conflict, `/api/v1/calls/${params.id}/conflicts/${conflict.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
