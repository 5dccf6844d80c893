import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { addSlot } from '#lib/server/events/slotWrite.ts';
import { presentSlot } from '#lib/server/events/present.ts';

export const POST: RequestHandler = route(
	operations.addEventSlot,
	async ({ app, actor, params, body, created }) => {
		const slot = await addSlot(app, actor, params.id, body);
		return created(presentSlot(slot), `/api/v1/events/${params.id}/slots/${slot.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
