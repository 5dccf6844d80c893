/**
 * Login with an e-mail and a password. Unknown address, wrong password and disabled account get
 * the same answer, after the same work. Attempts are rate-limited per account and per client
 * address before any password is checked, known address or not.
 */
import type { Services } from '../app.ts';
import type { Actor } from './actor.ts';
import { Forbidden, Unauthenticated } from '../errors.ts';
import { createSession } from './sessions.ts';
import { verifyPassword } from './password.ts';
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from './rateLimit.ts';
import { findUserByEmail, type ClientInfo, type NewSession, type UserRow } from './queries.ts';
import { queueVerificationEmail } from './verifyEmail.ts';
import { assertMayAuthenticate } from './policy.ts';
import type { LoginInput } from './schemas.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/accounts.ts';

export const LOGIN_FAILED = 'accounts.login.failed';
export const LOGIN_UNVERIFIED = 'accounts.login.unverified';

export function isDemoAccount(email: string): boolean {
	const e = email.trim().toLowerCase();
	return DEMO_ACCOUNTS.some((a) => a.email === e);
}

/** The demo password opens the demo accounts, in demo mode only. */
function isDemoLogin(svc: Services, user: UserRow | null, password: string): boolean {
	return Boolean(svc.demo && user && isDemoAccount(user.email) && password === DEMO_PASSWORD);
}

export async function logIn(
	svc: Services,
	actor: Actor,
	input: LoginInput,
	client: ClientInfo = {}
): Promise<NewSession> {
	assertMayAuthenticate(actor);
	const keys = { account: input.email, address: client.ipAddress || null };
	await assertLoginAllowed(svc.db, keys);

	const user = await findUserByEmail(svc.db, input.email);
	const demo = isDemoLogin(svc, user, input.password);
	const passwordOk = demo || (await verifyPassword(input.password, user?.passwordHash ?? null));
	if (!user || !passwordOk || user.disabledAt) {
		await recordLoginFailure(svc.db, keys);
		throw new Unauthenticated(LOGIN_FAILED);
	}

	if (!user.emailVerifiedAt && !demo) {
		// The right password proves enough to be told, and to get a fresh link.
		const ids = await svc.db.transaction((tx) => queueVerificationEmail(tx, svc.publicUrl, user));
		await svc.jobs.deliverEmails(ids);
		throw new Forbidden(LOGIN_UNVERIFIED);
	}

	return svc.db.transaction(async (tx) => {
		await clearLoginFailures(tx, user.email);
		const session = await createSession(tx, user.id, client);
		return { ...session, userId: user.id };
	});
}
