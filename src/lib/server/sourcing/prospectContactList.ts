import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { readableProspect } from './prospectAccess.ts';
import { presentContact, type ContactView } from './prospectPresenters.ts';
import { contactsOf } from './prospectQueries.ts';

/** A prospect's history of contacts, the latest first. */
export async function listProspectContacts(
	db: DbOrTx,
	actor: Actor,
	prospectId: string
): Promise<ContactView[]> {
	const p = await readableProspect(db, actor, prospectId);
	return (await contactsOf(db, p.id)).map(presentContact);
}
