import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { actorFor, createUser } from '../../../../tests/helpers/factories.ts';
import { auditLog, outbox, programmes, roleAssignments, users } from '../db/schema.ts';
import { createSession, validateSession } from '../accounts/sessions.ts';
import { anonymous } from '../accounts/actor.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { listAuditLog } from '../audit/list.ts';
import { getMailboxMessage, listMailbox } from '../notifications/mailbox.ts';
import {
	disableUser,
	enableUser,
	getUser,
	grantRole,
	inviteUser,
	listGrantOptions,
	listUsers,
	revokeRole,
	roleGrantSchema,
	inviteSchema
} from './index.ts';

describe.each(backends)('users and roles (%s)', (backend) => {
	let t: TestDatabase;
	let p: string;
	let q: string;

	async function programme(name: string) {
		const slug = `${name.toLowerCase().replace(/\W+/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
		const [row] = await t.db.insert(programmes).values({ name, slug }).returning();
		return row.id;
	}
	const rolesOf = (userId: string) =>
		t.db.select().from(roleAssignments).where(eq(roleAssignments.userId, userId));
	const auditCount = async () => (await t.db.select().from(auditLog)).length;
	const mailsTo = (address: string) =>
		t.db.select().from(outbox).where(eq(outbox.toAddress, address));

	beforeAll(async () => {
		t = await freshDatabase(backend);
		p = await programme('Transformateur numérique');
		q = await programme('Autre programme');
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('a team member of P grants a jury role on P: the person holds it, is told, and the log says so', async () => {
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const person = await createUser(t.db, { name: 'Sophie Bernard' });
		const actor = await actorFor(t.db, lead.id);

		const role = await grantRole(t.services, actor, person.id, {
			role: 'jury',
			programmeId: p,
			regionCode: null
		});
		expect(role).toMatchObject({ role: 'jury', programmeId: p, canRevoke: true });
		expect(role.programmeName).toBe('Transformateur numérique');

		const seen = await getUser(t.db, actor, person.id);
		expect(seen.roles.map((r) => [r.role, r.programmeId])).toEqual([['jury', p]]);

		const log = await listAuditLog(t.db, actor, { entityType: 'role_assignment' });
		const entry = log.items.find((e) => e.entityId === role.id);
		expect(entry).toMatchObject({
			action: 'role.granted',
			programmeId: p,
			before: null,
			after: { userId: person.id, email: person.email, role: 'jury', programmeId: p }
		});
		expect(entry?.actor.id).toBe(lead.id);
		expect(entry?.changes.map((c) => c.key)).toContain('role');

		const mails = await mailsTo(person.email);
		expect(mails).toHaveLength(1);
		expect(mails[0].template).toBe('role_granted');
		expect(mails[0].textBody).toContain('Membre du jury');
		expect(mails[0].textBody).toContain('http://localhost:3000/connexion/lien');
	});

	it('a team member of P may not grant or revoke on Q (Forbidden: both are visible to them), and nothing changes', async () => {
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const person = await createUser(t.db, { roles: [{ role: 'expert', programmeId: q }] });
		const actor = await actorFor(t.db, lead.id);
		const before = await auditCount();

		await expect(
			grantRole(t.services, actor, person.id, { role: 'jury', programmeId: q, regionCode: null })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(
			grantRole(t.services, actor, person.id, { role: 'jury', programmeId: null, regionCode: null })
		).rejects.toBeInstanceOf(Forbidden);
		const [expertOnQ] = await rolesOf(person.id);
		await expect(revokeRole(t.services, actor, person.id, expertOnQ.id)).rejects.toBeInstanceOf(
			Forbidden
		);
		await expect(disableUser(t.services, actor, person.id)).rejects.toBeInstanceOf(Forbidden);

		expect((await rolesOf(person.id)).map((r) => r.role)).toEqual(['expert']);
		expect(await auditCount()).toBe(before);
		expect(await mailsTo(person.email)).toHaveLength(0);
		const seen = await getUser(t.db, actor, person.id);
		expect(seen.roles[0].canRevoke).toBe(false);
		expect(seen.canManageAccount).toBe(false);
	});

	it('anyone but a team member is told the pages do not exist', async () => {
		const juror = await createUser(t.db, { roles: [{ role: 'jury', programmeId: p }] });
		const someone = await createUser(t.db);
		const actor = await actorFor(t.db, juror.id);
		const [anyMail] = await t.db.select().from(outbox).limit(1);
		for (const who of [actor, anonymous]) {
			await expect(listUsers(t.db, who)).rejects.toBeInstanceOf(NotFound);
			await expect(getUser(t.db, who, someone.id)).rejects.toBeInstanceOf(NotFound);
			await expect(listGrantOptions(t.db, who)).rejects.toBeInstanceOf(NotFound);
			await expect(listAuditLog(t.db, who)).rejects.toBeInstanceOf(NotFound);
			await expect(listMailbox(t.db, who, { delivery: 'mailbox' })).rejects.toBeInstanceOf(
				NotFound
			);
			await expect(
				getMailboxMessage(t.db, who, anyMail.id, { delivery: 'mailbox' })
			).rejects.toBeInstanceOf(NotFound);
			await expect(
				grantRole(t.services, who, someone.id, { role: 'jury', programmeId: p, regionCode: null })
			).rejects.toBeInstanceOf(NotFound);
			await expect(disableUser(t.services, who, someone.id)).rejects.toBeInstanceOf(NotFound);
		}
		expect(await rolesOf(someone.id)).toHaveLength(0);
	});

	it('a regional partner needs a known region; without one nothing changes', async () => {
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const person = await createUser(t.db);
		const actor = await actorFor(t.db, lead.id);
		const before = await auditCount();

		const missing = roleGrantSchema.safeParse({ role: 'regional_partner', programmeId: p });
		expect(missing.success).toBe(false);
		expect(missing.error?.issues[0]).toMatchObject({
			path: ['regionCode'],
			message: 'admin.users.validation.regionRequired'
		});
		const unknown = roleGrantSchema.safeParse({
			role: 'regional_partner',
			programmeId: p,
			regionCode: '99'
		});
		expect(unknown.error?.issues[0].message).toBe('admin.users.validation.regionInvalid');

		// The use case holds the rule too, whatever its caller.
		await expect(
			grantRole(t.services, actor, person.id, {
				role: 'regional_partner',
				programmeId: p,
				regionCode: null
			})
		).rejects.toBeInstanceOf(Invalid);
		await expect(
			grantRole(t.services, actor, person.id, {
				role: 'regional_partner',
				programmeId: p,
				regionCode: '99'
			})
		).rejects.toBeInstanceOf(Invalid);
		expect(await rolesOf(person.id)).toHaveLength(0);
		expect(await auditCount()).toBe(before);
		expect(await mailsTo(person.email)).toHaveLength(0);

		// A region is kept for a regional partner, and ignored for any other role.
		const ok = roleGrantSchema.parse({
			role: 'regional_partner',
			programmeId: p,
			regionCode: '53'
		});
		const granted = await grantRole(t.services, actor, person.id, ok);
		expect(granted).toMatchObject({ regionCode: '53', regionName: 'Bretagne' });
		const jury = roleGrantSchema.parse({ role: 'jury', programmeId: p, regionCode: '53' });
		expect(jury.regionCode).toBeNull();
	});

	it('granting a role twice is a conflict, and leaves one role', async () => {
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const person = await createUser(t.db);
		const actor = await actorFor(t.db, lead.id);
		const input = { role: 'expert' as const, programmeId: p, regionCode: null };
		await grantRole(t.services, actor, person.id, input);
		const error = await grantRole(t.services, actor, person.id, input).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(Conflict);
		expect((error as Conflict).message).toBe('admin.users.error.alreadyHolds');
		expect(await rolesOf(person.id)).toHaveLength(1);
		expect(await mailsTo(person.email)).toHaveLength(1);
	});

	it('nobody revokes their own last team role; another team member may', async () => {
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const other = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const me = await actorFor(t.db, lead.id);
		const [mine] = await rolesOf(lead.id);

		const error = await revokeRole(t.services, me, lead.id, mine.id).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(Conflict);
		expect((error as Conflict).message).toBe('admin.users.error.lastTeamRole');
		expect(await rolesOf(lead.id)).toHaveLength(1);

		await revokeRole(t.services, await actorFor(t.db, other.id), lead.id, mine.id);
		expect(await rolesOf(lead.id)).toHaveLength(0);
		const [entry] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, mine.id), eq(auditLog.action, 'role.revoked')));
		expect(entry.before).toMatchObject({ userId: lead.id, role: 'team', programmeId: p });
		expect(entry.after).toBeNull();
	});

	it('a role is revoked only through its own person; ids that name nothing are not found', async () => {
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const person = await createUser(t.db, { roles: [{ role: 'jury', programmeId: p }] });
		const actor = await actorFor(t.db, lead.id);
		const [role] = await rolesOf(person.id);
		await expect(revokeRole(t.services, actor, lead.id, role.id)).rejects.toBeInstanceOf(NotFound);
		await expect(revokeRole(t.services, actor, person.id, 'pas-un-id')).rejects.toBeInstanceOf(
			NotFound
		);
		await expect(getUser(t.db, actor, 'pas-un-id')).rejects.toBeInstanceOf(NotFound);
		expect(await rolesOf(person.id)).toHaveLength(1);
	});

	it('inviting a new address creates the account and sends exactly one e-mail', async () => {
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const actor = await actorFor(t.db, lead.id);
		const input = inviteSchema.parse({
			email: '  Nadia.Benali@Exemple.fr ',
			name: 'Nadia Benali',
			role: 'expert',
			programmeId: p
		});
		const result = await inviteUser(t.services, actor, input);
		expect(result.created).toBe(true);

		const [account] = await t.db.select().from(users).where(eq(users.id, result.userId));
		expect(account).toMatchObject({
			email: 'Nadia.Benali@Exemple.fr',
			name: 'Nadia Benali',
			passwordHash: null,
			emailVerifiedAt: null
		});
		expect((await rolesOf(account.id)).map((r) => r.role)).toEqual(['expert']);
		const mails = await mailsTo(account.email);
		expect(mails).toHaveLength(1);
		expect(mails[0].template).toBe('role_granted');
		expect(mails[0].textBody).toContain('/connexion/lien');
		const actions = (await t.db.select().from(auditLog).where(eq(auditLog.actorId, lead.id))).map(
			(e) => e.action
		);
		expect(actions).toEqual(['user.invited', 'role.granted']);

		// The same address, in another case: the existing account gets the new role and one more mail.
		const again = await inviteUser(
			t.services,
			actor,
			inviteSchema.parse({
				email: 'nadia.benali@exemple.fr',
				name: 'N. B.',
				role: 'jury',
				programmeId: p
			})
		);
		expect(again).toMatchObject({ userId: account.id, created: false });
		expect(await mailsTo(account.email)).toHaveLength(2);
		expect((await rolesOf(account.id)).map((r) => r.role).sort()).toEqual(['expert', 'jury']);

		// Inviting again with a role already held changes nothing and sends nothing.
		await expect(inviteUser(t.services, actor, input)).rejects.toBeInstanceOf(Conflict);
		expect(await mailsTo(account.email)).toHaveLength(2);
	});

	it('disabling an account ends its sessions; nobody disables themselves', async () => {
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const person = await createUser(t.db, { roles: [{ role: 'holder', programmeId: p }] });
		const actor = await actorFor(t.db, lead.id);
		const { token } = await createSession(t.db, person.id);
		await createSession(t.db, person.id);
		expect((await getUser(t.db, actor, person.id)).activeSessions).toBe(2);

		await disableUser(t.services, actor, person.id);
		const seen = await getUser(t.db, actor, person.id);
		expect(seen.disabled).toBe(true);
		expect(seen.activeSessions).toBe(0);
		expect(await validateSession(t.db, token)).toBeNull();
		const [entry] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, 'user.disabled')));
		expect(entry.before).toMatchObject({ disabledAt: null });
		expect(entry.after).toMatchObject({ endedSessions: 2 });

		await expect(disableUser(t.services, actor, lead.id)).rejects.toBeInstanceOf(Conflict);

		await enableUser(t.services, actor, person.id);
		expect((await getUser(t.db, actor, person.id)).disabled).toBe(false);
	});

	it('lists people by name or address, role and programme, a page at a time', async () => {
		const admin = await createUser(t.db, { roles: [{ role: 'team', programmeId: null }] });
		const actor = await actorFor(t.db, admin.id);
		const tag = Math.random().toString(36).slice(2, 8);
		for (let i = 0; i < 3; i++) {
			await createUser(t.db, {
				name: `Zoé ${tag} ${i}`,
				roles: [{ role: 'jury', programmeId: q }]
			});
		}
		await createUser(t.db, { email: `x_${tag}@exemple.fr`, name: 'Sans rôle' });

		const byName = await listUsers(t.db, actor, { q: tag });
		expect(byName.total).toBe(4);
		const juryOnQ = await listUsers(t.db, actor, { q: tag, role: 'jury', programmeId: q });
		expect(juryOnQ.items.map((u) => u.name)).toEqual([
			`Zoé ${tag} 0`,
			`Zoé ${tag} 1`,
			`Zoé ${tag} 2`
		]);
		expect(juryOnQ.items[0].roles[0]).toMatchObject({
			role: 'jury',
			programmeName: 'Autre programme'
		});
		expect((await listUsers(t.db, actor, { q: tag, programmeId: p })).total).toBe(0);

		const page2 = await listUsers(t.db, actor, { q: tag, pageSize: 3, page: 2 });
		expect(page2).toMatchObject({ total: 4, pageCount: 2, page: 2 });
		expect(page2.items).toHaveLength(1);
		// A percent sign is searched as a letter, not as a wildcard.
		expect((await listUsers(t.db, actor, { q: '%' })).total).toBe(0);
		expect((await listUsers(t.db, actor, { q: `x_${tag}` })).total).toBe(1);
	});

	it('only the platform team grants platform-wide roles, and sees every programme as an option', async () => {
		const admin = await createUser(t.db, { roles: [{ role: 'team', programmeId: null }] });
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: p }] });
		const person = await createUser(t.db);
		const adminActor = await actorFor(t.db, admin.id);
		const leadActor = await actorFor(t.db, lead.id);

		expect(await listGrantOptions(t.db, leadActor)).toEqual({
			programmes: [{ id: p, name: 'Transformateur numérique' }],
			platformWide: false
		});
		const all = await listGrantOptions(t.db, adminActor);
		expect(all.platformWide).toBe(true);
		expect(all.programmes.map((x) => x.id).sort()).toEqual([p, q].sort());

		const role = await grantRole(t.services, adminActor, person.id, {
			role: 'team',
			programmeId: null,
			regionCode: null
		});
		expect(role.programmeName).toBeNull();
		const mail = (await mailsTo(person.email))[0];
		expect(mail.subject).toContain('Tous les programmes');
		// An unknown programme is a mistake in the form, not a crash.
		await expect(
			grantRole(t.services, adminActor, person.id, {
				role: 'jury',
				programmeId: '00000000-0000-4000-8000-000000000000',
				regionCode: null
			})
		).rejects.toBeInstanceOf(Invalid);
	});
});
