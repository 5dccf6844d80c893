/**
 * Reading the audit log, newest first, a page at a time (cursor: the id of the last entry seen).
 */
import { z } from 'zod';
import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog, programmes, users } from '../db/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import { assertMayReadAudit, auditScope } from './policy.ts';
import { auditChanges, type Change } from './diff.ts';

export const AUDIT_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filters read from an address or an API query; nonsense values are dropped. */
export const auditListQuery = z.object({
	entityType: z
		.string()
		.regex(/^[a-z][a-z_]{0,49}$/)
		.optional()
		.catch(undefined),
	programmeId: z.string().regex(UUID).optional().catch(undefined),
	/** Only what happened to this person's account and roles. */
	userId: z.string().regex(UUID).optional().catch(undefined),
	/** Entries older than this one (its id). */
	before: z.coerce
		.number()
		.int()
		.positive()
		.max(Number.MAX_SAFE_INTEGER)
		.optional()
		.catch(undefined),
	limit: z.coerce.number().int().min(1).max(200).optional().catch(undefined)
});
export type AuditListFilter = z.output<typeof auditListQuery>;

export type AuditEntryView = {
	id: number;
	at: string;
	actor: { id: string | null; label: string; name: string | null };
	action: string;
	entityType: string;
	entityId: string;
	programmeId: string | null;
	programmeName: string | null;
	before: unknown;
	after: unknown;
	/** The keys that changed, with their value before and after. */
	changes: Change[];
};

export type AuditPage = { items: AuditEntryView[]; nextCursor: string | null };

export async function listAuditLog(
	db: DbOrTx,
	actor: Actor,
	filter: AuditListFilter = {}
): Promise<AuditPage> {
	assertMayReadAudit(actor);
	const scope = auditScope(actor);
	const limit = filter.limit ?? AUDIT_PAGE_SIZE;
	const conds: SQL[] = [];
	if (!scope.all) {
		const own = eq(auditLog.actorId, scope.actorId);
		conds.push(
			scope.programmeIds.length ? or(inArray(auditLog.programmeId, scope.programmeIds), own)! : own
		);
	}
	if (filter.entityType) conds.push(eq(auditLog.entityType, filter.entityType));
	if (filter.programmeId) conds.push(eq(auditLog.programmeId, filter.programmeId));
	if (filter.userId) {
		conds.push(
			or(
				and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, filter.userId)),
				and(
					eq(auditLog.entityType, 'role_assignment'),
					or(
						sql`${auditLog.after}->>'userId' = ${filter.userId}`,
						sql`${auditLog.before}->>'userId' = ${filter.userId}`
					)
				)
			)!
		);
	}
	if (filter.before) conds.push(lt(auditLog.id, filter.before));
	const rows = await db
		.select({
			entry: auditLog,
			actorName: users.name,
			programmeName: programmes.name
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.actorId))
		.leftJoin(programmes, eq(programmes.id, auditLog.programmeId))
		.where(conds.length ? and(...conds) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(limit + 1);
	const page = rows.slice(0, limit);
	return {
		items: page.map(({ entry, actorName, programmeName }) => ({
			id: entry.id,
			at: entry.at.toISOString(),
			actor: { id: entry.actorId, label: entry.actorLabel, name: actorName || null },
			action: entry.action,
			entityType: entry.entityType,
			entityId: entry.entityId,
			programmeId: entry.programmeId,
			programmeName,
			before: entry.before,
			after: entry.after,
			changes: auditChanges(entry.before, entry.after)
		})),
		nextCursor: rows.length > limit ? String(page[page.length - 1].entry.id) : null
	};
}
