import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { listMyApplications } from '#lib/server/applications/forPages.ts';
import { STATUS_LABEL_KEYS } from '#lib/server/applications/index.ts';

export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	const items = await listMyApplications(event.locals.app.db, actor);
	return { items: items.map((a) => ({ ...a, statusKey: STATUS_LABEL_KEYS[a.status] })) };
};
