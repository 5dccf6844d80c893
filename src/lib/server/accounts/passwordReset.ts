/**
 * Forgotten password: a link valid one hour, single use, leads to a form for a new password.
 * Setting it closes every open session of the account (whoever held the old password is out),
 * confirms the address and opens a fresh session.
 */
import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from './actor.ts';
import { users } from '../db/schema.ts';
import { Invalid } from '../errors.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { audit } from '../audit/log.ts';
import { createSession, revokeAllSessions } from './sessions.ts';
import { hashPassword } from './password.ts';
import { clearLoginFailures } from './rateLimit.ts';
import {
	consumeEmailToken,
	findValidEmailToken,
	issueEmailToken,
	tooManyLinks
} from './emailTokens.ts';
import {
	findUserByEmail,
	findUserById,
	selfActor,
	type ClientInfo,
	type NewSession
} from './queries.ts';
import { assertMayAuthenticate } from './policy.ts';
import type { EmailOnlyInput, ResetPasswordInput } from './schemas.ts';
import { INVALID_LINK } from './verifyEmail.ts';

/** Always the same answer; only an existing, active account gets a mail. */
export async function requestPasswordReset(
	svc: Services,
	actor: Actor,
	input: EmailOnlyInput
): Promise<void> {
	assertMayAuthenticate(actor);
	const ids = await svc.db.transaction(async (tx) => {
		const user = await findUserByEmail(tx, input.email);
		if (!user || user.disabledAt) return [];
		if (await tooManyLinks(tx, user.id, 'reset_password')) return [];
		const token = await issueEmailToken(tx, user.id, 'reset_password');
		return [
			await queueEmail(tx, {
				to: user.email,
				locale: user.locale,
				template: 'reset_password',
				params: { name: user.name, url: `${svc.publicUrl}/reinitialiser/${token}` }
			})
		];
	});
	await svc.jobs.deliverEmails(ids);
}

/** Is the link still usable? (For the form page; does not use it up.) */
export async function isResetLinkValid(db: DbOrTx, token: string): Promise<boolean> {
	return (await findValidEmailToken(db, token, 'reset_password')) !== null;
}

export async function resetPassword(
	svc: Services,
	actor: Actor,
	token: string,
	input: ResetPasswordInput,
	client: ClientInfo = {}
): Promise<NewSession> {
	assertMayAuthenticate(actor);
	// A dead link is refused before spending time on hashing.
	if (!(await isResetLinkValid(svc.db, token))) throw new Invalid(INVALID_LINK);
	const passwordHash = await hashPassword(input.password);
	return svc.db.transaction(async (tx) => {
		const found = await consumeEmailToken(tx, token, 'reset_password');
		if (!found) throw new Invalid(INVALID_LINK);
		const user = await findUserById(tx, found.userId);
		if (!user) throw new Invalid(INVALID_LINK);
		const now = new Date();
		await tx
			.update(users)
			.set({ passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now })
			.where(eq(users.id, user.id));
		await revokeAllSessions(tx, user.id);
		await clearLoginFailures(tx, user.email);
		await audit(tx, selfActor(user), {
			action: 'account.password_reset',
			entityType: 'user',
			entityId: user.id
		});
		const session = await createSession(tx, user.id, client);
		return { ...session, userId: user.id };
	});
}
