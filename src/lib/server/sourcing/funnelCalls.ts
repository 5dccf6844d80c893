/**
 * The calls a regional partner may follow on its dashboard: those of the programmes where it holds
 * the regional-partner role, drafts left out, the latest closing first. `NotFound` for anybody who
 * is no regional partner (or whose token lacks `sourcing:read`).
 */
import type { DbOrTx } from '../db/client.ts';
import { isUser, type Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { funnelPartnerRegions } from './funnelPolicy.ts';
import { allProgrammeIds, publishedCallsOf } from './funnelQueries.ts';

export type FunnelCall = {
	id: string;
	programmeId: string;
	title: string;
	status: string;
	/** The partner's regions on that programme. */
	regions: string[];
};

export async function listFunnelCalls(db: DbOrTx, actor: Actor): Promise<FunnelCall[]> {
	if (!isUser(actor)) throw new NotFound();
	const grants = actor.roles.filter((g) => g.role === 'regional_partner' && g.regionCode);
	if (grants.length === 0) throw new NotFound();
	const everywhere = grants.some((g) => g.programmeId === null);
	const programmeIds = everywhere
		? await allProgrammeIds(db)
		: [...new Set(grants.map((g) => g.programmeId as string))];
	const readable = programmeIds.filter((id) => funnelPartnerRegions(actor, id).length > 0);
	if (readable.length === 0) throw new NotFound();
	const calls = await publishedCallsOf(db, readable);
	return calls.map((c) => ({
		id: c.id,
		programmeId: c.programmeId,
		title: c.title,
		status: c.status,
		regions: funnelPartnerRegions(actor, c.programmeId)
	}));
}
