/**
 * Personal access tokens for the REST API: `tfo_` followed by a random secret, shown once, stored
 * as a hash. A token carries scopes; without scopes it may do everything its owner's roles allow.
 */
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { apiTokens, users } from '../db/schema.ts';
import { hashSecret, newSecret } from './tokens.ts';
import { rolesJson } from './sessions.ts';
import type { UserActor } from './actor.ts';
import { Invalid } from '../errors.ts';

export const SCOPES = [
	'profile:read',
	'programmes:read',
	'programmes:write',
	'calls:read',
	'calls:write',
	'applications:read',
	'applications:write',
	'sourcing:read',
	'sourcing:write',
	'reviews:read',
	'reviews:write',
	'users:read',
	'users:write',
	'audit:read'
] as const;
export type Scope = (typeof SCOPES)[number];

export const TOKEN_PREFIX = 'tfo_';

export function parseScopes(input: string | string[] | undefined | null): Scope[] | null {
	if (input === undefined || input === null) return null;
	const list = (Array.isArray(input) ? input : input.split(','))
		.map((s) => s.trim())
		.filter(Boolean);
	const unknown = list.filter((s) => !(SCOPES as readonly string[]).includes(s));
	if (unknown.length) {
		throw new Invalid(
			`Portée(s) inconnue(s) : ${unknown.join(', ')}. Portées possibles : ${SCOPES.join(', ')}`,
			{ scopes: [`Portée(s) inconnue(s) : ${unknown.join(', ')}`] }
		);
	}
	return [...new Set(list)] as Scope[];
}

export async function createApiToken(
	db: DbOrTx,
	userId: string,
	opts: { name: string; scopes: Scope[] | null; expiresAt?: Date | null }
): Promise<{ token: string; id: string }> {
	const token = TOKEN_PREFIX + newSecret();
	const [row] = await db
		.insert(apiTokens)
		.values({
			userId,
			name: opts.name,
			tokenHash: hashSecret(token),
			scopes: opts.scopes,
			expiresAt: opts.expiresAt ?? null
		})
		.returning({ id: apiTokens.id });
	return { token, id: row.id };
}

export async function authenticateApiToken(db: DbOrTx, token: string): Promise<UserActor | null> {
	if (!token.startsWith(TOKEN_PREFIX)) return null;
	const now = new Date();
	const [row] = await db
		.select({
			tokenId: apiTokens.id,
			scopes: apiTokens.scopes,
			lastUsedAt: apiTokens.lastUsedAt,
			userId: users.id,
			email: users.email,
			name: users.name,
			locale: users.locale,
			roles: rolesJson
		})
		.from(apiTokens)
		.innerJoin(users, eq(users.id, apiTokens.userId))
		.where(
			and(
				eq(apiTokens.tokenHash, hashSecret(token)),
				isNull(apiTokens.revokedAt),
				isNull(users.disabledAt),
				or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))
			)
		);
	if (!row) return null;
	if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
		await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
	}
	return {
		kind: 'user',
		userId: row.userId,
		email: row.email,
		name: row.name,
		locale: row.locale,
		roles: row.roles,
		scopes: row.scopes
	};
}
