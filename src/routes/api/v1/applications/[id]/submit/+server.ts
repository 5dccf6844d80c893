import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { submitApplication } from '#lib/server/applications/index.ts';

export const POST: RequestHandler = route(
	operations.submitApplication,
	async ({ app, actor, params }) => submitApplication(app, actor, params.id)
);

export const fallback: RequestHandler = methodNotAllowed;
