/**
 * Prospects, their history of contacts and the invitations to apply, on each backend: a partner's
 * members record and follow their prospects, invite them by e-mail with a personal link (only its
 * hash stored), and see each one's stage follow its application. A member of another partner, a
 * holder, a jury member or another programme's team never reads nor writes them (`NotFound`);
 * bad input is refused field by field, in French, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq, sql } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser,
	testOrganisation
} from '../../../../tests/helpers/factories.ts';
import type { UserActor } from '../accounts/actor.ts';
import { hashSecret } from '../accounts/tokens.ts';
import { startApplication } from '../applications/index.ts';
import { queryAuditLog } from '../audit/log.ts';
import {
	applications,
	auditLog,
	outbox,
	prospectContacts,
	prospects,
	referrals
} from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { translateMessage, translator } from '../../i18n/index.ts';
import {
	addPartnerMember,
	addProspectContact,
	createPartner,
	createProspect,
	getPartnerOverview,
	getProspect,
	listProspectContacts,
	listProspects,
	listReferrals,
	sendReferral,
	updateProspect,
	type ProspectInput
} from './partners.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

async function frenchFields(p: Promise<unknown>): Promise<Record<string, string[]>> {
	const e = await rejection(p);
	expect(e).toBeInstanceOf(Invalid);
	const t = translator('fr');
	return Object.fromEntries(
		Object.entries((e as Invalid).fields).map(([k, msgs]) => [
			k,
			msgs.map((m) => translateMessage(t, m))
		])
	);
}

const DAY = 24 * 3600 * 1000;

const atelier: ProspectInput = {
	organisationName: 'Atelier Breizh Numérique',
	contactName: 'Soizic Le Bihan',
	email: 'soizic.lebihan@atelier-breizh.test',
	phone: '02 99 12 34 56',
	notes: 'Rencontrée au salon de Rennes ; projet d’outil de mesure de la charge de travail.',
	channel: 'event',
	regionCode: '53',
	applicantType: 'startup',
	firstContactOn: '2026-02-03',
	nextStep: 'Envoyer le lien de l’appel',
	nextStepOn: '2026-02-10'
};

describe.each(backends)('prospects and referrals (%s)', (backend) => {
	let t: TestDatabase;
	let programmeId: string;
	let openCall: { id: string; title: string; closesAt: Date | null };
	let team: UserActor;
	let otherTeam: UserActor;
	let holder: UserActor;
	let jury: UserActor;
	let alice: UserActor;
	let bob: UserActor;
	let partnerA: string;
	let partnerB: string;

	/** The newest e-mail sent to `to`. */
	const lastMailTo = async (to: string) =>
		(
			await t.db
				.select()
				.from(outbox)
				.where(eq(outbox.toAddress, to))
				.orderBy(desc(outbox.createdAt))
				.limit(1)
		)[0];

	beforeAll(async () => {
		t = await freshDatabase(backend);
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		programmeId = programme.id;
		const cycle = await createTestCycle(t.db, programmeId);
		// A closed call first, then the one open today.
		await createTestCall(t.db, programmeId, cycle.id, {
			title: 'Appel 2016',
			status: 'closed',
			opensAt: new Date('2016-09-29T07:00:00Z'),
			closesAt: new Date('2016-11-21T11:00:00Z')
		});
		const { call } = await createTestCall(t.db, programmeId, cycle.id, {
			title: 'Appel à projets 2026'
		});
		openCall = call;
		team = await actorFor(
			t.db,
			(await createUser(t.db, { name: 'Claire Martin', roles: [{ role: 'team', programmeId }] })).id
		);
		const other = await createTestProgramme(t.db);
		otherTeam = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id
		);
		holder = await actorFor(t.db, (await createUser(t.db, { roles: [{ role: 'holder' }] })).id);
		jury = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'jury', programmeId }] })).id
		);
		partnerA = (
			await createPartner(t.services, team, programmeId, {
				name: 'Aract Bretagne',
				regionCodes: ['53']
			})
		).id;
		partnerB = (
			await createPartner(t.services, team, programmeId, {
				name: 'Aract Pays de la Loire',
				regionCodes: ['52']
			})
		).id;
		const a = await createUser(t.db, { name: 'Yann Le Gall' });
		const b = await createUser(t.db, { name: 'Bob Guérin' });
		await addPartnerMember(t.services, team, partnerA, { email: a.email });
		await addPartnerMember(t.services, team, partnerB, { email: b.email });
		alice = await actorFor(t.db, a.id);
		bob = await actorFor(t.db, b.id);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('records a prospect for the open call, with its history of contacts', async () => {
		const p = await createProspect(t.services, alice, partnerA, atelier);
		expect(p).toMatchObject({
			partnerId: partnerA,
			partnerName: 'Aract Bretagne',
			organisationName: 'Atelier Breizh Numérique',
			regionCode: '53',
			regionName: 'Bretagne',
			applicantType: 'startup',
			call: { id: openCall.id, title: 'Appel à projets 2026' },
			firstContactOn: '2026-02-03',
			nextStepOn: '2026-02-10',
			stage: 'prospect',
			application: null,
			archived: false
		});

		await addProspectContact(t.services, alice, p.id, {
			on: '03/02/2026',
			channel: 'event',
			summary: 'Premier échange au salon : intéressée par l’appel.'
		});
		await addProspectContact(t.services, team, p.id, {
			on: '2026-02-12',
			channel: 'phone',
			summary: 'Appel de l’équipe pour préciser l’éligibilité.'
		});
		const contacts = await listProspectContacts(t.db, alice, p.id);
		expect(contacts.map((c) => [c.on, c.channel, c.author?.name])).toEqual([
			['2026-02-12', 'phone', 'Claire Martin'],
			['2026-02-03', 'event', 'Yann Le Gall']
		]);

		const edited = await updateProspect(t.services, alice, p.id, {
			nextStep: 'Relancer après le comité',
			nextStepOn: '',
			applicantType: null
		});
		expect(edited).toMatchObject({
			nextStep: 'Relancer après le comité',
			nextStepOn: null,
			applicantType: null,
			organisationName: 'Atelier Breizh Numérique'
		});
		const actions = (await queryAuditLog(t.db, { entityType: 'prospect', entityId: p.id })).map(
			(e) => e.action
		);
		expect(actions.sort()).toEqual([
			'prospect.contact.add',
			'prospect.contact.add',
			'prospect.create',
			'prospect.update'
		]);
	});

	it('invites by e-mail with a personal link whose token is stored only as its hash', async () => {
		const p = await createProspect(t.services, alice, partnerA, {
			...atelier,
			organisationName: 'Coopérative Kerlann',
			email: 'contact@kerlann.test',
			contactName: 'Maël Kerlann'
		});
		const sent = await sendReferral(t.services, alice, p.id, {
			message: 'Votre projet a toute sa place dans cet appel.'
		});
		expect(sent).toMatchObject({
			email: 'contact@kerlann.test',
			state: 'sent',
			call: { id: openCall.id },
			expiresAt: openCall.closesAt!.toISOString(),
			sentBy: { id: alice.userId, name: 'Yann Le Gall' },
			application: null
		});

		const mail = await lastMailTo('contact@kerlann.test');
		expect(mail.template).toBe('partner_referral');
		expect(mail.subject).toBe('Invitation à candidater : Appel à projets 2026');
		expect(mail.textBody).toContain('Bonjour Maël Kerlann');
		expect(mail.textBody).toContain('Yann Le Gall (Aract Bretagne)');
		expect(mail.textBody).toContain('« Appel à projets 2026 »');
		expect(mail.textBody).toContain(
			'Son message : « Votre projet a toute sa place dans cet appel. »'
		);
		const token = /http:\/\/localhost:3000\/candidater\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
		expect(token.length).toBeGreaterThanOrEqual(40);
		const [row] = await t.db.select().from(referrals).where(eq(referrals.id, sent.id));
		expect(row.tokenHash).toBe(hashSecret(token));
		expect(row.tokenHash).not.toContain(token);
		// The token itself is nowhere in the database but in the e-mail.
		const stored = await t.db.execute(
			sql`select count(*)::int as n from referrals where token_hash = ${token} or message like ${'%' + token + '%'}`
		);
		expect(Number((stored as unknown as { rows: { n: number }[] }).rows[0].n)).toBe(0);
		const audited = await t.db.select().from(auditLog).where(eq(auditLog.action, 'referral.send'));
		expect(JSON.stringify(audited)).not.toContain(token);

		expect((await getProspect(t.db, alice, p.id)).stage).toBe('invited');

		// Sending again makes a new link; both are listed, the latest first.
		const second = await sendReferral(t.services, team, p.id, { email: 'mael@kerlann.test' });
		const list = await listReferrals(t.db, alice, p.id);
		expect(list.map((r) => r.id)).toEqual([second.id, sent.id]);
		expect(list[0].email).toBe('mael@kerlann.test');
		const hashes = await t.db.select().from(referrals).where(eq(referrals.prospectId, p.id));
		expect(new Set(hashes.map((h) => h.tokenHash)).size).toBe(2);

		// Expired links say so.
		await t.db
			.update(referrals)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(referrals.id, sent.id));
		expect((await listReferrals(t.db, alice, p.id)).find((r) => r.id === sent.id)!.state).toBe(
			'expired'
		);
	});

	it('needs an address and an open call to invite; a link without a closing date lasts 90 days', async () => {
		const noEmail = await createProspect(t.services, alice, partnerA, {
			...atelier,
			organisationName: 'Mairie de Plouzané',
			email: ''
		});
		expect(await frenchFields(sendReferral(t.services, alice, noEmail.id, {}))).toEqual({
			email: ['Indiquez l’adresse à inviter : ce prospect n’a pas d’adresse e-mail.']
		});
		expect(
			await frenchFields(sendReferral(t.services, alice, noEmail.id, { email: 'mairie@' }))
		).toEqual({
			email: ['Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.']
		});

		// Sourced for the closed call: no invitation possible.
		const closedCall = (await t.db.execute(
			sql`select id from calls where title = 'Appel 2016'`
		)) as unknown as { rows: { id: string }[] };
		const old = await createProspect(t.services, alice, partnerA, {
			...atelier,
			organisationName: 'Ancienne candidate',
			callId: closedCall.rows[0].id
		});
		expect(await rejection(sendReferral(t.services, alice, old.id, {}))).toBeInstanceOf(Conflict);

		// A call without a closing date: 90 days.
		const cycle = await createTestCycle(t.db, programmeId);
		const { call: endless } = await createTestCall(t.db, programmeId, cycle.id, {
			title: 'Appel permanent',
			closesAt: null
		});
		const q = await createProspect(t.services, alice, partnerA, {
			...atelier,
			organisationName: 'Scop Ty Labo',
			callId: endless.id
		});
		const now = new Date();
		const r = await sendReferral(t.services, alice, q.id, {}, now);
		expect(Date.parse(r.expiresAt)).toBe(now.getTime() + 90 * DAY);
		expect(r.call.title).toBe('Appel permanent');
	});

	it('follows the application the invitation started, to submission and beyond', async () => {
		const p = await createProspect(t.services, alice, partnerA, {
			...atelier,
			organisationName: 'Ergonomia Rennes',
			email: 'holder@ergonomia.test'
		});
		const ref = await sendReferral(t.services, alice, p.id, {});
		const app = await startApplication(t.services, holder, openCall.id, {
			title: 'Baromètre de la charge',
			organisation: testOrganisation()
		});
		// What the landing page does when the invitee starts their application.
		await t.db
			.update(referrals)
			.set({ usedAt: new Date(), applicationId: app.id })
			.where(eq(referrals.id, ref.id));
		await t.db.update(prospects).set({ applicationId: app.id }).where(eq(prospects.id, p.id));

		const started = await getProspect(t.db, alice, p.id);
		expect(started.stage).toBe('started');
		expect(started.application).toMatchObject({
			id: app.id,
			reference: app.reference,
			status: 'draft'
		});
		expect(started.referrals[0]).toMatchObject({
			state: 'used',
			application: { id: app.id, reference: app.reference }
		});

		await t.db
			.update(applications)
			.set({ status: 'submitted', submittedAt: new Date() })
			.where(eq(applications.id, app.id));
		expect((await getProspect(t.db, alice, p.id)).stage).toBe('submitted');
		await t.db
			.update(applications)
			.set({ status: 'under_review' })
			.where(eq(applications.id, app.id));
		const listed = await listProspects(t.db, alice, partnerA, { stage: 'eligible' });
		expect(listed.map((x) => x.organisationName)).toEqual(['Ergonomia Rennes']);
		const overview = await getPartnerOverview(t.db, alice, partnerA);
		expect(overview.stageCounts.eligible).toBe(1);
		expect(overview.total).toBe(Object.values(overview.stageCounts).reduce((a, b) => a + b, 0));
	});

	it('filters, searches and archives', async () => {
		const p = await createProspect(t.services, alice, partnerA, {
			...atelier,
			organisationName: 'Fab Lab 100%_Quimper',
			contactName: 'Erwan Tanguy'
		});
		const found = await listProspects(t.db, alice, partnerA, { q: 'quimper' });
		expect(found.map((x) => x.id)).toEqual([p.id]);
		expect(
			(await listProspects(t.db, alice, partnerA, { q: 'tanguy erwan' })).map((x) => x.id)
		).toEqual([p.id]);
		// `%` and `_` are letters here.
		expect((await listProspects(t.db, alice, partnerA, { q: '100%_' })).map((x) => x.id)).toEqual([
			p.id
		]);
		expect(await listProspects(t.db, alice, partnerA, { q: '%' })).toHaveLength(1);
		expect(
			(await listProspects(t.db, alice, partnerA, { call: openCall.id })).every(
				(x) => x.call?.id === openCall.id
			)
		).toBe(true);

		await updateProspect(t.services, alice, p.id, { archived: true });
		expect((await listProspects(t.db, alice, partnerA)).map((x) => x.id)).not.toContain(p.id);
		expect(
			(await listProspects(t.db, alice, partnerA, { archived: true })).map((x) => x.id)
		).toEqual([p.id]);
		expect(
			await rejection(
				addProspectContact(t.services, alice, p.id, {
					on: '2026-03-01',
					channel: 'phone',
					summary: 'x'
				})
			)
		).toBeInstanceOf(Conflict);
		expect(await rejection(sendReferral(t.services, alice, p.id, {}))).toBeInstanceOf(Conflict);
		const restored = await updateProspect(t.services, alice, p.id, { archived: false });
		expect(restored.archived).toBe(false);
	});

	it('never shows a partner’s prospects to another partner, a holder, a jury member or another team', async () => {
		const p = await createProspect(t.services, alice, partnerA, {
			...atelier,
			organisationName: 'Confidentielle SAS'
		});
		const theirs = await createProspect(t.services, bob, partnerB, {
			...atelier,
			organisationName: 'Nantes Travail Demain',
			regionCode: '52'
		});
		const before = {
			prospects: await t.db.$count(prospects),
			contacts: await t.db.$count(prospectContacts),
			referrals: await t.db.$count(referrals),
			audit: await t.db.$count(auditLog)
		};
		for (const outsider of [bob, holder, jury, otherTeam]) {
			const attempts: (() => Promise<unknown>)[] = [
				() => getProspect(t.db, outsider, p.id),
				() => listProspects(t.db, outsider, partnerA),
				() => listProspectContacts(t.db, outsider, p.id),
				() => listReferrals(t.db, outsider, p.id),
				() => getPartnerOverview(t.db, outsider, partnerA),
				() => createProspect(t.services, outsider, partnerA, atelier),
				() => updateProspect(t.services, outsider, p.id, { notes: 'lu' }),
				() =>
					addProspectContact(t.services, outsider, p.id, {
						on: '2026-03-01',
						channel: 'phone',
						summary: 'Intrusion'
					}),
				() => sendReferral(t.services, outsider, p.id, { email: 'pirate@exemple.fr' })
			];
			for (const attempt of attempts) expect(await rejection(attempt())).toBeInstanceOf(NotFound);
		}
		expect({
			prospects: await t.db.$count(prospects),
			contacts: await t.db.$count(prospectContacts),
			referrals: await t.db.$count(referrals),
			audit: await t.db.$count(auditLog)
		}).toEqual(before);
		// Bob sees his own partner's, and only those.
		expect((await listProspects(t.db, bob, partnerB)).map((x) => x.id)).toEqual([theirs.id]);
		// The programme's team reads and writes both.
		expect((await getProspect(t.db, team, p.id)).organisationName).toBe('Confidentielle SAS');
		await updateProspect(t.services, team, theirs.id, { nextStep: 'Point avec l’équipe' });
		// A member's token that may only read.
		const reader = { ...alice, scopes: ['sourcing:read'] };
		expect((await getProspect(t.db, reader, p.id)).id).toBe(p.id);
		expect(
			await rejection(updateProspect(t.services, reader, p.id, { notes: 'jeton' }))
		).toBeInstanceOf(Forbidden);
	});

	it('refuses bad input field by field, in French, and changes nothing', async () => {
		const p = await createProspect(t.services, alice, partnerA, {
			...atelier,
			organisationName: 'Référence'
		});
		const before = {
			prospects: await t.db.$count(prospects),
			contacts: await t.db.$count(prospectContacts),
			audit: await t.db.$count(auditLog)
		};

		expect(
			await frenchFields(
				createProspect(t.services, alice, partnerA, {
					...atelier,
					organisationName: ' ',
					email: 'soizic@',
					regionCode: '52',
					notes: 'n'.repeat(5001),
					firstContactOn: '31/02/2026',
					channel: 'pigeon' as never,
					phone: 'appelez-moi'
				})
			)
		).toEqual({
			organisationName: ['Indiquez le nom de la structure.'],
			email: ['Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.'],
			regionCode: ['Choisissez l’une des régions du partenaire.'],
			notes: ['Les notes ne doivent pas dépasser 5 000 caractères.'],
			firstContactOn: ['Saisissez une date valide, par exemple 15/03/2026.'],
			channel: ['Choisissez un canal de la liste.'],
			phone: [
				'Saisissez un numéro de téléphone : chiffres, espaces, +, points ou tirets, 40 caractères au plus.'
			]
		});
		// A region alone: the partner's regions, and the list's.
		expect(
			await frenchFields(
				createProspect(t.services, alice, partnerA, { ...atelier, regionCode: '52' })
			)
		).toEqual({ regionCode: ['Choisissez l’une des régions du partenaire.'] });
		expect(
			await frenchFields(
				createProspect(t.services, alice, partnerA, { ...atelier, regionCode: '99' })
			)
		).toEqual({ regionCode: ['Choisissez une région de la liste.'] });
		expect(
			await frenchFields(
				createProspect(t.services, alice, partnerA, {
					...atelier,
					organisationName: 'o'.repeat(201),
					firstContactOn: ''
				})
			)
		).toEqual({
			organisationName: ['Le nom de la structure ne doit pas dépasser 200 caractères.'],
			firstContactOn: ['Indiquez la date.']
		});
		expect(
			await frenchFields(
				createProspect(t.services, alice, partnerA, { ...atelier, callId: partnerB })
			)
		).toEqual({ callId: ['Choisissez un appel à projets du programme.'] });
		expect(
			await frenchFields(updateProspect(t.services, alice, p.id, { regionCode: '52' }))
		).toEqual({ regionCode: ['Choisissez l’une des régions du partenaire.'] });
		expect(
			await frenchFields(
				addProspectContact(t.services, alice, p.id, { on: '', channel: 'phone', summary: '  ' })
			)
		).toEqual({ on: ['Indiquez la date.'], summary: ['Résumez l’échange.'] });
		expect(
			await frenchFields(
				addProspectContact(t.services, alice, p.id, {
					on: '2026-03-01',
					channel: 'phone',
					summary: 's'.repeat(5001)
				})
			)
		).toEqual({ summary: ['Le résumé ne doit pas dépasser 5 000 caractères.'] });
		expect(
			await frenchFields(sendReferral(t.services, alice, p.id, { message: 'm'.repeat(2001) }))
		).toEqual({ message: ['Le message ne doit pas dépasser 2 000 caractères.'] });

		expect({
			prospects: await t.db.$count(prospects),
			contacts: await t.db.$count(prospectContacts),
			audit: await t.db.$count(auditLog)
		}).toEqual(before);
		expect((await getProspect(t.db, alice, p.id)).regionCode).toBe('53');
	});
});
