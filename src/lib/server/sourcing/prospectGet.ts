import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { readableProspect } from './prospectAccess.ts';
import {
	presentContact,
	presentProspect,
	presentReferral,
	type ProspectDetailView
} from './prospectPresenters.ts';
import { contactsOf, referralsOf } from './prospectQueries.ts';

/**
 * A prospect with its history of contacts and the referrals sent to it: for the partner's members
 * and the programme's team.
 */
export async function getProspect(
	db: DbOrTx,
	actor: Actor,
	prospectId: string,
	now: Date = new Date()
): Promise<ProspectDetailView> {
	const p = await readableProspect(db, actor, prospectId);
	const [contacts, referrals] = await Promise.all([contactsOf(db, p.id), referralsOf(db, p.id)]);
	return {
		...presentProspect(p),
		contacts: contacts.map(presentContact),
		referrals: referrals.map((r) => presentReferral(r, now))
	};
}
