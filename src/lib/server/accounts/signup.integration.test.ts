import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { createUser } from '../../../../tests/helpers/factories.ts';
import { emailTokens, users } from '../db/schema.ts';
import { anonymous } from './actor.ts';
import { signUp } from './signup.ts';
import { resendVerification, verifyEmail } from './verifyEmail.ts';
import { logIn } from './login.ts';
import { validateSession } from './sessions.ts';
import { isSpentVerificationOfVerifiedAccount } from './emailTokens.ts';
import { linkToken, mailsTo } from './testMail.ts';
import { signupSchema } from './schemas.ts';

const PASSWORD = 'une phrase de passe solide';

describe.each(backends)('sign-up and address confirmation (%s)', (backend) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await freshDatabase(backend);
	});
	afterAll(async () => {
		await t?.drop();
	});

	const form = (email: string, extra: Record<string, unknown> = {}) =>
		signupSchema.parse({
			name: 'Camille Durand',
			email,
			password: PASSWORD,
			consent: 'on',
			...extra
		});

	it('sign up, confirm the address through the mailed link, then log in', async () => {
		const email = 'camille.durand@exemple.fr';
		await signUp(t.services, anonymous, form(email), { locale: 'en' });

		const [user] = await t.db.select().from(users).where(eq(users.email, email));
		expect(user.emailVerifiedAt).toBeNull();
		expect(user.locale).toBe('en');
		expect(user.passwordHash).not.toContain(PASSWORD);

		const [mail] = await mailsTo(t.db, email);
		expect(mail.template).toBe('verify_email');
		expect(mail.status).toBe('sent');
		expect(mail.subject).toBe('Confirm your e-mail address');
		const token = linkToken(mail.textBody, 'http://localhost:3000/verifier/');

		// Before confirming: the right password is told to confirm first, and gets a new link.
		await expect(logIn(t.services, anonymous, { email, password: PASSWORD })).rejects.toThrow(
			'accounts.login.unverified'
		);
		expect((await mailsTo(t.db, email)).filter((m) => m.template === 'verify_email')).toHaveLength(
			2
		);

		const session = await verifyEmail(t.services, anonymous, token, { userAgent: 'Firefox' });
		expect((await validateSession(t.db, session.token))?.actor.email).toBe(email);
		const [after] = await t.db.select().from(users).where(eq(users.id, user.id));
		expect(after.emailVerifiedAt).not.toBeNull();

		const login = await logIn(t.services, anonymous, {
			email: 'Camille.Durand@exemple.fr',
			password: PASSWORD
		});
		expect(login.userId).toBe(user.id);
	});

	it('a person who signs up from an invitation is brought back to it once confirmed', async () => {
		const email = 'lea.invitee@exemple.fr';
		await signUp(t.services, anonymous, form(email), {
			locale: 'fr',
			redirectTo: '/candidater/abc123'
		});
		const [mail] = await mailsTo(t.db, email);
		expect(mail.textBody).toMatch(
			/http:\/\/localhost:3000\/verifier\/[\w-]+\?redirectTo=%2Fcandidater%2Fabc123/
		);
		const token = linkToken(mail.textBody, '/verifier/');
		const session = await verifyEmail(t.services, anonymous, token, {});
		expect((await validateSession(t.db, session.token))?.actor.email).toBe(email);
	});

	it('a confirmation link works once; a used one of a confirmed account says so', async () => {
		const email = 'une-fois@exemple.fr';
		await signUp(t.services, anonymous, form(email), { locale: 'fr' });
		const token = linkToken((await mailsTo(t.db, email))[0].textBody, '/verifier/');
		await verifyEmail(t.services, anonymous, token);
		await expect(verifyEmail(t.services, anonymous, token)).rejects.toThrow(
			'accounts.link.invalid'
		);
		expect(await isSpentVerificationOfVerifiedAccount(t.db, token)).toBe(true);
		expect(await isSpentVerificationOfVerifiedAccount(t.db, 'inconnu')).toBe(false);
		await expect(verifyEmail(t.services, anonymous, 'inconnu')).rejects.toThrow(
			'accounts.link.invalid'
		);
	});

	it('an expired confirmation link is refused and a new one can be asked for', async () => {
		const email = 'en-retard@exemple.fr';
		await signUp(t.services, anonymous, form(email), { locale: 'fr' });
		const token = linkToken((await mailsTo(t.db, email))[0].textBody, '/verifier/');
		const [user] = await t.db.select().from(users).where(eq(users.email, email));
		await t.db
			.update(emailTokens)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(emailTokens.userId, user.id));
		await expect(verifyEmail(t.services, anonymous, token)).rejects.toThrow(
			'accounts.link.invalid'
		);

		await resendVerification(t.services, anonymous, { email: 'EN-RETARD@exemple.fr' });
		const fresh = linkToken((await mailsTo(t.db, email))[0].textBody, '/verifier/');
		expect(fresh).not.toBe(token);
		await verifyEmail(t.services, anonymous, fresh);
	});

	it('asking for a new link answers the same for unknown and confirmed addresses, and sends nothing', async () => {
		const confirmed = await createUser(t.db, { email: 'deja-confirmee@exemple.fr' });
		await expect(
			resendVerification(t.services, anonymous, { email: confirmed.email })
		).resolves.toBeUndefined();
		await expect(
			resendVerification(t.services, anonymous, { email: 'personne@exemple.fr' })
		).resolves.toBeUndefined();
		expect(await mailsTo(t.db, confirmed.email)).toHaveLength(0);
		expect(await mailsTo(t.db, 'personne@exemple.fr')).toHaveLength(0);
	});

	it('signing up with a known address answers the same, creates nothing and mails the owner', async () => {
		const owner = await createUser(t.db, {
			email: 'Dominique@Exemple.fr',
			name: 'Dominique Déjà',
			password: 'ancien mot de passe'
		});
		const result = await signUp(
			t.services,
			anonymous,
			form('dominique@exemple.fr', { name: 'Usurpateur' }),
			{ locale: 'fr' }
		);
		expect(result).toBeUndefined();

		const [{ n }] = await t.db
			.select({ n: sql<number>`count(*)::int` })
			.from(users)
			.where(eq(sql`lower(${users.email})`, 'dominique@exemple.fr'));
		expect(n).toBe(1);
		const [kept] = await t.db.select().from(users).where(eq(users.id, owner.id));
		expect(kept.name).toBe('Dominique Déjà');
		expect(kept.passwordHash).toBe(owner.passwordHash);

		const mails = await mailsTo(t.db, owner.email);
		expect(mails.map((m) => m.template)).toEqual(['account_exists']);
		expect(mails[0].textBody).toContain('http://localhost:3000/mot-de-passe-oublie');
		expect(mails[0].textBody).toContain('Dominique Déjà');
	});

	it('repeated sign-ups do not flood a mailbox', async () => {
		const owner = await createUser(t.db, { email: 'inondee@exemple.fr' });
		for (let i = 0; i < 7; i++) {
			await signUp(t.services, anonymous, form(owner.email), { locale: 'fr' });
		}
		expect(await mailsTo(t.db, owner.email)).toHaveLength(5);
	});
});
