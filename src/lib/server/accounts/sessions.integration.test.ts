import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { createUser } from '../../../../tests/helpers/factories.ts';
import { createSession, listSessions, revokeSession, validateSession } from './sessions.ts';
import { users } from '../db/schema.ts';
import { eq } from 'drizzle-orm';

describe.each(backends)('sessions (%s)', (backend) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await freshDatabase(backend);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('a session cookie identifies its user until it is revoked', async () => {
		const user = await createUser(t.db, { roles: [{ role: 'jury' }] });
		const { token } = await createSession(t.db, user.id, { userAgent: 'Firefox' });
		const found = await validateSession(t.db, token);
		expect(found?.actor.userId).toBe(user.id);
		expect(found?.actor.roles.map((r) => r.role)).toEqual(['jury']);

		const [listed] = await listSessions(t.db, user.id);
		expect(listed.userAgent).toBe('Firefox');
		await revokeSession(t.db, user.id, listed.id);
		expect(await validateSession(t.db, token)).toBeNull();
	});

	it('someone else cannot revoke my session, and a disabled account has none', async () => {
		const me = await createUser(t.db);
		const other = await createUser(t.db);
		const { token } = await createSession(t.db, me.id);
		const [mine] = await listSessions(t.db, me.id);
		await revokeSession(t.db, other.id, mine.id);
		expect(await validateSession(t.db, token)).not.toBeNull();

		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, me.id));
		expect(await validateSession(t.db, token)).toBeNull();
	});

	it('an unknown token is refused', async () => {
		expect(await validateSession(t.db, 'nope')).toBeNull();
	});
});
