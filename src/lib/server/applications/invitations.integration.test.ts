/**
 * What the co-holder pages read, on each backend: the pending invitations of an application (for
 * its holders only), and what an invitation link leads to before anyone accepts it (valid, sent to
 * another address, expired, used, withdrawn) — without changing anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser,
	testOrganisation
} from '../../../../tests/helpers/factories.ts';
import { anonymous, type UserActor } from '../accounts/actor.ts';
import { applicationInvitations, outbox } from '../db/schema.ts';
import { NotFound, Unauthenticated } from '../errors.ts';
import {
	acceptInvitation,
	inviteCoholder,
	startApplication,
	withdrawApplication
} from './index.ts';
import { listPendingInvitations, previewInvitation } from './invitations.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

describe.each(backends)('co-holder invitations, read side (%s)', (backend) => {
	let t: TestDatabase;
	let callId: string;
	let alice: UserActor;
	let bob: UserActor;
	let carol: UserActor;
	let mallory: UserActor;

	/** The token of the newest invitation e-mail sent to `to`. */
	async function tokenFor(to: string): Promise<string> {
		const mails = await t.db
			.select()
			.from(outbox)
			.where(eq(outbox.toAddress, to))
			.orderBy(outbox.createdAt);
		return /invitation\/([A-Za-z0-9_-]+)/.exec(mails.at(-1)!.textBody)![1];
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id)).call.id;
		alice = await actorFor(t.db, (await createUser(t.db, { name: 'Alice' })).id);
		bob = await actorFor(t.db, (await createUser(t.db, { name: 'Bob' })).id);
		carol = await actorFor(t.db, (await createUser(t.db, { name: 'Carol' })).id);
		mallory = await actorFor(t.db, (await createUser(t.db, { name: 'Mallory' })).id);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('lists pending invitations to holders; previews a link without spending it', async () => {
		const draft = await startApplication(t.services, alice, callId, {
			title: 'Baromètre partagé',
			organisation: testOrganisation()
		});
		await inviteCoholder(t.services, alice, draft.id, { email: bob.email });
		await inviteCoholder(t.services, alice, draft.id, { email: carol.email });
		const token = await tokenFor(bob.email);

		const pending = await listPendingInvitations(t.db, alice, draft.id);
		expect(pending.map((i) => i.email)).toEqual([bob.email, carol.email]);
		expect(await rejection(listPendingInvitations(t.db, mallory, draft.id))).toBeInstanceOf(
			NotFound
		);

		// Opening the link only looks: twice, and still valid.
		const expected = {
			state: 'valid',
			applicationId: draft.id,
			reference: draft.reference,
			title: 'Baromètre partagé'
		};
		expect(await previewInvitation(t.db, bob, token)).toMatchObject(expected);
		expect(await previewInvitation(t.db, bob, token)).toMatchObject(expected);
		expect(await previewInvitation(t.db, mallory, token)).toEqual({ state: 'otherEmail' });
		expect(await previewInvitation(t.db, bob, 'court')).toEqual({ state: 'invalid' });
		expect(await previewInvitation(t.db, bob, 'x'.repeat(43))).toEqual({ state: 'invalid' });
		expect(await rejection(previewInvitation(t.db, anonymous, token))).toBeInstanceOf(
			Unauthenticated
		);

		// Accepted: no longer pending, and the link has served.
		await acceptInvitation(t.services, bob, token);
		expect((await listPendingInvitations(t.db, bob, draft.id)).map((i) => i.email)).toEqual([
			carol.email
		]);
		expect(await previewInvitation(t.db, bob, token)).toEqual({ state: 'invalid' });

		// Expired: neither pending nor valid.
		const carolToken = await tokenFor(carol.email);
		await t.db
			.update(applicationInvitations)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(applicationInvitations.email, carol.email));
		expect(await listPendingInvitations(t.db, alice, draft.id)).toEqual([]);
		expect(await previewInvitation(t.db, carol, carolToken)).toEqual({ state: 'invalid' });
	});

	it('says a link to a withdrawn application is no longer valid', async () => {
		const draft = await startApplication(t.services, alice, callId, { title: 'Retirée' });
		await inviteCoholder(t.services, alice, draft.id, { email: mallory.email });
		const token = await tokenFor(mallory.email);
		expect((await previewInvitation(t.db, mallory, token)).state).toBe('valid');
		await withdrawApplication(t.services, alice, draft.id, { reason: 'Projet abandonné' });
		expect(await previewInvitation(t.db, mallory, token)).toEqual({ state: 'invalid' });
	});
});
