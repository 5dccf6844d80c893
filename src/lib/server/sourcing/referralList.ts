import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { readableProspect } from './prospectAccess.ts';
import { presentReferral, type ReferralView } from './prospectPresenters.ts';
import { referralsOf } from './prospectQueries.ts';

/** The invitations to apply sent to a prospect, the latest first, with their state. */
export async function listReferrals(
	db: DbOrTx,
	actor: Actor,
	prospectId: string,
	now: Date = new Date()
): Promise<ReferralView[]> {
	const p = await readableProspect(db, actor, prospectId);
	return (await referralsOf(db, p.id)).map((r) => presentReferral(r, now));
}
