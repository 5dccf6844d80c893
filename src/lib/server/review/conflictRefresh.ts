import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import {
	applicationMembers,
	applications,
	juryMembers,
	organisations,
	reviewBids,
	reviewConflicts,
	roleAssignments,
	users
} from '../db/schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { assertMayManageJury } from './policy.ts';
import {
	AUTOMATIC_SOURCES,
	detectConflicts,
	type DetectionApplication,
	type DetectionMember
} from './conflictDetection.ts';
import { juryCall, OUT_OF_JURY_STATUSES } from './conflictQueries.ts';

export type RefreshResult = { added: number; removed: number; total: number };

async function detectionInput(tx: DbOrTx, callId: string) {
	const memberRows = await tx
		.select({ id: juryMembers.id, userId: juryMembers.userId, email: juryMembers.email })
		.from(juryMembers)
		.where(and(eq(juryMembers.callId, callId), isNull(juryMembers.removedAt)));
	const userIds = memberRows.flatMap((m) => (m.userId ? [m.userId] : []));
	const grants = userIds.length
		? await tx
				.select({ userId: roleAssignments.userId, partnerId: roleAssignments.partnerId })
				.from(roleAssignments)
				.where(inArray(roleAssignments.userId, userIds))
		: [];
	const members: DetectionMember[] = memberRows.map((m) => ({
		id: m.id,
		userId: m.userId,
		email: m.email,
		partnerIds: grants.flatMap((g) => (g.userId === m.userId && g.partnerId ? [g.partnerId] : []))
	}));

	const appRows = await tx
		.select({
			id: applications.id,
			partnerId: applications.partnerId,
			website: organisations.website
		})
		.from(applications)
		.leftJoin(organisations, eq(organisations.id, applications.organisationId))
		.where(
			and(
				eq(applications.callId, callId),
				notInArray(applications.status, [...OUT_OF_JURY_STATUSES])
			)
		);
	const holders = appRows.length
		? await tx
				.select({
					applicationId: applicationMembers.applicationId,
					userId: applicationMembers.userId,
					email: users.email
				})
				.from(applicationMembers)
				.innerJoin(users, eq(users.id, applicationMembers.userId))
				.where(
					inArray(
						applicationMembers.applicationId,
						appRows.map((a) => a.id)
					)
				)
		: [];
	const apps: DetectionApplication[] = appRows.map((a) => ({
		id: a.id,
		partnerId: a.partnerId,
		organisationWebsite: a.website,
		holders: holders.filter((h) => h.applicationId === a.id)
	}));
	return { members, apps };
}

/**
 * The team recomputes the call's automatic conflicts (holder, same e-mail domain, same
 * organisation, referring partner) from its current jury and its applications past the draft
 * stage (withdrawn ones left out): new ones are added, those that no longer hold are removed, the
 * conflicts declared by jurors or set by the team stay untouched. One transaction, audited;
 * running it twice changes nothing the second time.
 */
export async function refreshAutomaticConflicts(
	svc: Services,
	actor: Actor,
	callId: string
): Promise<RefreshResult> {
	const call = await juryCall(svc.db, callId);
	assertMayManageJury(actor, call.programmeId);
	return svc.db.transaction((tx) => refreshConflictsIn(tx, actor, call));
}

/**
 * The automatic conflicts the call's jury and applications imply now, stored or not: the
 * assignment counts them even before anyone refreshes the stored ones.
 */
export async function detectAutomaticConflicts(db: DbOrTx, callId: string) {
	const { members, apps } = await detectionInput(db, callId);
	return detectConflicts(members, apps);
}

/**
 * The refresh itself, inside the caller's transaction and after its own policy check: also run
 * when a person joins the jury, so that their bidding page never shows what they are in conflict
 * with.
 */
export async function refreshConflictsIn(
	tx: DbOrTx,
	actor: Actor,
	call: { id: string; programmeId: string }
): Promise<RefreshResult> {
	const { members, apps } = await detectionInput(tx, call.id);
	const wanted = detectConflicts(members, apps);
	const key = (c: { juryMemberId: string; applicationId: string; source: string }) =>
		`${c.juryMemberId}|${c.applicationId}|${c.source}`;
	const existing = await tx
		.select({
			id: reviewConflicts.id,
			juryMemberId: reviewConflicts.juryMemberId,
			applicationId: reviewConflicts.applicationId,
			source: reviewConflicts.source,
			reason: reviewConflicts.reason
		})
		.from(reviewConflicts)
		.innerJoin(juryMembers, eq(juryMembers.id, reviewConflicts.juryMemberId))
		.where(
			and(eq(juryMembers.callId, call.id), inArray(reviewConflicts.source, [...AUTOMATIC_SOURCES]))
		);
	const wantedKeys = new Set(wanted.map(key));
	const existingKeys = new Set(existing.map(key));
	const stale = existing.filter((c) => !wantedKeys.has(key(c)));
	const fresh = wanted.filter((c) => !existingKeys.has(key(c)));
	if (stale.length) {
		await tx.delete(reviewConflicts).where(
			inArray(
				reviewConflicts.id,
				stale.map((c) => c.id)
			)
		);
	}
	if (fresh.length) {
		await tx
			.insert(reviewConflicts)
			.values(fresh.map((c) => ({ ...c, createdBy: null })))
			.onConflictDoNothing();
		// A conflicted pair has no bid.
		for (const c of fresh) {
			await tx
				.delete(reviewBids)
				.where(
					and(
						eq(reviewBids.juryMemberId, c.juryMemberId),
						eq(reviewBids.applicationId, c.applicationId)
					)
				);
		}
	}
	const strip = (c: { juryMemberId: string; applicationId: string; source: string }) => ({
		juryMemberId: c.juryMemberId,
		applicationId: c.applicationId,
		source: c.source
	});
	await audit(tx, actor, {
		action: 'review_conflicts.refresh',
		entityType: 'call',
		entityId: call.id,
		programmeId: call.programmeId,
		before: { removed: stale.map(strip) },
		after: { added: fresh.map(strip), total: wanted.length }
	});
	return { added: fresh.length, removed: stale.length, total: wanted.length };
}
