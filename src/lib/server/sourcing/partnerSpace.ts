/** The partners a person is a member of: what the partner's space is about. */
import { allowsScope, isUser, partnerIdsOf, type Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { presentMyPartner, type MyPartnerView } from './partnerPresenters.ts';
import { partnersByIds } from './partnerQueries.ts';
import { SOURCING_READ_SCOPE } from './policy.ts';

/**
 * The live partners the actor is a member of, by programme and name (empty for anyone else, and
 * for a token without `sourcing:read`).
 */
export async function listMyPartners(db: DbOrTx, actor: Actor): Promise<MyPartnerView[]> {
	if (!isUser(actor) || !allowsScope(actor, SOURCING_READ_SCOPE)) return [];
	const rows = await partnersByIds(db, partnerIdsOf(actor));
	return rows.filter((p) => p.archivedAt === null).map(presentMyPartner);
}
