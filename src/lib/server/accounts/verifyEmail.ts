/**
 * Address confirmation: the link sent at sign-up (valid 24 hours, single use) confirms the address
 * and opens a session. A person who lost it asks for another one; the answer never says whether
 * the address has an account.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from './actor.ts';
import { users } from '../db/schema.ts';
import { Invalid } from '../errors.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { createSession } from './sessions.ts';
import { consumeEmailToken, issueEmailToken, tooManyLinks } from './emailTokens.ts';
import { findUserByEmail, type ClientInfo, type NewSession, type UserRow } from './queries.ts';
import { assertMayAuthenticate } from './policy.ts';
import type { EmailOnlyInput } from './schemas.ts';

export const INVALID_LINK = 'accounts.link.invalid';

/** Queues a fresh confirmation link for an unverified account (unless sent too often lately). */
export async function queueVerificationEmail(
	tx: DbOrTx,
	publicUrl: string,
	user: Pick<UserRow, 'id' | 'email' | 'name' | 'locale'>
): Promise<string[]> {
	if (await tooManyLinks(tx, user.id, 'verify_email')) return [];
	const token = await issueEmailToken(tx, user.id, 'verify_email');
	return [
		await queueEmail(tx, {
			to: user.email,
			locale: user.locale,
			template: 'verify_email',
			params: { name: user.name, url: `${publicUrl}/verifier/${token}` }
		})
	];
}

/** Confirms the address behind the link and logs its owner in. */
export async function verifyEmail(
	svc: Services,
	actor: Actor,
	token: string,
	client: ClientInfo = {}
): Promise<NewSession> {
	assertMayAuthenticate(actor);
	return signInWithEmailToken(svc, token, 'verify_email', client);
}

/**
 * Uses up a link sent by e-mail, confirms the address (the mail reached its owner) and opens a
 * session for them, in one transaction.
 */
export async function signInWithEmailToken(
	svc: Services,
	token: string,
	purpose: 'verify_email' | 'magic_link',
	client: ClientInfo
): Promise<NewSession> {
	return svc.db.transaction(async (tx) => {
		const found = await consumeEmailToken(tx, token, purpose);
		if (!found) throw new Invalid(INVALID_LINK);
		const now = new Date();
		await tx
			.update(users)
			.set({ emailVerifiedAt: now, updatedAt: now })
			.where(and(eq(users.id, found.userId), isNull(users.emailVerifiedAt)));
		const session = await createSession(tx, found.userId, client);
		return { ...session, userId: found.userId };
	});
}

/** "Send me the link again": the same answer whether or not the address has an account. */
export async function resendVerification(
	svc: Services,
	actor: Actor,
	input: EmailOnlyInput
): Promise<void> {
	assertMayAuthenticate(actor);
	const ids = await svc.db.transaction(async (tx) => {
		const user = await findUserByEmail(tx, input.email);
		if (!user || user.disabledAt || user.emailVerifiedAt) return [];
		return queueVerificationEmail(tx, svc.publicUrl, user);
	});
	await svc.jobs.deliverEmails(ids);
}
