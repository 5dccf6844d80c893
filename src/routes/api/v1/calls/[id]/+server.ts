import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getCall, getCurrentForm, updateCall } from '#lib/server/calls/index.ts';

export const GET: RequestHandler = route(operations.getCall, async ({ app, actor, params }) => {
	const call = await getCall(app.db, actor, params.id);
	const { form } = await getCurrentForm(app.db, actor, call.id);
	return { ...call, form };
});

export const PATCH: RequestHandler = route(
	operations.updateCall,
	async ({ app, actor, params, body }) => updateCall(app, actor, params.id, body)
);

export const fallback: RequestHandler = methodNotAllowed;
