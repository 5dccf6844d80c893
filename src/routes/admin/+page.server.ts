import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { isPlatformTeam } from '#lib/server/accounts/actor.ts';
import { listManagedProgrammes, mayCreateProgramme } from '#lib/server/programmes/index.ts';

export const load: PageServerLoad = async (event) => {
	const actor = requireTeam(event);
	return {
		programmes: await listManagedProgrammes(event.locals.app.db, actor),
		platform: isPlatformTeam(actor),
		canCreate: mayCreateProgramme(actor)
	};
};
