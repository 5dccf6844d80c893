/**
 * The history the team's page shows: the creation of the draft, the status changes (submission
 * included) recorded by the status machine, and the extensions granted (recorded in the audit log
 * only), oldest first. Call it only once the reader has been allowed to read the application.
 */
import type { DbOrTx } from '#lib/server/db/client.ts';
import { queryAuditLog } from '#lib/server/audit/log.ts';
import type { ApplicationDetail } from '#lib/server/applications/index.ts';

export type HistoryEntry =
	| { kind: 'created'; at: string; by: string | null; reason: null }
	| {
			kind: 'transition';
			at: string;
			by: string | null;
			from: string;
			to: string;
			reason: string | null;
	  }
	| { kind: 'extension'; at: string; by: string | null; until: string; reason: string | null };

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export async function historyOf(
	db: DbOrTx,
	app: Pick<ApplicationDetail, 'id' | 'createdAt' | 'history' | 'members'>
): Promise<HistoryEntry[]> {
	const owner = app.members.find((m) => m.role === 'owner');
	const entries: HistoryEntry[] = [
		{ kind: 'created', at: app.createdAt, by: owner?.name ?? null, reason: null }
	];
	for (const h of app.history) {
		entries.push({
			kind: 'transition',
			at: h.at,
			by: h.actorName,
			from: h.fromStatus,
			to: h.toStatus,
			reason: h.reason
		});
	}
	const audited = await queryAuditLog(db, {
		entityType: 'application',
		entityId: app.id,
		limit: 200
	});
	for (const row of audited) {
		if (row.action !== 'application.extension') continue;
		const after = (row.after ?? {}) as Record<string, unknown>;
		const until = text(after.extensionUntil);
		if (!until) continue;
		entries.push({
			kind: 'extension',
			at: row.at.toISOString(),
			by: row.actorLabel,
			until,
			reason: text(after.reason)
		});
	}
	return entries.sort((a, b) => a.at.localeCompare(b.at));
}
