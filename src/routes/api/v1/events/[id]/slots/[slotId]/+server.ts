import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { removeSlot, updateSlot } from '#lib/server/events/slotWrite.ts';
import { presentSlot } from '#lib/server/events/present.ts';

export const PUT: RequestHandler = route(
	operations.updateEventSlot,
	async ({ app, actor, params, body }) =>
		presentSlot(await updateSlot(app, actor, params.id, params.slotId, body))
);

export const DELETE: RequestHandler = route(
	operations.removeEventSlot,
	async ({ app, actor, params }) => {
		await removeSlot(app, actor, params.id, params.slotId);
		return { removed: true as const };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
