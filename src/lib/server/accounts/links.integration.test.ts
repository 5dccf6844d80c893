import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { createUser } from '../../../../tests/helpers/factories.ts';
import { emailTokens, users } from '../db/schema.ts';
import { anonymous } from './actor.ts';
import { consumeMagicLink, isMagicLinkValid, requestMagicLink } from './magicLink.ts';
import { isResetLinkValid, requestPasswordReset, resetPassword } from './passwordReset.ts';
import { createSession, validateSession } from './sessions.ts';
import { logIn } from './login.ts';
import { linkToken, mailsTo } from './testMail.ts';

const OLD = 'ancienne phrase de passe';
const NEW = 'nouvelle phrase de passe';

describe.each(backends)('magic links and password reset (%s)', (backend) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await freshDatabase(backend);
	});
	afterAll(async () => {
		await t?.drop();
	});

	async function expire(userId: string) {
		await t.db
			.update(emailTokens)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(emailTokens.userId, userId));
	}

	it('a magic link logs in once, confirms the address, and is not spent by merely opening it', async () => {
		const user = await createUser(t.db, { verified: false });
		await requestMagicLink(t.services, anonymous, { email: user.email.toUpperCase() });
		const [mail] = await mailsTo(t.db, user.email);
		expect(mail.template).toBe('magic_link');
		const token = linkToken(mail.textBody, 'http://localhost:3000/connexion/lien/');

		// Opening the page (a mail scanner following the link) only looks.
		expect(await isMagicLinkValid(t.db, token)).toBe(true);
		expect(await isMagicLinkValid(t.db, token)).toBe(true);

		const session = await consumeMagicLink(t.services, anonymous, token, { userAgent: 'Safari' });
		expect((await validateSession(t.db, session.token))?.actor.userId).toBe(user.id);
		const [after] = await t.db.select().from(users).where(eq(users.id, user.id));
		expect(after.emailVerifiedAt).not.toBeNull();

		expect(await isMagicLinkValid(t.db, token)).toBe(false);
		await expect(consumeMagicLink(t.services, anonymous, token)).rejects.toThrow(
			'accounts.link.invalid'
		);
	});

	it('an expired magic link is refused', async () => {
		const user = await createUser(t.db);
		await requestMagicLink(t.services, anonymous, { email: user.email });
		const token = linkToken((await mailsTo(t.db, user.email))[0].textBody, '/connexion/lien/');
		await expire(user.id);
		expect(await isMagicLinkValid(t.db, token)).toBe(false);
		await expect(consumeMagicLink(t.services, anonymous, token)).rejects.toThrow(
			'accounts.link.invalid'
		);
	});

	it('magic links and resets answer the same for unknown and disabled accounts, and send nothing', async () => {
		const disabled = await createUser(t.db);
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
		for (const email of ['personne@exemple.fr', disabled.email]) {
			await expect(requestMagicLink(t.services, anonymous, { email })).resolves.toBeUndefined();
			await expect(requestPasswordReset(t.services, anonymous, { email })).resolves.toBeUndefined();
			expect(await mailsTo(t.db, email)).toHaveLength(0);
		}
	});

	it('a link of a since-disabled account no longer works', async () => {
		const user = await createUser(t.db);
		await requestMagicLink(t.services, anonymous, { email: user.email });
		const token = linkToken((await mailsTo(t.db, user.email))[0].textBody, '/connexion/lien/');
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
		await expect(consumeMagicLink(t.services, anonymous, token)).rejects.toThrow(
			'accounts.link.invalid'
		);
	});

	it('a mailbox gets at most five links of a kind per quarter of an hour', async () => {
		const user = await createUser(t.db);
		for (let i = 0; i < 7; i++)
			await requestMagicLink(t.services, anonymous, { email: user.email });
		expect(await mailsTo(t.db, user.email)).toHaveLength(5);
	});

	it('a password reset sets the password, closes every old session and opens a new one', async () => {
		const user = await createUser(t.db, { password: OLD, verified: false });
		const laptop = await createSession(t.db, user.id, { userAgent: 'Firefox' });
		const phone = await createSession(t.db, user.id, { userAgent: 'Safari' });

		await requestPasswordReset(t.services, anonymous, { email: user.email });
		const [mail] = await mailsTo(t.db, user.email);
		expect(mail.template).toBe('reset_password');
		const token = linkToken(mail.textBody, 'http://localhost:3000/reinitialiser/');
		expect(await isResetLinkValid(t.db, token)).toBe(true);

		const session = await resetPassword(t.services, anonymous, token, {
			password: NEW,
			passwordConfirmation: NEW
		});
		expect(await validateSession(t.db, laptop.token)).toBeNull();
		expect(await validateSession(t.db, phone.token)).toBeNull();
		expect((await validateSession(t.db, session.token))?.actor.userId).toBe(user.id);

		const [after] = await t.db.select().from(users).where(eq(users.id, user.id));
		expect(after.emailVerifiedAt).not.toBeNull();
		await expect(
			logIn(t.services, anonymous, { email: user.email, password: OLD })
		).rejects.toThrow('accounts.login.failed');
		await logIn(t.services, anonymous, { email: user.email, password: NEW });

		// Single use.
		expect(await isResetLinkValid(t.db, token)).toBe(false);
		await expect(
			resetPassword(t.services, anonymous, token, { password: OLD, passwordConfirmation: OLD })
		).rejects.toThrow('accounts.link.invalid');
	});

	it('an expired reset link changes nothing', async () => {
		const user = await createUser(t.db, { password: OLD });
		await requestPasswordReset(t.services, anonymous, { email: user.email });
		const token = linkToken((await mailsTo(t.db, user.email))[0].textBody, '/reinitialiser/');
		await expire(user.id);
		await expect(
			resetPassword(t.services, anonymous, token, { password: NEW, passwordConfirmation: NEW })
		).rejects.toThrow('accounts.link.invalid');
		await logIn(t.services, anonymous, { email: user.email, password: OLD });
	});

	it('using one reset link spends the other open ones', async () => {
		const user = await createUser(t.db, { password: OLD });
		await requestPasswordReset(t.services, anonymous, { email: user.email });
		await requestPasswordReset(t.services, anonymous, { email: user.email });
		const [second, first] = (await mailsTo(t.db, user.email)).map((m) =>
			linkToken(m.textBody, '/reinitialiser/')
		);
		await resetPassword(t.services, anonymous, second, {
			password: NEW,
			passwordConfirmation: NEW
		});
		expect(await isResetLinkValid(t.db, first)).toBe(false);
	});
});
