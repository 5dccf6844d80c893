/**
 * A person's own browser sessions: list them, close one, close all the others, log out.
 */
import type { Services } from '../app.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from './actor.ts';
import {
	deleteSessionByToken,
	listSessions,
	revokeAllSessions,
	revokeSession
} from './sessions.ts';
import { assertAccountOwner, assertMayManageCredentials } from './policy.ts';

export type SessionView = {
	id: string;
	userAgent: string;
	ipAddress: string;
	createdAt: Date;
	lastSeenAt: Date;
	expiresAt: Date;
	current: boolean;
};

/** Most recently used first; the session making the request is marked. */
export async function listMySessions(
	svc: Services,
	actor: Actor,
	currentSessionId: string | null
): Promise<SessionView[]> {
	assertAccountOwner(actor);
	const rows = await listSessions(svc.db, actor.userId);
	return rows.map((s) => ({
		id: s.id,
		userAgent: s.userAgent,
		ipAddress: s.ipAddress,
		createdAt: s.createdAt,
		lastSeenAt: s.lastSeenAt,
		expiresAt: s.expiresAt,
		current: s.id === currentSessionId
	}));
}

/** Closes one of one's own sessions; an id that is not one's own changes nothing. */
export async function revokeMySession(svc: Services, actor: Actor, sessionId: string) {
	assertMayManageCredentials(actor);
	await revokeSession(svc.db, actor.userId, sessionId);
}

/** "Log out everywhere else". */
export async function revokeMyOtherSessions(
	svc: Services,
	actor: Actor,
	currentSessionId: string | null
) {
	assertMayManageCredentials(actor);
	await revokeAllSessions(svc.db, actor.userId, currentSessionId ?? undefined);
}

/** Logging out: the session behind the cookie is deleted (nothing happens without one). */
export async function logOut(db: DbOrTx, sessionToken: string | undefined): Promise<void> {
	if (sessionToken) await deleteSessionByToken(db, sessionToken);
}
