import type { PageServerLoad } from './$types';
import { listOpenCalls, listProgrammes, summary } from '#lib/server/programmes/index.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const { db } = locals.app;
	const [{ items }, calls] = await Promise.all([
		listProgrammes(db, locals.actor, { limit: 100 }),
		listOpenCalls(db, locals.actor)
	]);
	return {
		programmes: items.map((p) => ({
			id: p.id,
			slug: p.slug,
			name: p.name,
			operators: p.operators,
			summary: summary(p.description),
			logoUrl: p.logoUrl
		})),
		openCalls: calls.map((c) => ({
			cycleId: c.cycle.id,
			cycleName: c.cycle.name,
			programmeName: c.programme.name,
			programmeSlug: c.programme.slug,
			closesAt: c.closesAt
		}))
	};
};
