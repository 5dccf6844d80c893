/**
 * The sourcing funnel of a call, or of a cycle (all its calls together): by region, by applicant
 * type and by typology, with conversion rates and the partners' share of the applications. The
 * programme team reads every region; a regional partner reads its regions and the national totals
 * (`funnelPolicy.ts`); anybody else gets `NotFound`. Three grouped queries, whatever the number of
 * regions or calls.
 */
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { findCall, isUuid } from '../calls/queries.ts';
import { findCycle } from '../programmes/queries.ts';
import { screeningFilterTerms } from '../applications/screening.ts';
import { funnelAudience, type FunnelAudience } from './funnelPolicy.ts';
import { callsOfCycle, funnelCounts, type FunnelScope } from './funnelQueries.ts';
import { assembleFunnel, type Funnel, type FunnelTarget } from './funnelView.ts';

export type FunnelRequest = { kind: 'call' | 'cycle'; id: string };

/** The target, the calls it covers and the actor's view of it; `NotFound` when they have none. */
async function resolve(
	db: DbOrTx,
	actor: Actor,
	request: FunnelRequest
): Promise<{ target: FunnelTarget; callIds: string[]; audience: FunnelAudience }> {
	if (!isUuid(request.id)) throw new NotFound();
	if (request.kind === 'call') {
		const call = await findCall(db, request.id);
		if (!call) throw new NotFound();
		const audience = funnelAudience(actor, call.programmeId);
		// A draft call is the team's own business.
		if (audience.kind === 'partner' && call.status === 'draft') throw new NotFound();
		return {
			target: {
				kind: 'call',
				id: call.id,
				programmeId: call.programmeId,
				cycleId: call.cycleId,
				title: call.title,
				slug: call.slug
			},
			callIds: [call.id],
			audience
		};
	}
	const cycle = await findCycle(db, request.id);
	if (!cycle) throw new NotFound();
	const audience = funnelAudience(actor, cycle.programmeId);
	const calls = await callsOfCycle(db, cycle.id, { published: audience.kind === 'partner' });
	return {
		target: {
			kind: 'cycle',
			id: cycle.id,
			programmeId: cycle.programmeId,
			name: cycle.name,
			calls: calls.map((c) => ({ id: c.id, title: c.title, slug: c.slug }))
		},
		callIds: calls.map((c) => c.id),
		audience
	};
}

export async function getFunnel(db: DbOrTx, actor: Actor, request: FunnelRequest): Promise<Funnel> {
	const { target, callIds, audience } = await resolve(db, actor, request);
	const everywhere: FunnelScope = { callIds, regions: null };
	const viewed: FunnelScope = {
		callIds,
		regions: audience.kind === 'partner' ? audience.regions : null
	};
	const [byRegion, byType, byTypology, terms] = await Promise.all([
		funnelCounts(db, everywhere, 'region'),
		funnelCounts(db, viewed, 'type'),
		funnelCounts(db, viewed, 'typology'),
		screeningFilterTerms(db, target.programmeId)
	]);
	return assembleFunnel({
		target,
		audience,
		byRegion,
		byType,
		byTypology,
		typology: terms.typology
	});
}
