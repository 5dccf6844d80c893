/**
 * The audit log: who changed what, when, with the state before and after. Written in the same
 * transaction as the change it records.
 */
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import { isUser, type Actor } from '../accounts/actor.ts';

export type AuditEntry = {
	action: string;
	entityType: string;
	entityId: string;
	programmeId?: string | null;
	before?: unknown;
	after?: unknown;
};

/** Strips what must never be logged (secrets), and makes values JSON-safe. */
function scrub(value: unknown): unknown {
	if (value === undefined || value === null) return null;
	return JSON.parse(
		JSON.stringify(value, (key, v) => {
			if (key === 'passwordHash' || key === 'tokenHash' || key === 'logo') return undefined;
			return v;
		})
	);
}

export async function audit(db: DbOrTx, actor: Actor, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values({
		actorId: isUser(actor) ? actor.userId : null,
		actorLabel: isUser(actor) ? actor.email : 'système',
		action: entry.action,
		entityType: entry.entityType,
		entityId: entry.entityId,
		programmeId: entry.programmeId ?? null,
		before: scrub(entry.before),
		after: scrub(entry.after)
	});
}

export type AuditFilter = {
	entityType?: string;
	entityId?: string;
	programmeId?: string;
	/** Cursor: entries older than this id. */
	beforeId?: number;
	limit?: number;
};

export async function queryAuditLog(db: DbOrTx, f: AuditFilter = {}) {
	const conds: SQL[] = [];
	if (f.entityType) conds.push(eq(auditLog.entityType, f.entityType));
	if (f.entityId) conds.push(eq(auditLog.entityId, f.entityId));
	if (f.programmeId) conds.push(eq(auditLog.programmeId, f.programmeId));
	if (f.beforeId) conds.push(lt(auditLog.id, f.beforeId));
	return db
		.select()
		.from(auditLog)
		.where(conds.length ? and(...conds) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(Math.min(f.limit ?? 50, 200));
}
