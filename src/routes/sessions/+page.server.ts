import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { mySessions } from '#lib/server/events/reply.ts';

/** The sessions the logged-in person is invited to. */
export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	return { sessions: await mySessions(event.locals.app.db, actor) };
};
