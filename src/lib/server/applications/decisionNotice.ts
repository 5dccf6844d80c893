/**
 * Whether the holders were told their application's current decision (shortlisted, on the waiting
 * list, not shortlisted). The team decides one application at a time, then informs every
 * applicant at once (`review/decisionNotify.ts`): until then, the holders' own views read « en
 * cours d'examen ».
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import type { ApplicationStatus } from './status.ts';

/** The audit action recording that an application's holders were told its decision. */
export const NOTIFIED_ACTION = 'application.decision.notified';

/** The statuses the holders learn only when the team informs them. */
export const DISCLOSED_ON_NOTICE: readonly ApplicationStatus[] = [
	'shortlisted',
	'waitlisted',
	'not_shortlisted',
	'retained',
	'not_retained'
];

/**
 * Which of these applications' holders were told their current decision: a notification recorded
 * after the last change of status (audit ids grow with time). No flag is stored: a new decision
 * after a notification is simply not notified yet.
 */
export async function notifiedOfCurrent(
	db: DbOrTx,
	applicationIds: string[]
): Promise<Set<string>> {
	if (applicationIds.length === 0) return new Set();
	const rows = await db
		.select({
			id: auditLog.entityId,
			notified: sql<
				string | null
			>`max(case when ${auditLog.action} = ${NOTIFIED_ACTION} then ${auditLog.id} end)`,
			changed: sql<
				string | null
			>`max(case when ${auditLog.action} like 'application.status.%' then ${auditLog.id} end)`
		})
		.from(auditLog)
		.where(and(eq(auditLog.entityType, 'application'), inArray(auditLog.entityId, applicationIds)))
		.groupBy(auditLog.entityId);
	const out = new Set<string>();
	for (const r of rows) {
		if (r.notified === null) continue;
		if (r.changed === null || Number(r.notified) > Number(r.changed)) out.add(r.id);
	}
	return out;
}

/**
 * The status as the holders may see it: a decision not yet told reads as « under review ». Returns
 * the set of applications whose status is to be shown as it is.
 */
export async function undisclosedDecisions(
	db: DbOrTx,
	apps: { id: string; status: string }[]
): Promise<Set<string>> {
	const decided = apps.filter((a) => (DISCLOSED_ON_NOTICE as readonly string[]).includes(a.status));
	if (!decided.length) return new Set();
	const told = await notifiedOfCurrent(
		db,
		decided.map((a) => a.id)
	);
	return new Set(decided.filter((a) => !told.has(a.id)).map((a) => a.id));
}
