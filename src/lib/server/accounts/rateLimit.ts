/**
 * Login rate limit: failed attempts are written to `login_failures`, keyed by account (the
 * lower-cased e-mail, whether or not an account has it) and by client address (`ip:` prefix).
 * Beyond the limit within the window, attempts are refused before any password is checked.
 */
import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { loginFailures } from '../db/schema.ts';
import { RateLimited } from '../errors.ts';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export function accountKey(email: string): string {
	return email.trim().toLowerCase();
}

export function addressKey(address: string): string {
	return `ip:${address}`;
}

/**
 * Pure: with these failure times (any order) and that limit, how many milliseconds until one more
 * attempt is allowed? 0 when it is allowed now.
 */
export function msUntilAllowed(
	failures: readonly Date[],
	limit: number,
	windowMs: number,
	now: Date
): number {
	const since = now.getTime() - windowMs;
	const recent = failures
		.map((d) => d.getTime())
		.filter((t) => t > since)
		.sort((a, b) => a - b);
	if (recent.length < limit) return 0;
	// Once this failure leaves the window, fewer than `limit` remain.
	const pivot = recent[recent.length - limit];
	return Math.max(0, pivot + windowMs - now.getTime());
}

export type LoginKeys = { account: string; address: string | null };

function keysOf(k: LoginKeys): { key: string; limit: number }[] {
	const out = [{ key: accountKey(k.account), limit: MAX_FAILURES_PER_ACCOUNT }];
	if (k.address) out.push({ key: addressKey(k.address), limit: MAX_FAILURES_PER_ADDRESS });
	return out;
}

/** Throws `RateLimited` (with the minutes to wait) when the account or the address is over. */
export async function assertLoginAllowed(db: DbOrTx, k: LoginKeys, now = new Date()) {
	const keys = keysOf(k);
	const rows = await db
		.select({ key: loginFailures.key, at: loginFailures.at })
		.from(loginFailures)
		.where(
			and(
				inArray(
					loginFailures.key,
					keys.map((x) => x.key)
				),
				gt(loginFailures.at, new Date(now.getTime() - LOGIN_WINDOW_MS))
			)
		)
		.orderBy(asc(loginFailures.at));
	let wait = 0;
	for (const { key, limit } of keys) {
		const times = rows.filter((r) => r.key === key).map((r) => r.at);
		wait = Math.max(wait, msUntilAllowed(times, limit, LOGIN_WINDOW_MS, now));
	}
	if (wait > 0) {
		throw new RateLimited('error.rateLimited', Math.ceil(wait / 1000));
	}
}

/** Records one failed attempt for the account and the address; forgets failures out of window. */
export async function recordLoginFailure(db: DbOrTx, k: LoginKeys, now = new Date()) {
	const keys = keysOf(k).map((x) => x.key);
	await db.insert(loginFailures).values(keys.map((key) => ({ key, at: now })));
	await db
		.delete(loginFailures)
		.where(
			and(
				inArray(loginFailures.key, keys),
				lt(loginFailures.at, new Date(now.getTime() - LOGIN_WINDOW_MS))
			)
		);
}

/** A successful login forgets the account's failures (not the address's). */
export async function clearLoginFailures(db: DbOrTx, email: string) {
	await db.delete(loginFailures).where(eq(loginFailures.key, accountKey(email)));
}

/** Minutes to wait, for the message. */
export function minutesToWait(e: RateLimited): number {
	return Math.max(1, Math.ceil(e.retryAfterSeconds / 60));
}
