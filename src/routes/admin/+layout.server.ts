import type { LayoutServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';

export const load: LayoutServerLoad = async (event) => {
	requireTeam(event);
	return {};
};
