/**
 * Who reads the sourcing funnel, and how much of it. The programme team reads every region
 * (`mayReadProgrammeSourcing`). A regional partner's member reads its own regions, next to the
 * national totals: counts only, never a prospect or an application of another partner. Anybody
 * else learns nothing (`NotFound`). A token must carry `sourcing:read`.
 */
import { allowsScope, isUser, partnerRegionsOf, type Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { isRegionCode } from '../../regions.ts';
import { SOURCING_READ_SCOPE, mayReadProgrammeSourcing } from './policy.ts';

export type FunnelAudience = { kind: 'team' } | { kind: 'partner'; regions: string[] };

/** The regions of the programme the actor reads as a regional partner (none: not a partner). */
export function funnelPartnerRegions(actor: Actor, programmeId: string): string[] {
	if (!isUser(actor) || !allowsScope(actor, SOURCING_READ_SCOPE)) return [];
	return partnerRegionsOf(actor, programmeId).filter(isRegionCode);
}

/** The actor's view of the programme's funnel; `NotFound` when they have none. */
export function funnelAudience(actor: Actor, programmeId: string): FunnelAudience {
	if (mayReadProgrammeSourcing(actor, programmeId)) return { kind: 'team' };
	const regions = funnelPartnerRegions(actor, programmeId);
	if (regions.length > 0) return { kind: 'partner', regions };
	throw new NotFound();
}
