import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getEventForTeam } from '#lib/server/events/eventRead.ts';
import { updateEvent } from '#lib/server/events/eventWrite.ts';
import { presentEvent, presentTeamEvent } from '#lib/server/events/present.ts';

export const GET: RequestHandler = route(operations.getEvent, async ({ app, actor, params }) =>
	presentTeamEvent(await getEventForTeam(app.db, actor, params.id))
);

export const PATCH: RequestHandler = route(
	operations.updateEvent,
	async ({ app, actor, params, body }) => {
		const r = await updateEvent(app, actor, params.id, body);
		return { event: presentEvent(r.event), emails: r.emails };
	}
);

export const fallback: RequestHandler = methodNotAllowed;
