/** SQL of the user and role management use cases. */
import { and, asc, count, eq, exists, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { programmes, roleAssignments, sessions, users } from '../db/schema.ts';
import type { Role } from '../accounts/actor.ts';

export type UserRow = typeof users.$inferSelect;
export type AssignmentRow = typeof roleAssignments.$inferSelect;
export type AssignmentWithProgramme = AssignmentRow & { programmeName: string | null };

/** `%` and `_` typed by someone searching are letters, not wildcards. */
function likePattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type UserSearch = {
	q?: string;
	role?: Role;
	programmeId?: string;
	offset: number;
	limit: number;
};

export async function searchUsers(
	db: DbOrTx,
	f: UserSearch
): Promise<{ rows: UserRow[]; total: number }> {
	const conds: SQL[] = [];
	if (f.q) {
		const pattern = likePattern(f.q);
		conds.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
	}
	if (f.role || f.programmeId) {
		const roleConds: SQL[] = [eq(roleAssignments.userId, users.id)];
		if (f.role) roleConds.push(eq(roleAssignments.role, f.role));
		if (f.programmeId) roleConds.push(eq(roleAssignments.programmeId, f.programmeId));
		conds.push(
			exists(
				db
					.select({ one: sql`1` })
					.from(roleAssignments)
					.where(and(...roleConds))
			)
		);
	}
	const where = conds.length ? and(...conds) : undefined;
	const [{ total }] = await db.select({ total: count() }).from(users).where(where);
	const rows = await db
		.select()
		.from(users)
		.where(where)
		.orderBy(asc(sql`lower(${users.name})`), asc(sql`lower(${users.email})`), asc(users.id))
		.offset(f.offset)
		.limit(f.limit);
	return { rows, total };
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | null> {
	const [row] = await db.select().from(users).where(eq(users.id, id));
	return row ?? null;
}

/** E-mail addresses are unique whatever their case. */
export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | null> {
	const [row] = await db
		.select()
		.from(users)
		.where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
	return row ?? null;
}

const assignmentColumns = {
	id: roleAssignments.id,
	userId: roleAssignments.userId,
	programmeId: roleAssignments.programmeId,
	role: roleAssignments.role,
	regionCode: roleAssignments.regionCode,
	partnerId: roleAssignments.partnerId,
	createdAt: roleAssignments.createdAt,
	programmeName: programmes.name
};

/** The roles of these people, with the names of their programmes. */
export async function rolesOfUsers(
	db: DbOrTx,
	userIds: string[]
): Promise<AssignmentWithProgramme[]> {
	if (!userIds.length) return [];
	return db
		.select(assignmentColumns)
		.from(roleAssignments)
		.leftJoin(programmes, eq(programmes.id, roleAssignments.programmeId))
		.where(inArray(roleAssignments.userId, userIds))
		.orderBy(
			// Platform-wide roles first, then by programme name, role and region.
			sql`${roleAssignments.programmeId} is not null`,
			asc(programmes.name),
			asc(roleAssignments.role),
			asc(roleAssignments.regionCode)
		);
}

export async function findAssignment(
	db: DbOrTx,
	id: string
): Promise<AssignmentWithProgramme | null> {
	const [row] = await db
		.select(assignmentColumns)
		.from(roleAssignments)
		.leftJoin(programmes, eq(programmes.id, roleAssignments.programmeId))
		.where(eq(roleAssignments.id, id));
	return row ?? null;
}

/** Inserts the role; null when the person already holds exactly that one. */
export async function insertAssignment(
	db: DbOrTx,
	values: { userId: string; role: Role; programmeId: string | null; regionCode: string | null }
): Promise<AssignmentRow | null> {
	const [row] = await db.insert(roleAssignments).values(values).onConflictDoNothing().returning();
	return row ?? null;
}

export async function deleteAssignment(db: DbOrTx, id: string): Promise<void> {
	await db.delete(roleAssignments).where(eq(roleAssignments.id, id));
}

export async function countActiveSessions(db: DbOrTx, userId: string): Promise<number> {
	const [{ n }] = await db
		.select({ n: count() })
		.from(sessions)
		.where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())));
	return n;
}

export async function deleteSessionsOf(db: DbOrTx, userId: string): Promise<number> {
	const deleted = await db
		.delete(sessions)
		.where(eq(sessions.userId, userId))
		.returning({ id: sessions.id });
	return deleted.length;
}

export type ProgrammeOption = { id: string; name: string };

/** Programmes by name (all of them, or only those listed). */
export async function programmeOptions(db: DbOrTx, onlyIds?: string[]): Promise<ProgrammeOption[]> {
	if (onlyIds && !onlyIds.length) return [];
	return db
		.select({ id: programmes.id, name: programmes.name })
		.from(programmes)
		.where(onlyIds ? inArray(programmes.id, onlyIds) : undefined)
		.orderBy(asc(programmes.name), asc(programmes.id));
}

export async function findProgrammeName(db: DbOrTx, id: string): Promise<string | null> {
	const [row] = await db
		.select({ name: programmes.name })
		.from(programmes)
		.where(eq(programmes.id, id));
	return row?.name ?? null;
}

export async function setDisabled(db: DbOrTx, userId: string, at: Date | null): Promise<UserRow> {
	const [row] = await db
		.update(users)
		.set({ disabledAt: at, updatedAt: new Date() })
		.where(eq(users.id, userId))
		.returning();
	return row;
}
