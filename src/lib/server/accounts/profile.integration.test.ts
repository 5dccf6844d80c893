import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { actorFor, createUser } from '../../../../tests/helpers/factories.ts';
import { users } from '../db/schema.ts';
import { anonymous } from './actor.ts';
import { changePassword, getProfile, updateProfile } from './profile.ts';
import { listMySessions, logOut, revokeMyOtherSessions, revokeMySession } from './mySessions.ts';
import { createMyApiToken, listMyApiTokens, revokeMyApiToken } from './personalTokens.ts';
import { authenticateApiToken } from './apiTokens.ts';
import { createSession, validateSession } from './sessions.ts';
import { hashSecret } from './tokens.ts';
import { logIn } from './login.ts';
import { Forbidden, Invalid, NotFound, Unauthenticated } from '../errors.ts';

const PASSWORD = 'une phrase de passe solide';
const NEW = 'une toute nouvelle phrase';

describe.each(backends)('my account (%s)', (backend) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await freshDatabase(backend);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('nobody anonymous reads or changes an account', async () => {
		await expect(getProfile(t.services, anonymous)).rejects.toBeInstanceOf(Unauthenticated);
		await expect(
			updateProfile(t.services, anonymous, { name: 'X', locale: 'fr' })
		).rejects.toBeInstanceOf(Unauthenticated);
		await expect(listMyApiTokens(t.services, anonymous)).rejects.toBeInstanceOf(Unauthenticated);
	});

	it('changes name and preferred language', async () => {
		const user = await createUser(t.db, { name: 'Alex Avant' });
		const me = await actorFor(t.db, user.id);
		await updateProfile(t.services, me, { name: 'Alex Après', locale: 'en' });
		const profile = await getProfile(t.services, me);
		expect(profile).toMatchObject({ name: 'Alex Après', locale: 'en', email: user.email });
	});

	it('changing the password checks the current one and closes the other sessions', async () => {
		const user = await createUser(t.db, { password: PASSWORD });
		const me = await actorFor(t.db, user.id);
		const here = await createSession(t.db, user.id);
		const elsewhere = await createSession(t.db, user.id);

		const wrong = await changePassword(
			t.services,
			me,
			{ currentPassword: 'pas le bon', newPassword: NEW },
			hashSecret(here.token)
		).catch((e) => e);
		expect(wrong).toBeInstanceOf(Invalid);
		expect((wrong as Invalid).fields.currentPassword).toEqual(['accounts.password.wrongCurrent']);
		expect(await validateSession(t.db, elsewhere.token)).not.toBeNull();

		await changePassword(
			t.services,
			me,
			{ currentPassword: PASSWORD, newPassword: NEW },
			hashSecret(here.token)
		);
		expect(await validateSession(t.db, here.token)).not.toBeNull();
		expect(await validateSession(t.db, elsewhere.token)).toBeNull();
		await logIn(t.services, anonymous, { email: user.email, password: NEW });
	});

	it('an account without a password may set one without a current password', async () => {
		const user = await createUser(t.db);
		const me = await actorFor(t.db, user.id);
		expect((await getProfile(t.services, me)).hasPassword).toBe(false);
		await changePassword(t.services, me, { currentPassword: '', newPassword: NEW }, null);
		await logIn(t.services, anonymous, { email: user.email, password: NEW });
	});

	it('lists my sessions, marks the current one, and revokes only mine', async () => {
		const user = await createUser(t.db);
		const other = await createUser(t.db);
		const me = await actorFor(t.db, user.id);
		const them = await actorFor(t.db, other.id);
		const here = await createSession(t.db, user.id, {
			userAgent: 'Firefox',
			ipAddress: '192.0.2.1'
		});
		const phone = await createSession(t.db, user.id, {
			userAgent: 'Safari',
			ipAddress: '192.0.2.2'
		});
		const tablet = await createSession(t.db, user.id, { userAgent: 'Chrome' });

		const list = await listMySessions(t.services, me, hashSecret(here.token));
		expect(list).toHaveLength(3);
		expect(list.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Firefox']);

		const phoneId = hashSecret(phone.token);
		await revokeMySession(t.services, them, phoneId);
		expect(await validateSession(t.db, phone.token)).not.toBeNull();
		await revokeMySession(t.services, me, phoneId);
		expect(await validateSession(t.db, phone.token)).toBeNull();

		await revokeMyOtherSessions(t.services, me, hashSecret(here.token));
		expect(await validateSession(t.db, tablet.token)).toBeNull();
		expect(await validateSession(t.db, here.token)).not.toBeNull();

		await logOut(t.db, here.token);
		expect(await validateSession(t.db, here.token)).toBeNull();
	});

	it('creates a token shown once, lists it without its secret, and revokes it', async () => {
		const user = await createUser(t.db, { roles: [{ role: 'team' }] });
		const me = await actorFor(t.db, user.id);
		const all = await createMyApiToken(t.services, me, { tokenName: 'Tableau', scopes: [] });
		const narrow = await createMyApiToken(t.services, me, {
			tokenName: 'Lecture',
			scopes: ['programmes:read']
		});
		expect(all.token).toMatch(/^tfo_/);

		const listed = await listMyApiTokens(t.services, me);
		expect(listed.map((x) => [x.name, x.scopes])).toEqual([
			['Lecture', ['programmes:read']],
			['Tableau', null]
		]);
		expect(JSON.stringify(listed)).not.toContain(all.token);

		const viaToken = await authenticateApiToken(t.db, narrow.token);
		expect(viaToken?.scopes).toEqual(['programmes:read']);
		// A restricted token may not mint itself a broader one.
		await expect(
			createMyApiToken(t.services, viaToken!, { tokenName: 'Évasion', scopes: [] })
		).rejects.toBeInstanceOf(Forbidden);

		const stranger = await actorFor(t.db, (await createUser(t.db)).id);
		await expect(revokeMyApiToken(t.services, stranger, all.id)).rejects.toBeInstanceOf(NotFound);
		await expect(revokeMyApiToken(t.services, me, 'pas-un-id')).rejects.toBeInstanceOf(NotFound);
		expect(await authenticateApiToken(t.db, all.token)).not.toBeNull();

		await revokeMyApiToken(t.services, me, all.id);
		expect(await authenticateApiToken(t.db, all.token)).toBeNull();
		expect((await listMyApiTokens(t.services, me)).map((x) => x.name)).toEqual(['Lecture']);
	});

	it('a profile change keeps the e-mail address as it was', async () => {
		const user = await createUser(t.db, { email: 'Fixe@Exemple.fr' });
		const me = await actorFor(t.db, user.id);
		await updateProfile(t.services, me, { name: 'Nouveau Nom', locale: 'fr' });
		const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
		expect(row.email).toBe('Fixe@Exemple.fr');
	});
});
