import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { actorFor, createUser } from '../../../../tests/helpers/factories.ts';
import { outbox, programmes } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import type { UserActor } from '../accounts/actor.ts';
import { queueEmail } from './outbox.ts';
import { getMailboxMessage, listMailbox } from './mailbox.ts';

describe.each(backends)('development mailbox (%s)', (backend) => {
	let t: TestDatabase;
	let lead: UserActor;
	let platform: UserActor;
	const ids: string[] = [];

	beforeAll(async () => {
		t = await freshDatabase(backend);
		const [programme] = await t.db
			.insert(programmes)
			.values({ name: 'Programme P', slug: 'programme-p' })
			.returning();
		lead = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: programme.id }] })).id
		);
		platform = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: null }] })).id
		);
		for (let i = 0; i < 5; i++) {
			ids.push(
				await queueEmail(t.db, {
					to: `personne${i}@exemple.fr`,
					locale: 'fr',
					template: 'magic_link',
					params: { name: `Personne ${i}`, url: `http://localhost:3000/lien/${i}` }
				})
			);
		}
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('shows the outbox newest first, a page at a time, even when messages share a timestamp', async () => {
		// Same instant for all: the id breaks the tie, and no message is seen twice or skipped.
		await t.db.update(outbox).set({ createdAt: new Date('2025-03-01T10:00:00Z') });
		const seen: string[] = [];
		let before: string | undefined;
		for (;;) {
			const page = await listMailbox(t.db, lead, { delivery: 'mailbox', limit: 2, before });
			seen.push(...page.items.map((m) => m.id));
			if (!page.nextCursor) break;
			before = page.nextCursor;
		}
		expect(seen).toHaveLength(5);
		expect(new Set(seen)).toEqual(new Set(ids));
	});

	it('opens one message with its headers and both parts', async () => {
		const m = await getMailboxMessage(t.db, lead, ids[0], { delivery: 'mailbox' });
		expect(m).toMatchObject({
			to: 'personne0@exemple.fr',
			status: 'pending',
			template: 'magic_link'
		});
		expect(m.text).toContain('http://localhost:3000/lien/0');
		expect(m.html).toContain('<a href="http://localhost:3000/lien/0"');
		await expect(
			getMailboxMessage(t.db, lead, 'pas-un-id', { delivery: 'mailbox' })
		).rejects.toBeInstanceOf(NotFound);
		await expect(
			getMailboxMessage(t.db, lead, crypto.randomUUID(), { delivery: 'mailbox' })
		).rejects.toBeInstanceOf(NotFound);
	});

	it('with real delivery, only the platform team opens the outbox', async () => {
		await expect(listMailbox(t.db, lead, { delivery: 'smtp' })).rejects.toBeInstanceOf(NotFound);
		await expect(
			getMailboxMessage(t.db, lead, ids[0], { delivery: 'smtp' })
		).rejects.toBeInstanceOf(NotFound);
		expect((await listMailbox(t.db, platform, { delivery: 'smtp' })).items).toHaveLength(5);
	});

	it('anyone off the programme teams is told it does not exist', async () => {
		const juror = await actorFor(t.db, (await createUser(t.db, { roles: [{ role: 'jury' }] })).id);
		await expect(listMailbox(t.db, juror, { delivery: 'mailbox' })).rejects.toBeInstanceOf(
			NotFound
		);
		await expect(
			getMailboxMessage(t.db, juror, ids[0], { delivery: 'mailbox' })
		).rejects.toBeInstanceOf(NotFound);
	});
});
