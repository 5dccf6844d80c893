import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { listCycleEvents } from '#lib/server/events/eventRead.ts';
import { notFoundPage } from '../../../../notFound.ts';

/** The sessions of a cycle, for its programme's team. */
export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	const actor = requireTeam(event);
	const view = await notFoundPage(locals.t, () =>
		listCycleEvents(locals.app.db, actor, params.cycleId)
	);
	if (view.cycle.programmeId !== params.id) error(404, locals.t('error.notFound'));
	return view;
};
