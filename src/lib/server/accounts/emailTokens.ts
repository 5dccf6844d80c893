/**
 * Single-use links sent by e-mail (address confirmation, magic link, password reset). The link
 * carries a random secret; the table keeps its hash, its purpose and its expiry.
 */
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { emailTokens, users } from '../db/schema.ts';
import { hashSecret, newSecret } from './tokens.ts';

export type EmailTokenPurpose = 'verify_email' | 'magic_link' | 'reset_password';

const MINUTE = 60_000;

export const TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
	verify_email: 24 * 60 * MINUTE,
	magic_link: 15 * MINUTE,
	reset_password: 60 * MINUTE
};

/** At most this many links of one purpose per account in `MAIL_WINDOW_MS` (mailbox flooding). */
export const MAIL_LIMIT = 5;
export const MAIL_WINDOW_MS = 15 * MINUTE;

export async function issueEmailToken(
	db: DbOrTx,
	userId: string,
	purpose: EmailTokenPurpose,
	now = new Date()
): Promise<string> {
	const token = newSecret();
	await db.insert(emailTokens).values({
		userId,
		purpose,
		tokenHash: hashSecret(token),
		expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
		createdAt: now
	});
	return token;
}

/** Has this account been sent too many links of this purpose lately? Quietly stop sending then. */
export async function tooManyLinks(
	db: DbOrTx,
	userId: string,
	purpose: EmailTokenPurpose,
	now = new Date()
): Promise<boolean> {
	const [row] = await db
		.select({ n: count() })
		.from(emailTokens)
		.where(
			and(
				eq(emailTokens.userId, userId),
				eq(emailTokens.purpose, purpose),
				gt(emailTokens.createdAt, new Date(now.getTime() - MAIL_WINDOW_MS))
			)
		);
	return (row?.n ?? 0) >= MAIL_LIMIT;
}

function validWhere(token: string, purpose: EmailTokenPurpose, now: Date) {
	return and(
		eq(emailTokens.tokenHash, hashSecret(token)),
		eq(emailTokens.purpose, purpose),
		isNull(emailTokens.usedAt),
		gt(emailTokens.expiresAt, now)
	);
}

/** Is the link still good (unused, unexpired, active account)? Does not use it up. */
export async function findValidEmailToken(
	db: DbOrTx,
	token: string,
	purpose: EmailTokenPurpose
): Promise<{ userId: string } | null> {
	if (!token) return null;
	const [row] = await db
		.select({ userId: emailTokens.userId })
		.from(emailTokens)
		.innerJoin(users, eq(users.id, emailTokens.userId))
		.where(and(validWhere(token, purpose, new Date()), isNull(users.disabledAt)));
	return row ?? null;
}

/**
 * Uses the link up, atomically: of two concurrent uses, one wins. Every other open link of the
 * same purpose for that account is spent too. Returns the account, or null when the link is
 * unknown, used, expired, or its account disabled.
 */
export async function consumeEmailToken(
	db: DbOrTx,
	token: string,
	purpose: EmailTokenPurpose
): Promise<{ userId: string } | null> {
	if (!token) return null;
	const now = new Date();
	const [row] = await db
		.update(emailTokens)
		.set({ usedAt: now })
		.where(validWhere(token, purpose, now))
		.returning({ userId: emailTokens.userId });
	if (!row) return null;
	const [user] = await db
		.select({ disabledAt: users.disabledAt })
		.from(users)
		.where(eq(users.id, row.userId));
	if (!user || user.disabledAt) return null;
	await db
		.update(emailTokens)
		.set({ usedAt: now })
		.where(
			and(
				eq(emailTokens.userId, row.userId),
				eq(emailTokens.purpose, purpose),
				isNull(emailTokens.usedAt)
			)
		);
	return row;
}

/** A used address-confirmation link whose account is confirmed: "already done", not "broken". */
export async function isSpentVerificationOfVerifiedAccount(
	db: DbOrTx,
	token: string
): Promise<boolean> {
	if (!token) return false;
	const [row] = await db
		.select({ verifiedAt: users.emailVerifiedAt, usedAt: emailTokens.usedAt })
		.from(emailTokens)
		.innerJoin(users, eq(users.id, emailTokens.userId))
		.where(
			and(eq(emailTokens.tokenHash, hashSecret(token)), eq(emailTokens.purpose, 'verify_email'))
		);
	return Boolean(row?.usedAt && row.verifiedAt);
}
