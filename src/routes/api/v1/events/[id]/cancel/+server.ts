import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { cancelEvent } from '#lib/server/events/eventWrite.ts';
import { presentEvent } from '#lib/server/events/present.ts';

export const POST: RequestHandler = route(
	operations.cancelEvent,
	async ({ app, actor, params }) => {
		const r = await cancelEvent(app, actor, params.id);
		return { event: presentEvent(r.event), emails: r.emails };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
