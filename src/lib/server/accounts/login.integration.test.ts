import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { createUser } from '../../../../tests/helpers/factories.ts';
import { loginFailures, users } from '../db/schema.ts';
import { anonymous } from './actor.ts';
import { logIn } from './login.ts';
import { validateSession } from './sessions.ts';
import { accountKey, addressKey } from './rateLimit.ts';
import { DomainError, RateLimited } from '../errors.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/accounts.ts';
import { mailsTo } from './testMail.ts';

const PASSWORD = 'une phrase de passe solide';

/** The error a login attempt ends with (or null when it succeeds). */
async function attempt(
	t: TestDatabase,
	email: string,
	password: string,
	ipAddress = '192.0.2.1',
	services = t.services
): Promise<DomainError | null> {
	try {
		await logIn(services, anonymous, { email, password }, { ipAddress, userAgent: 'Test' });
		return null;
	} catch (e) {
		if (e instanceof DomainError) return e;
		throw e;
	}
}

/** Moves the recorded failures of a key back in time. */
async function age(t: TestDatabase, key: string, minutes: number) {
	await t.db
		.update(loginFailures)
		.set({ at: sql`${loginFailures.at} - make_interval(mins => ${minutes})` })
		.where(eq(loginFailures.key, key));
}

describe.each(backends)('login (%s)', (backend) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await freshDatabase(backend);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('opens a session with the right password, whatever the case of the address', async () => {
		const user = await createUser(t.db, { email: 'Lea.Martin@exemple.fr', password: PASSWORD });
		const session = await logIn(
			t.services,
			anonymous,
			{ email: 'lea.martin@EXEMPLE.fr', password: PASSWORD },
			{ ipAddress: '192.0.2.7', userAgent: 'Firefox' }
		);
		const found = await validateSession(t.db, session.token);
		expect(found?.actor.userId).toBe(user.id);
	});

	it('answers unknown address, wrong password and disabled account identically', async () => {
		const user = await createUser(t.db, { password: PASSWORD });
		const disabled = await createUser(t.db, { password: PASSWORD });
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));

		const unknown = await attempt(t, 'inconnu@exemple.fr', PASSWORD, '192.0.2.10');
		const wrong = await attempt(t, user.email, 'pas le bon mot de passe', '192.0.2.10');
		const off = await attempt(t, disabled.email, PASSWORD, '192.0.2.10');
		for (const e of [unknown, wrong, off]) {
			expect(e?.constructor).toBe(unknown?.constructor);
			expect(e?.code).toBe('unauthenticated');
			expect(e?.message).toBe('accounts.login.failed');
		}
		expect(await mailsTo(t.db, user.email)).toHaveLength(0);
		expect(await mailsTo(t.db, disabled.email)).toHaveLength(0);
	});

	it('blocks the sixth attempt on an account, even with the right password, until the window passes', async () => {
		const user = await createUser(t.db, { password: PASSWORD });
		for (let i = 0; i < 5; i++) {
			// From different addresses: the limit is per account.
			expect((await attempt(t, user.email, `faux ${i}`, `198.51.100.${i}`))?.code).toBe(
				'unauthenticated'
			);
		}
		const blocked = await attempt(t, user.email, PASSWORD, '198.51.100.99');
		expect(blocked).toBeInstanceOf(RateLimited);
		expect(blocked?.message).toBe('error.rateLimited');
		const seconds = (blocked as RateLimited).retryAfterSeconds;
		expect(seconds).toBeGreaterThan(14 * 60);
		expect(seconds).toBeLessThanOrEqual(15 * 60);

		await age(t, accountKey(user.email), 16);
		expect(await attempt(t, user.email, PASSWORD, '198.51.100.99')).toBeNull();
	});

	it('limits unknown addresses the same way (no enumeration)', async () => {
		for (let i = 0; i < 5; i++)
			await attempt(t, 'fantome@exemple.fr', `faux ${i}`, `203.0.113.${i}`);
		expect(await attempt(t, 'fantome@exemple.fr', 'autre', '203.0.113.50')).toBeInstanceOf(
			RateLimited
		);
	});

	it('blocks the 21st attempt from one address, even on another account with the right password', async () => {
		const ip = '192.0.2.200';
		const victim = await createUser(t.db, { password: PASSWORD });
		for (let i = 0; i < 20; i++) {
			// Four tries each on five addresses: no account reaches its own limit.
			const e = await attempt(t, `cible-${i % 5}@exemple.fr`, `faux ${i}`, ip);
			expect(e?.code).toBe('unauthenticated');
		}
		expect(await attempt(t, victim.email, PASSWORD, ip)).toBeInstanceOf(RateLimited);
		// Another address is not affected.
		expect(await attempt(t, victim.email, PASSWORD, '192.0.2.201')).toBeNull();

		await age(t, addressKey(ip), 16);
		expect(await attempt(t, victim.email, PASSWORD, ip)).toBeNull();
	});

	it('a successful login forgets the account’s failures', async () => {
		const user = await createUser(t.db, { password: PASSWORD });
		for (let i = 0; i < 4; i++) await attempt(t, user.email, 'faux', '192.0.2.30');
		expect(await attempt(t, user.email, PASSWORD, '192.0.2.30')).toBeNull();
		const left = await t.db
			.select()
			.from(loginFailures)
			.where(eq(loginFailures.key, accountKey(user.email)));
		expect(left).toHaveLength(0);
		// Four more mistakes are allowed again before the limit.
		for (let i = 0; i < 4; i++) await attempt(t, user.email, 'faux', '192.0.2.31');
		expect(await attempt(t, user.email, PASSWORD, '192.0.2.31')).toBeNull();
	});

	it('demo accounts open with the demo password only in demo mode', async () => {
		const demo = DEMO_ACCOUNTS[0];
		await createUser(t.db, { email: demo.email, name: demo.name, verified: false });

		const refused = await attempt(t, demo.email, DEMO_PASSWORD, '192.0.2.40');
		expect(refused?.message).toBe('accounts.login.failed');

		const demoServices = { ...t.services, demo: true };
		expect(await attempt(t, demo.email, DEMO_PASSWORD, '192.0.2.41', demoServices)).toBeNull();
		// The demo password opens nothing else, even in demo mode.
		const other = await createUser(t.db, { password: PASSWORD });
		expect((await attempt(t, other.email, DEMO_PASSWORD, '192.0.2.42', demoServices))?.code).toBe(
			'unauthenticated'
		);
	});
});
