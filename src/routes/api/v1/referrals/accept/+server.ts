import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { startReferredApplication } from '#lib/server/sourcing/referralLink.ts';

export const POST: RequestHandler = route(
	operations.acceptReferral,
	async ({ app, actor, body }) => {
		const { outcome, application } = await startReferredApplication(app, actor, body);
		return { outcome, application };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
