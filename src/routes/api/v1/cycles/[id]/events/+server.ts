import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { listCycleEvents } from '#lib/server/events/eventRead.ts';
import { createEvent } from '#lib/server/events/eventWrite.ts';
import { presentEvent, presentSummary } from '#lib/server/events/present.ts';

export const GET: RequestHandler = route(
	operations.listCycleEvents,
	async ({ app, actor, params }) => {
		const { events } = await listCycleEvents(app.db, actor, params.id);
		return { items: events.map(presentSummary) };
	}
);

export const POST: RequestHandler = route(
	operations.createEvent,
	async ({ app, actor, params, body, created }) => {
		const event = await createEvent(app, actor, params.id, body);
		return created(presentEvent(event), `/api/v1/events/${event.id}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
