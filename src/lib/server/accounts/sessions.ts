/**
 * Browser sessions, stored in the database. The cookie carries a random token; the table keeps
 * only its hash. Sessions slide: each use within the last half of their life extends them.
 */
import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { roleAssignments, sessions, users } from '../db/schema.ts';
import { hashSecret, newSecret } from './tokens.ts';
import type { RoleGrant, UserActor } from './actor.ts';

export const SESSION_COOKIE = 'transfo_session';
export const SESSION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export async function createSession(
	db: DbOrTx,
	userId: string,
	meta: { userAgent?: string; ipAddress?: string } = {}
): Promise<{ token: string; expiresAt: Date }> {
	const token = newSecret();
	const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY);
	await db.insert(sessions).values({
		id: hashSecret(token),
		userId,
		expiresAt,
		userAgent: (meta.userAgent ?? '').slice(0, 300),
		ipAddress: meta.ipAddress ?? ''
	});
	return { token, expiresAt };
}

/**
 * The person's roles as one JSON value, for a query that reads the person anyway: the session
 * check on every request then costs one round trip, not two.
 */
export const rolesJson = sql<RoleGrant[]>`coalesce((
	select json_agg(json_build_object(
		'role', ${roleAssignments.role}, 'programmeId', ${roleAssignments.programmeId},
		'regionCode', ${roleAssignments.regionCode}, 'partnerId', ${roleAssignments.partnerId}
	))
	from ${roleAssignments} where ${roleAssignments.userId} = ${users.id}
), '[]'::json)`;

export async function loadRoles(db: DbOrTx, userId: string): Promise<RoleGrant[]> {
	return db
		.select({
			role: roleAssignments.role,
			programmeId: roleAssignments.programmeId,
			regionCode: roleAssignments.regionCode,
			partnerId: roleAssignments.partnerId
		})
		.from(roleAssignments)
		.where(eq(roleAssignments.userId, userId));
}

/**
 * The actor behind a session cookie, or null when the session is unknown, expired, or its account
 * disabled. Returns the new expiry when the session was extended, so the cookie can follow.
 */
export async function validateSession(
	db: DbOrTx,
	token: string
): Promise<{ actor: UserActor; sessionId: string; renewedUntil: Date | null } | null> {
	const id = hashSecret(token);
	const now = new Date();
	const [row] = await db
		.select({
			sessionId: sessions.id,
			expiresAt: sessions.expiresAt,
			lastSeenAt: sessions.lastSeenAt,
			userId: users.id,
			email: users.email,
			name: users.name,
			locale: users.locale,
			roles: rolesJson
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
	if (!row) return null;
	let renewedUntil: Date | null = null;
	if (row.expiresAt.getTime() - now.getTime() < (SESSION_DAYS * DAY) / 2) {
		renewedUntil = new Date(now.getTime() + SESSION_DAYS * DAY);
		await db
			.update(sessions)
			.set({ expiresAt: renewedUntil, lastSeenAt: now })
			.where(eq(sessions.id, id));
	} else if (now.getTime() - row.lastSeenAt.getTime() > 60 * 60 * 1000) {
		// Record activity at most about once an hour.
		await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
	}
	return {
		sessionId: id,
		renewedUntil,
		actor: {
			kind: 'user',
			userId: row.userId,
			email: row.email,
			name: row.name,
			locale: row.locale,
			roles: row.roles,
			scopes: null
		}
	};
}

export async function deleteSessionByToken(db: DbOrTx, token: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, hashSecret(token)));
}

export async function listSessions(db: DbOrTx, userId: string) {
	return db
		.select()
		.from(sessions)
		.where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
		.orderBy(desc(sessions.lastSeenAt));
}

/** Revokes one of the user's own sessions. Someone else's session id changes nothing. */
export async function revokeSession(db: DbOrTx, userId: string, sessionId: string) {
	await db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)));
}

export async function revokeAllSessions(db: DbOrTx, userId: string, exceptSessionId?: string) {
	await db
		.delete(sessions)
		.where(
			exceptSessionId
				? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
				: eq(sessions.userId, userId)
		);
}
