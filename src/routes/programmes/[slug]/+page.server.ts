import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { NotFound } from '#lib/server/errors.ts';
import { listCalls } from '#lib/server/calls/index.ts';
import {
	callClosesAt,
	effectiveEnds,
	getProgramme,
	isCallOpen,
	listCycles,
	paragraphs,
	phaseStatuses
} from '#lib/server/programmes/index.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.app;
	let programme;
	try {
		programme = await getProgramme(db, locals.actor, params.slug);
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
	if (programme.slug !== params.slug) redirect(308, `/programmes/${programme.slug}`);
	const now = new Date();
	const cycles = (await listCycles(db, locals.actor, programme.id)).reverse();
	// Published and closed calls only: the team finds its drafts in the back office.
	const { items: calls } = await listCalls(db, locals.actor, {
		programme: programme.id,
		limit: 100,
		now
	});
	return {
		calls: calls
			.filter((c) => c.status === 'published' || c.status === 'closed')
			.map((c) => ({
				id: c.id,
				slug: c.slug,
				title: c.title,
				availability: c.availability,
				opensAt: c.opensAt,
				closesAt: c.closesAt
			})),
		programme: {
			name: programme.name,
			slug: programme.slug,
			operators: programme.operators,
			paragraphs: paragraphs(programme.description),
			logoUrl: programme.logoUrl
		},
		cycles: cycles.map((c) => {
			const statuses = phaseStatuses(c.phases, now);
			const ends = effectiveEnds(c.phases);
			const closes = callClosesAt(c.phases);
			return {
				id: c.id,
				name: c.name,
				paragraphs: paragraphs(c.description),
				currentPhase: c.currentPhase,
				callOpen: isCallOpen(c.phases, now),
				closesAt: closes ? closes.toISOString() : null,
				phases: c.phases.map((p) => ({
					kind: p.kind,
					startsAt: p.startsAt,
					endsAt: p.endsAt,
					/** Without an end of its own, does the phase end when the next one starts? */
					endsWithNext: p.endsAt === null && Boolean(ends[p.kind]),
					status: statuses[p.kind] ?? 'upcoming'
				}))
			};
		})
	};
};
