import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { listMyJuryCalls } from '#lib/server/review/juryMine.ts';

/** The logged-in person's juries (an empty list for anyone on none). */
export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	return {
		calls: await listMyJuryCalls(event.locals.app.db, actor),
		joined: event.url.searchParams.get('notice') === 'joined'
	};
};
