import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getFunnel } from '#lib/server/sourcing/funnel.ts';

export const GET: RequestHandler = route(operations.getCallFunnel, async ({ app, actor, params }) =>
	getFunnel(app.db, actor, { kind: 'call', id: params.id })
);

export const fallback: RequestHandler = methodNotAllowed;
