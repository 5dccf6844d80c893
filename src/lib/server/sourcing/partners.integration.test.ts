/**
 * The programme team manages its regional partners, on each backend: creates, renames, re-regions
 * and archives them, adds and removes members; each member's `regional_partner` grants stay one
 * per region of the partner, in step with its regions, every change audited. Nobody else manages
 * partners; bad input is refused field by field, in French, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { actorFor, createTestProgramme, createUser } from '../../../../tests/helpers/factories.ts';
import { hasRole, partnerIdsOf, partnerRegionsOf, type UserActor } from '../accounts/actor.ts';
import { queryAuditLog } from '../audit/log.ts';
import { auditLog, outbox, partners, roleAssignments, users } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { revokeRole } from '../users/revokeRole.ts';
import { translateMessage, translator } from '../../i18n/index.ts';
import {
	addPartnerMember,
	createPartner,
	getPartner,
	listMyPartners,
	listPartners,
	removePartnerMember,
	updatePartner
} from './partners.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

/** The French messages of a refusal, per field. */
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

describe.each(backends)('regional partners (%s)', (backend) => {
	let t: TestDatabase;
	let programmeId: string;
	let team: UserActor;
	let otherTeam: UserActor;
	let holder: UserActor;
	let jury: UserActor;
	let yann: UserActor;

	/** The partner grants a person holds now, as `region:partnerId`. */
	const grantsOf = async (userId: string) =>
		(
			await t.db
				.select()
				.from(roleAssignments)
				.where(
					and(eq(roleAssignments.userId, userId), eq(roleAssignments.role, 'regional_partner'))
				)
		)
			.map((g) => `${g.regionCode}:${g.partnerId}`)
			.sort();

	beforeAll(async () => {
		t = await freshDatabase(backend);
		programmeId = (await createTestProgramme(t.db, { name: 'Transformateur numérique' })).id;
		const other = await createTestProgramme(t.db);
		team = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId }] })).id
		);
		otherTeam = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id
		);
		holder = await actorFor(t.db, (await createUser(t.db, { roles: [{ role: 'holder' }] })).id);
		jury = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'jury', programmeId }] })).id
		);
		yann = await actorFor(
			t.db,
			(
				await createUser(t.db, {
					name: 'Yann Le Gall',
					email: 'yann.legall@aract-bretagne.test',
					roles: [{ role: 'jury', programmeId }]
				})
			).id
		);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('creates a partner, gives members one grant per region, and keeps them in step', async () => {
		const p = await createPartner(t.services, team, programmeId, {
			name: '  Aract Bretagne ',
			regionCodes: ['53'],
			contactEmail: 'Contact@Aract-Bretagne.test'
		});
		expect(p).toMatchObject({
			name: 'Aract Bretagne',
			regions: [{ code: '53', name: 'Bretagne' }],
			contactEmail: 'contact@aract-bretagne.test',
			archived: false,
			members: []
		});

		// An existing account: it gains the role, keeps its other roles, and is told by e-mail.
		const member = await addPartnerMember(t.services, team, p.id, {
			email: 'YANN.LEGALL@aract-bretagne.test'
		});
		expect(member).toMatchObject({ userId: yann.userId, name: 'Yann Le Gall' });
		expect(await grantsOf(yann.userId)).toEqual([`53:${p.id}`]);
		const again = await actorFor(t.db, yann.userId);
		expect(partnerIdsOf(again, programmeId)).toEqual([p.id]);
		expect(partnerRegionsOf(again, programmeId)).toEqual(['53']);
		expect(hasRole(again, 'jury', programmeId)).toBe(true);
		const [mail] = await t.db.select().from(outbox).where(eq(outbox.toAddress, yann.email));
		expect(mail.template).toBe('role_granted');
		expect(mail.textBody).toContain('Aract Bretagne');
		expect(mail.textBody).toContain('http://localhost:3000/connexion/lien');

		// A new address: an account without password, to log in by link.
		const newcomer = await addPartnerMember(t.services, team, p.id, {
			email: 'gwenaelle.morvan@aract-bretagne.test',
			name: 'Gwenaëlle Morvan'
		});
		const [created] = await t.db.select().from(users).where(eq(users.id, newcomer.userId));
		expect(created).toMatchObject({
			email: 'gwenaelle.morvan@aract-bretagne.test',
			name: 'Gwenaëlle Morvan',
			passwordHash: null,
			emailVerifiedAt: null
		});
		expect(
			await t.db.$count(outbox, eq(outbox.toAddress, 'gwenaelle.morvan@aract-bretagne.test'))
		).toBe(1);

		// Twice the same person: refused under the address.
		expect(
			await frenchFields(addPartnerMember(t.services, team, p.id, { email: yann.email }))
		).toEqual({ email: ['Cette personne est déjà membre du partenaire.'] });

		// New regions: every member gains them; regions left take the grants away.
		const wider = await updatePartner(t.services, team, p.id, { regionCodes: ['53', '52'] });
		expect(wider.regions.map((r) => r.code)).toEqual(['52', '53']);
		expect(await grantsOf(yann.userId)).toEqual([`52:${p.id}`, `53:${p.id}`]);
		expect(await grantsOf(newcomer.userId)).toEqual([`52:${p.id}`, `53:${p.id}`]);
		await updatePartner(t.services, team, p.id, { regionCodes: ['52'] });
		expect(await grantsOf(yann.userId)).toEqual([`52:${p.id}`]);
		expect(await grantsOf(newcomer.userId)).toEqual([`52:${p.id}`]);
		await updatePartner(t.services, team, p.id, { regionCodes: ['53'] });

		// Every grant given or taken is in the audit log, with the partner's changes.
		const log = await queryAuditLog(t.db, { programmeId, limit: 200 });
		const actions = log.map((e) => e.action);
		expect(actions.filter((a) => a === 'role.granted')).toHaveLength(2 + 2 + 2);
		expect(actions.filter((a) => a === 'role.revoked')).toHaveLength(2 + 2);
		expect(actions.filter((a) => a === 'partner.update')).toHaveLength(3);
		expect(actions).toContain('partner.create');
		expect(actions.filter((a) => a === 'partner.member.add')).toHaveLength(2);
		const regionChange = log.find((e) => e.action === 'partner.update')!;
		expect(regionChange.before).toMatchObject({ regionCodes: ['52'] });
		expect(regionChange.after).toMatchObject({ regionCodes: ['53'] });

		// The member sees their partner; the team sees it with its members.
		expect(
			(await listMyPartners(t.db, await actorFor(t.db, yann.userId))).map((x) => x.name)
		).toEqual(['Aract Bretagne']);
		const listed = await listPartners(t.db, team, programmeId);
		expect(listed.map((x) => [x.name, x.members.map((m) => m.email)])).toEqual([
			['Aract Bretagne', ['gwenaelle.morvan@aract-bretagne.test', yann.email]]
		]);

		// A membership grant is not revoked by hand on the people page: it would leave the member
		// out of step with the partner's regions.
		const [grant] = await t.db
			.select()
			.from(roleAssignments)
			.where(eq(roleAssignments.userId, newcomer.userId));
		const refused = await rejection(revokeRole(t.services, team, newcomer.userId, grant.id));
		expect(refused).toBeInstanceOf(Conflict);
		expect((refused as Conflict).message).toBe('admin.users.error.partnerGrant');
		expect(await grantsOf(newcomer.userId)).toEqual([`53:${p.id}`]);

		// Removing a member takes the partner's grants only.
		const remaining = await removePartnerMember(t.services, team, p.id, newcomer.userId);
		expect(remaining.map((m) => m.userId)).toEqual([yann.userId]);
		expect(await grantsOf(newcomer.userId)).toEqual([]);
		expect(
			await rejection(removePartnerMember(t.services, team, p.id, newcomer.userId))
		).toBeInstanceOf(NotFound);
	});

	it('renames a partner; two partners of a programme never share a name', async () => {
		const p = await createPartner(t.services, team, programmeId, {
			name: 'Aract Normandie',
			regionCodes: ['28']
		});
		const renamed = await updatePartner(t.services, team, p.id, {
			name: 'Anact — délégation Normandie'
		});
		expect(renamed.name).toBe('Anact — délégation Normandie');
		expect(
			await frenchFields(updatePartner(t.services, team, p.id, { name: 'aract bretagne' }))
		).toEqual({ name: ['Un partenaire du programme porte déjà ce nom.'] });
		expect(
			await frenchFields(
				createPartner(t.services, team, programmeId, {
					name: 'Aract Bretagne',
					regionCodes: ['53']
				})
			)
		).toEqual({ name: ['Un partenaire du programme porte déjà ce nom.'] });
		expect((await getPartner(t.db, team, p.id)).name).toBe('Anact — délégation Normandie');
	});

	it('archives a partner: its members lose their grants; restored, it has none', async () => {
		const p = await createPartner(t.services, team, programmeId, {
			name: 'Aract Occitanie',
			regionCodes: ['76']
		});
		const person = await createUser(t.db);
		await addPartnerMember(t.services, team, p.id, { email: person.email });
		expect(await grantsOf(person.id)).toEqual([`76:${p.id}`]);

		const archived = await updatePartner(t.services, team, p.id, { archived: true });
		expect(archived.archived).toBe(true);
		expect(archived.members).toEqual([]);
		expect(await grantsOf(person.id)).toEqual([]);
		expect(await listMyPartners(t.db, await actorFor(t.db, person.id))).toEqual([]);
		expect(
			await rejection(addPartnerMember(t.services, team, p.id, { email: person.email }))
		).toBeInstanceOf(Conflict);
		// Listed after the live ones.
		const names = (await listPartners(t.db, team, programmeId)).map((x) => x.name);
		expect(names.at(-1)).toBe('Aract Occitanie');

		const restored = await updatePartner(t.services, team, p.id, { archived: false });
		expect(restored.archived).toBe(false);
		await addPartnerMember(t.services, team, p.id, { email: person.email });
		expect(await grantsOf(person.id)).toEqual([`76:${p.id}`]);
		const actions = (await queryAuditLog(t.db, { entityType: 'partner', entityId: p.id })).map(
			(e) => e.action
		);
		expect(actions).toContain('partner.archive');
		expect(actions).toContain('partner.restore');
	});

	it('refuses bad input field by field, in French, and changes nothing', async () => {
		const p = await createPartner(t.services, team, programmeId, {
			name: 'Aract Grand Est',
			regionCodes: ['44']
		});
		const before = { partners: await t.db.$count(partners), audit: await t.db.$count(auditLog) };

		expect(
			await frenchFields(
				createPartner(t.services, team, programmeId, {
					name: '   ',
					regionCodes: ['99'],
					contactEmail: 'pas-une-adresse'
				})
			)
		).toEqual({
			name: ['Indiquez le nom du partenaire.'],
			regionCodes: ['Choisissez une région de la liste.'],
			contactEmail: [
				'Saisissez une adresse e-mail valide, par exemple contact@aract.fr, ou laissez le champ vide.'
			]
		});
		expect(
			await frenchFields(
				createPartner(t.services, team, programmeId, { name: 'x'.repeat(201), regionCodes: [] })
			)
		).toEqual({
			name: ['Le nom du partenaire ne doit pas dépasser 200 caractères.'],
			regionCodes: ['Choisissez au moins une région.']
		});
		expect(
			await frenchFields(updatePartner(t.services, team, p.id, { regionCodes: ['53', 'XX'] }))
		).toEqual({ regionCodes: ['Choisissez une région de la liste.'] });
		expect(
			await frenchFields(addPartnerMember(t.services, team, p.id, { email: 'jean@' }))
		).toEqual({
			email: ['Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.']
		});
		expect(await frenchFields(addPartnerMember(t.services, team, p.id, { email: '' }))).toEqual({
			email: ['Indiquez l’adresse e-mail de la personne.']
		});
		expect(
			await frenchFields(
				addPartnerMember(t.services, team, p.id, {
					email: 'nouvelle@exemple.fr',
					name: 'n'.repeat(201)
				})
			)
		).toEqual({ name: ['Le nom ne doit pas dépasser 200 caractères.'] });

		expect({
			partners: await t.db.$count(partners),
			audit: await t.db.$count(auditLog)
		}).toEqual(before);
		expect((await getPartner(t.db, team, p.id)).regions.map((r) => r.code)).toEqual(['44']);
		expect(await t.db.$count(users, eq(users.email, 'nouvelle@exemple.fr'))).toBe(0);
	});

	it('lets only the programme’s team manage partners; others are told nothing exists', async () => {
		const p = await createPartner(t.services, team, programmeId, {
			name: 'Aract Hauts-de-France',
			regionCodes: ['32']
		});
		const member = await createUser(t.db);
		await addPartnerMember(t.services, team, p.id, { email: member.email });
		const memberActor = await actorFor(t.db, member.id);

		for (const someone of [memberActor, holder, jury, otherTeam]) {
			expect(
				await rejection(
					createPartner(t.services, someone, programmeId, { name: 'Pirate', regionCodes: ['32'] })
				)
			).toBeInstanceOf(NotFound);
			expect(
				await rejection(updatePartner(t.services, someone, p.id, { name: 'Pirate' }))
			).toBeInstanceOf(NotFound);
			expect(
				await rejection(addPartnerMember(t.services, someone, p.id, { email: holder.email }))
			).toBeInstanceOf(NotFound);
			expect(
				await rejection(removePartnerMember(t.services, someone, p.id, member.id))
			).toBeInstanceOf(NotFound);
			expect(await rejection(listPartners(t.db, someone, programmeId))).toBeInstanceOf(NotFound);
		}
		// Members read their own partner; outsiders do not.
		expect((await getPartner(t.db, memberActor, p.id)).name).toBe('Aract Hauts-de-France');
		for (const someone of [holder, jury, otherTeam]) {
			expect(await rejection(getPartner(t.db, someone, p.id))).toBeInstanceOf(NotFound);
		}
		// A team token that may only read.
		const reader = { ...team, scopes: ['sourcing:read'] };
		expect((await listPartners(t.db, reader, programmeId)).length).toBeGreaterThan(0);
		expect(
			await rejection(updatePartner(t.services, reader, p.id, { name: 'Lecture seule' }))
		).toBeInstanceOf(Forbidden);
		expect((await getPartner(t.db, team, p.id)).name).toBe('Aract Hauts-de-France');
	});
});
