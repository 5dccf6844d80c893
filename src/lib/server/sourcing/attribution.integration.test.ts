/**
 * Declared attribution on each backend: a holder names the partner who helped them (or none), a
 * referral attribution is never replaced, and the attribution — declared or by referral — survives
 * the organisation's changes (a postal code in another region, a new name): the partner still
 * reads the application once submitted.
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
import {
	createMember,
	insertPartner,
	insertReferral,
	type TestPartner
} from '../../../../tests/helpers/opinionsSetup.ts';
import type { UserActor } from '../accounts/actor.ts';
import { queryAuditLog } from '../audit/log.ts';
import { applications, outbox } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { translateMessage, translator } from '../../i18n/index.ts';
import {
	acceptInvitation,
	getApplication,
	inviteCoholder,
	saveDraft,
	saveOrganisation,
	startApplication,
	submitApplication,
	transitionApplication
} from '../applications/index.ts';
import { attributionPanel, declarePartner } from './attribution.ts';
import { startReferredApplication } from './referralLink.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const fr = translator('fr');
const RESUME = { resume: 'Un baromètre participatif de la charge de travail.' };

describe.each(backends)('declared attribution (%s)', (backend) => {
	let t: TestDatabase;
	let programmeId: string;
	let callId: string;
	let team: UserActor;
	let bretagne: TestPartner;
	let aura: TestPartner;
	let archived: TestPartner;
	let elsewhere: TestPartner;
	let bretagneMember: UserActor;
	let auraMember: UserActor;

	const person = async () => actorFor(t.db, (await createUser(t.db)).id);
	const stored = async (id: string) =>
		(await t.db.select().from(applications).where(eq(applications.id, id)))[0];

	beforeAll(async () => {
		t = await freshDatabase(backend);
		programmeId = (await createTestProgramme(t.db, { name: 'Transformateur numérique' })).id;
		const cycleId = (await createTestCycle(t.db, programmeId)).id;
		callId = (await createTestCall(t.db, programmeId, cycleId)).call.id;
		team = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId }] })).id
		);
		bretagne = await insertPartner(t.db, programmeId, {
			name: 'Aract Bretagne',
			regionCodes: ['53']
		});
		aura = await insertPartner(t.db, programmeId, {
			name: 'Aract Auvergne-Rhône-Alpes',
			regionCodes: ['84']
		});
		archived = await insertPartner(t.db, programmeId, {
			name: 'Aract dissoute',
			regionCodes: ['94'],
			archived: true
		});
		const other = await createTestProgramme(t.db);
		elsewhere = await insertPartner(t.db, other.id, {
			name: 'Aract Ailleurs',
			regionCodes: ['53']
		});
		bretagneMember = await createMember(t.db, bretagne);
		auraMember = await createMember(t.db, aura);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('a holder names the partner who helped them, or none; audited', async () => {
		const holder = await person();
		const draft = await startApplication(t.services, holder, callId, {
			organisation: testOrganisation()
		});
		const panel = await attributionPanel(t.db, holder, draft.id);
		expect(panel.attribution).toBeNull();
		expect(panel.mayDeclare).toBe(true);
		// The programme's active partners, by name: neither archived ones nor another programme's.
		expect(panel.partners.map((p) => p.name)).toEqual([
			'Aract Auvergne-Rhône-Alpes',
			'Aract Bretagne'
		]);

		const view = await declarePartner(t.services, holder, {
			applicationId: draft.id,
			partnerId: bretagne.id
		});
		expect(view.attribution).toEqual({
			partnerId: bretagne.id,
			partnerName: 'Aract Bretagne',
			sourcing: 'declared'
		});
		expect(await stored(draft.id)).toMatchObject({
			partnerId: bretagne.id,
			sourcing: 'declared',
			referralId: null,
			revision: 0
		});
		// « Aucun ».
		const none = await declarePartner(t.services, holder, {
			applicationId: draft.id,
			partnerId: null
		});
		expect(none.attribution).toBeNull();
		expect(await stored(draft.id)).toMatchObject({ partnerId: null, sourcing: null });
		const log = await queryAuditLog(t.db, { entityType: 'application', entityId: draft.id });
		expect(log.filter((e) => e.action === 'application.attribution').map((e) => e.after)).toEqual([
			null,
			{ partnerId: bretagne.id, partnerName: 'Aract Bretagne', sourcing: 'declared' }
		]);
	});

	it('refuses unknown, archived and other programmes’ partners, and anyone but the holders', async () => {
		const holder = await person();
		const draft = await startApplication(t.services, holder, callId);
		await declarePartner(t.services, holder, { applicationId: draft.id, partnerId: aura.id });
		for (const partnerId of [
			archived.id,
			elsewhere.id,
			'00000000-0000-4000-8000-000000000000',
			'pas-un-uuid'
		]) {
			const e = await rejection(
				declarePartner(t.services, holder, { applicationId: draft.id, partnerId })
			);
			expect(e).toBeInstanceOf(Invalid);
			expect((e as Invalid).fields.partnerId.map((m) => translateMessage(fr, m))).toEqual([
				'Choisissez un partenaire régional de la liste, ou « Aucun ».'
			]);
		}
		expect(await stored(draft.id)).toMatchObject({ partnerId: aura.id, sourcing: 'declared' });

		// A co-holder may; a stranger does not know it exists; the team and partners only read.
		const co = await person();
		await inviteCoholder(t.services, holder, draft.id, { email: co.email });
		const [mail] = await t.db.select().from(outbox).where(eq(outbox.toAddress, co.email));
		const token = /invitation\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
		await acceptInvitation(t.services, co, token);
		await declarePartner(t.services, co, { applicationId: draft.id, partnerId: bretagne.id });
		expect(
			await rejection(
				declarePartner(t.services, await person(), { applicationId: draft.id, partnerId: null })
			)
		).toBeInstanceOf(NotFound);
		expect(
			await rejection(
				declarePartner(t.services, team, { applicationId: draft.id, partnerId: null })
			)
		).toBeInstanceOf(Forbidden);
		// A draft is not the partner's to read.
		expect(
			await rejection(
				declarePartner(t.services, bretagneMember, { applicationId: draft.id, partnerId: null })
			)
		).toBeInstanceOf(NotFound);
		expect(await stored(draft.id)).toMatchObject({ partnerId: bretagne.id, sourcing: 'declared' });
	});

	it('never replaces a referral attribution; closed once screened', async () => {
		const holder = await person();
		const { token } = await insertReferral(t.db, bretagne, callId);
		const { applicationId } = await startReferredApplication(t.services, holder, { token });
		const panel = await attributionPanel(t.db, holder, applicationId);
		expect(panel).toMatchObject({
			attribution: { partnerName: 'Aract Bretagne', sourcing: 'referral' },
			mayDeclare: false,
			partners: []
		});
		for (const partnerId of [aura.id, null]) {
			const e = await rejection(declarePartner(t.services, holder, { applicationId, partnerId }));
			expect(e).toBeInstanceOf(Conflict);
			expect((e as Conflict).message).toBe('opinions.attribution.referral');
		}
		expect(await stored(applicationId)).toMatchObject({
			partnerId: bretagne.id,
			sourcing: 'referral'
		});

		// Submitted: still declarable; screened: no more.
		const other = await startApplication(t.services, holder, callId, {
			title: 'Outil',
			organisation: testOrganisation(),
			answers: RESUME
		});
		await submitApplication(t.services, holder, other.id);
		await declarePartner(t.services, holder, { applicationId: other.id, partnerId: aura.id });
		await transitionApplication(t.services, team, other.id, {
			to: 'eligible',
			reason: 'Recevable.'
		});
		const closed = await rejection(
			declarePartner(t.services, holder, { applicationId: other.id, partnerId: null })
		);
		expect(closed).toBeInstanceOf(Conflict);
		expect((closed as Conflict).message).toBe('opinions.attribution.closed');
		expect((await attributionPanel(t.db, holder, other.id)).mayDeclare).toBe(false);
		expect(await stored(other.id)).toMatchObject({ partnerId: aura.id, sourcing: 'declared' });
	});

	it('survives the organisation’s changes: another region, another name', async () => {
		const holder = await person();
		// Declared: Bretagne helped a structure of Rennes…
		const declared = await startApplication(t.services, holder, callId, {
			title: 'Déclarée',
			organisation: testOrganisation({ legalName: 'Atelier Rennais', postalCode: '35000' }),
			answers: RESUME
		});
		await declarePartner(t.services, holder, {
			applicationId: declared.id,
			partnerId: bretagne.id
		});
		// …and by referral: Bretagne invited another, which then gives a Breton postal code.
		const invited = await person();
		const { token } = await insertReferral(t.db, bretagne, callId);
		const referred = (await startReferredApplication(t.services, invited, { token })).applicationId;

		for (const [id, who] of [
			[declared.id, holder],
			[referred, invited]
		] as const) {
			await saveOrganisation(
				t.services,
				who,
				id,
				testOrganisation({ legalName: 'Atelier Rennais', postalCode: '35000' })
			);
			// The structure moves to Lyon (Auvergne-Rhône-Alpes) and changes its name.
			const moved = await saveOrganisation(
				t.services,
				who,
				id,
				testOrganisation({ legalName: 'Atelier Lyonnais', postalCode: '69003' })
			);
			expect(moved.organisation).toMatchObject({ legalName: 'Atelier Lyonnais', regionCode: '84' });
			expect(moved.attribution?.partnerId).toBe(bretagne.id);
		}
		await saveDraft(t.services, invited, referred, { title: 'Par invitation', answers: RESUME });
		await submitApplication(t.services, holder, declared.id);
		await submitApplication(t.services, invited, referred);

		for (const [id, sourcing] of [
			[declared.id, 'declared'],
			[referred, 'referral']
		] as const) {
			// Bretagne still reads it (attributed), though it is no longer in its region…
			const seen = await getApplication(t.db, bretagneMember, id);
			expect(seen.viewerRole).toBe('partner');
			expect(seen.organisation?.regionCode).toBe('84');
			expect(seen.attribution).toEqual({
				partnerId: bretagne.id,
				partnerName: 'Aract Bretagne',
				sourcing
			});
			// …and Auvergne-Rhône-Alpes reads it through its region, attributed to Bretagne.
			expect((await getApplication(t.db, auraMember, id)).attribution?.partnerId).toBe(bretagne.id);
			expect(await stored(id)).toMatchObject({ partnerId: bretagne.id, sourcing });
		}
	});
});
