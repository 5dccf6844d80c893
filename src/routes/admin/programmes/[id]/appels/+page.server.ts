import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { listCalls } from '#lib/server/calls/index.ts';
import { getProgramme, listCycles } from '#lib/server/programmes/index.ts';
import { notFoundPage } from '../../notFound.ts';

export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	requireTeam(event);
	const programme = await notFoundPage(locals.t, () =>
		getProgramme(locals.app.db, locals.actor, params.id)
	);
	if (programme.id !== params.id) error(404, locals.t('error.notFound'));
	requireTeam(event, programme.id);
	const [cycles, { items }] = await Promise.all([
		listCycles(locals.app.db, locals.actor, programme.id),
		listCalls(locals.app.db, locals.actor, { programme: programme.id, limit: 100 })
	]);
	const cycleNames = new Map(cycles.map((c) => [c.id, c.name]));
	return {
		programme: { id: programme.id, name: programme.name, slug: programme.slug },
		hasCycles: cycles.length > 0,
		calls: items.map((c) => ({
			id: c.id,
			title: c.title,
			status: c.status,
			availability: c.availability,
			closesAt: c.closesAt,
			cycleName: cycleNames.get(c.cycleId) ?? ''
		}))
	};
};
