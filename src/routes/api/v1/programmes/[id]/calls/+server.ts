import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { createCall } from '#lib/server/calls/index.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';

export const POST: RequestHandler = route(
	operations.createCall,
	async ({ app, actor, params, body, created }) => {
		// By id or by address, like the programme's own operations.
		const { id } = await getProgramme(app.db, actor, params.id);
		const call = await createCall(app, actor, id, body);
		return created(call, `${API_BASE}/calls/${call.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
