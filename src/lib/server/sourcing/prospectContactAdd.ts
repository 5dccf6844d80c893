import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { prospectContacts, prospects } from '../db/schema.ts';
import { Conflict } from '../errors.ts';
import { contactInput, parseInput, type ContactInput } from './partnerSchemas.ts';
import { writableProspect } from './prospectAccess.ts';
import { presentContact, type ContactView } from './prospectPresenters.ts';
import { contactsOf } from './prospectQueries.ts';

/**
 * Adds an exchange to a prospect's history of contacts (date, channel, summary), by the partner's
 * members or the programme's team; its author is the actor.
 */
export async function addProspectContact(
	svc: Services,
	actor: Actor,
	prospectId: string,
	input: ContactInput
): Promise<ContactView> {
	const { prospect, actor: user } = await writableProspect(svc.db, actor, prospectId);
	if (prospect.archivedAt) throw new Conflict('partners.error.prospectArchived');
	const data = parseInput(contactInput, input);
	return svc.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(prospectContacts)
			.values({
				prospectId: prospect.id,
				on: data.on,
				channel: data.channel,
				summary: data.summary,
				authorId: user.userId
			})
			.returning({ id: prospectContacts.id });
		await tx.update(prospects).set({ updatedAt: new Date() }).where(eq(prospects.id, prospect.id));
		await audit(tx, user, {
			action: 'prospect.contact.add',
			entityType: 'prospect',
			entityId: prospect.id,
			programmeId: prospect.programmeId,
			before: null,
			after: { contactId: row.id, on: data.on, channel: data.channel, summary: data.summary }
		});
		const contact = (await contactsOf(tx, prospect.id)).find((c) => c.id === row.id)!;
		return presentContact(contact);
	});
}
