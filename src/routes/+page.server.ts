import type { PageServerLoad } from './$types';
import { listCalls } from '#lib/server/calls/index.ts';
import {
	getProgramme,
	listOpenCalls,
	listProgrammes,
	summary,
	type ProgrammeView
} from '#lib/server/programmes/index.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const { db } = locals.app;
	const now = new Date();
	const [{ items }, calls, openCycles] = await Promise.all([
		listProgrammes(db, locals.actor, { limit: 100 }),
		listCalls(db, locals.actor, { status: 'open', limit: 100, now }),
		listOpenCalls(db, locals.actor, now)
	]);
	const programmes = new Map<string, ProgrammeView>(items.map((p) => [p.id, p]));
	for (const c of calls.items) {
		if (!programmes.has(c.programmeId)) {
			programmes.set(c.programmeId, await getProgramme(db, locals.actor, c.programmeId));
		}
	}
	const cyclesWithCall = new Set(calls.items.map((c) => c.cycleId));
	return {
		programmes: items.map((p) => ({
			id: p.id,
			slug: p.slug,
			name: p.name,
			operators: p.operators,
			summary: summary(p.description),
			logoUrl: p.logoUrl
		})),
		openCalls: [
			// Published calls within their dates…
			...calls.items.map((c) => {
				const programme = programmes.get(c.programmeId)!;
				return {
					key: c.id,
					title: c.title,
					href: `/programmes/${programme.slug}/appels/${c.slug}`,
					programmeName: programme.name,
					closesAt: c.closesAt
				};
			}),
			// …and cycles whose calendar says the call is open but which have no published call yet.
			...openCycles
				.filter((o) => !cyclesWithCall.has(o.cycle.id))
				.map((o) => ({
					key: o.cycle.id,
					title: o.cycle.name,
					href: `/programmes/${o.programme.slug}#promotion-${o.cycle.id}`,
					programmeName: o.programme.name,
					closesAt: o.closesAt
				}))
		].sort(
			(a, b) =>
				(a.closesAt ? Date.parse(a.closesAt) : Infinity) -
					(b.closesAt ? Date.parse(b.closesAt) : Infinity) ||
				a.programmeName.localeCompare(b.programmeName, 'fr')
		)
	};
};
