/**
 * Referral links on each backend: an application started from a partner's link is attributed to
 * the partner, and the referral and its prospect point at it; a draft already begun on the call is
 * attributed instead (unless another partner's link got there first); unknown, expired, used links
 * and closed calls are refused with nothing changed; two people racing for one link: one wins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../../../../tests/helpers/factories.ts';
import {
	insertPartner,
	insertReferral,
	type TestPartner
} from '../../../../tests/helpers/opinionsSetup.ts';
import { anonymous, type UserActor } from '../accounts/actor.ts';
import { queryAuditLog } from '../audit/log.ts';
import { applications, prospects, referrals } from '../db/schema.ts';
import { Conflict, Invalid, Unauthenticated } from '../errors.ts';
import { translateMessage, translator } from '../../i18n/index.ts';
import { getApplication, startApplication } from '../applications/index.ts';
import { previewReferral, startReferredApplication } from './referralLink.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const fr = translator('fr');
const DAY = 86_400_000;

describe.each(backends)('referral links (%s)', (backend) => {
	let t: TestDatabase;
	let programmeId: string;
	let cycleId: string;
	let callId: string;
	let bretagne: TestPartner;
	let normandie: TestPartner;
	let camille: UserActor;
	let dominique: UserActor;

	const person = async () => actorFor(t.db, (await createUser(t.db)).id);
	const referralRow = async (id: string) =>
		(await t.db.select().from(referrals).where(eq(referrals.id, id)))[0];
	const prospectRow = async (id: string) =>
		(await t.db.select().from(prospects).where(eq(prospects.id, id)))[0];
	const applicationCount = async (call: string) =>
		(
			await t.db
				.select({ n: sql<number>`count(*)::int` })
				.from(applications)
				.where(eq(applications.callId, call))
		)[0].n;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		programmeId = programme.id;
		cycleId = (await createTestCycle(t.db, programmeId)).id;
		callId = (await createTestCall(t.db, programmeId, cycleId, { title: 'Appel 2026' })).call.id;
		bretagne = await insertPartner(t.db, programmeId, {
			name: 'Aract Bretagne',
			regionCodes: ['53']
		});
		normandie = await insertPartner(t.db, programmeId, {
			name: 'Aract Normandie',
			regionCodes: ['28']
		});
		camille = await person();
		dominique = await person();
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('an application started from the link is attributed; the referral and its prospect point at it', async () => {
		const { token, referral, prospect } = await insertReferral(t.db, bretagne, callId);

		// Opening the link, logged in or not, shows the call and the partner and changes nothing.
		const seen = await previewReferral(t.db, anonymous, token);
		expect(seen).toMatchObject({
			state: 'valid',
			partnerName: 'Aract Bretagne',
			call: { id: callId, title: 'Appel 2026' },
			draftId: null
		});
		expect((await referralRow(referral.id)).usedAt).toBeNull();
		expect(
			await rejection(startReferredApplication(t.services, anonymous, { token }))
		).toBeInstanceOf(Unauthenticated);

		const done = await startReferredApplication(t.services, camille, { token });
		expect(done.outcome).toBe('started');
		expect(done.application.attribution).toEqual({
			partnerId: bretagne.id,
			partnerName: 'Aract Bretagne',
			sourcing: 'referral'
		});
		const app = await getApplication(t.db, camille, done.applicationId);
		expect(app).toMatchObject({ status: 'draft', viewerRole: 'owner', callId });
		expect(app.attribution?.sourcing).toBe('referral');
		const [row] = await t.db.select().from(applications).where(eq(applications.id, app.id));
		expect(row.referralId).toBe(referral.id);

		const used = await referralRow(referral.id);
		expect(used.usedAt).toBeInstanceOf(Date);
		expect(used.applicationId).toBe(app.id);
		expect((await prospectRow(prospect.id)).applicationId).toBe(app.id);

		const log = await queryAuditLog(t.db, { entityType: 'referral', entityId: referral.id });
		expect(log.map((e) => e.action)).toEqual(['referral.use']);
		const start = await queryAuditLog(t.db, { entityType: 'application', entityId: app.id });
		expect(start.find((e) => e.action === 'application.start')).toMatchObject({
			action: 'application.start',
			after: { attribution: { partnerId: bretagne.id, sourcing: 'referral' } }
		});

		// The same person again (a second click): their application, nothing new.
		const count = await applicationCount(callId);
		expect(await previewReferral(t.db, camille, token)).toEqual({
			state: 'yours',
			applicationId: app.id,
			partnerName: 'Aract Bretagne'
		});
		const again = await startReferredApplication(t.services, camille, { token });
		expect(again).toMatchObject({ applicationId: app.id, outcome: 'already' });
		expect(await applicationCount(callId)).toBe(count);

		// Someone else: refused in plain French, nothing created.
		expect(await previewReferral(t.db, dominique, token)).toEqual({ state: 'used' });
		const e = await rejection(startReferredApplication(t.services, dominique, { token }));
		expect(e).toBeInstanceOf(Invalid);
		expect(translateMessage(fr, (e as Invalid).fields.token[0])).toBe(
			'Ce lien d’invitation a déjà servi à une autre personne. Vous pouvez candidater sans lui depuis la page de l’appel à projets.'
		);
		expect(await applicationCount(callId)).toBe(count);
		expect((await referralRow(referral.id)).applicationId).toBe(app.id);
	});

	it('refuses unknown and expired links and closed calls, changing nothing', async () => {
		const someone = await person();
		const before = await applicationCount(callId);

		for (const token of ['', 'court', 'x'.repeat(43), 'y'.repeat(500)]) {
			expect(await previewReferral(t.db, someone, token)).toEqual({ state: 'unknown' });
			const e = await rejection(startReferredApplication(t.services, someone, { token }));
			expect(e).toBeInstanceOf(Invalid);
			expect(Object.keys((e as Invalid).fields)).toEqual(['token']);
		}
		expect(translateMessage(fr, 'opinions.referral.unknown')).toMatch(
			/^Ce lien d’invitation est inconnu/
		);

		const expired = await insertReferral(t.db, bretagne, callId, {
			expiresAt: new Date(Date.now() - 1000)
		});
		expect(await previewReferral(t.db, someone, expired.token)).toMatchObject({
			state: 'expired',
			partnerName: 'Aract Bretagne'
		});
		const e = await rejection(
			startReferredApplication(t.services, someone, { token: expired.token })
		);
		expect((e as Invalid).fields.token).toEqual(['opinions.referral.expired']);
		expect(await referralRow(expired.referral.id)).toMatchObject({
			usedAt: null,
			applicationId: null
		});
		expect((await prospectRow(expired.prospect.id)).applicationId).toBeNull();

		const closed = (
			await createTestCall(t.db, programmeId, cycleId, {
				title: 'Appel clos',
				closesAt: new Date(Date.now() - DAY),
				opensAt: new Date(Date.now() - 30 * DAY)
			})
		).call;
		const late = await insertReferral(t.db, bretagne, closed.id);
		expect(await previewReferral(t.db, someone, late.token)).toMatchObject({
			state: 'closed',
			call: { title: 'Appel clos' }
		});
		const c = await rejection(startReferredApplication(t.services, someone, { token: late.token }));
		expect(c).toBeInstanceOf(Conflict);
		expect((c as Conflict).message).toBe('opinions.referral.closed');
		expect(await referralRow(late.referral.id)).toMatchObject({
			usedAt: null,
			applicationId: null
		});
		expect(await applicationCount(closed.id)).toBe(0);
		expect(await applicationCount(callId)).toBe(before);
	});

	it('attributes the draft already begun on the call, unless another partner’s link got there first', async () => {
		const call = (await createTestCall(t.db, programmeId, cycleId)).call.id;
		const holder = await person();
		const draft = await startApplication(t.services, holder, call, { title: 'Baromètre' });
		const { token, referral, prospect } = await insertReferral(t.db, normandie, call);

		expect(await previewReferral(t.db, holder, token)).toMatchObject({
			state: 'valid',
			draftId: draft.id,
			draftKeptBy: null
		});
		const done = await startReferredApplication(t.services, holder, { token });
		expect(done).toMatchObject({ applicationId: draft.id, outcome: 'attributed' });
		expect(await applicationCount(call)).toBe(1);
		const app = await getApplication(t.db, holder, draft.id);
		expect(app.attribution).toEqual({
			partnerId: normandie.id,
			partnerName: 'Aract Normandie',
			sourcing: 'referral'
		});
		expect(app.title).toBe('Baromètre');
		expect(await referralRow(referral.id)).toMatchObject({ applicationId: draft.id });
		expect((await prospectRow(prospect.id)).applicationId).toBe(draft.id);

		// Bretagne's link afterwards: the draft stays with Normandie, the link stays unused.
		const second = await insertReferral(t.db, bretagne, call);
		expect(await previewReferral(t.db, holder, second.token)).toMatchObject({
			state: 'valid',
			draftId: draft.id,
			draftKeptBy: 'Aract Normandie'
		});
		const kept = await startReferredApplication(t.services, holder, { token: second.token });
		expect(kept).toMatchObject({ applicationId: draft.id, outcome: 'kept' });
		expect((await getApplication(t.db, holder, draft.id)).attribution?.partnerId).toBe(
			normandie.id
		);
		expect(await referralRow(second.referral.id)).toMatchObject({
			usedAt: null,
			applicationId: null
		});
		expect((await prospectRow(second.prospect.id)).applicationId).toBeNull();
	});

	it('two people racing for one link: one application, the other refused', async () => {
		const call = (await createTestCall(t.db, programmeId, cycleId)).call.id;
		const { token, referral } = await insertReferral(t.db, bretagne, call);
		const [a, b] = [await person(), await person()];
		const results = await Promise.allSettled([
			startReferredApplication(t.services, a, { token }),
			startReferredApplication(t.services, b, { token })
		]);
		const won = results.filter((r) => r.status === 'fulfilled');
		const lost = results.filter((r) => r.status === 'rejected');
		expect(won).toHaveLength(1);
		expect(lost).toHaveLength(1);
		expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(Invalid);
		expect(await applicationCount(call)).toBe(1);
		const [only] = await t.db
			.select()
			.from(applications)
			.where(and(eq(applications.callId, call), eq(applications.referralId, referral.id)));
		expect((await referralRow(referral.id)).applicationId).toBe(only.id);
	});
});
