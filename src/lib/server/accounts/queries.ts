/** Account lookups shared by the account use cases. */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { users } from '../db/schema.ts';
import type { UserActor } from './actor.ts';
import type { Locale } from '../../i18n/index.ts';

export type UserRow = typeof users.$inferSelect;

/** E-mail addresses are unique whatever their case. */
export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | null> {
	const [row] = await db
		.select()
		.from(users)
		.where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
	return row ?? null;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | null> {
	const [row] = await db.select().from(users).where(eq(users.id, id));
	return row ?? null;
}

/** The person acting on their own account, for the audit log (roles do not matter there). */
export function selfActor(user: Pick<UserRow, 'id' | 'email' | 'name' | 'locale'>): UserActor {
	return {
		kind: 'user',
		userId: user.id,
		email: user.email,
		name: user.name,
		locale: user.locale as Locale,
		roles: [],
		scopes: null
	};
}

/** Where a person's browser came from: shown in their list of sessions. */
export type ClientInfo = { userAgent?: string; ipAddress?: string };

export type NewSession = { token: string; expiresAt: Date; userId: string };
