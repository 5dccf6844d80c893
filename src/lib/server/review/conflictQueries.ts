/**
 * SQL of bids and conflicts of interest: the call a jury works on, the conflicted pairs (the rule
 * every jury page follows: a conflicted pair never sees each other), the conflicts and bids as
 * the team reads them.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.ts';
import {
	applications,
	calls,
	juryMembers,
	reviewBids,
	reviewConflicts,
	users
} from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import type { BidLevel, ConflictSource } from './conflictSchemas.ts';

export type JuryCall = {
	id: string;
	programmeId: string;
	title: string;
	blindReview: boolean;
};

/** The call, or `NotFound`. */
export async function juryCall(db: DbOrTx, callId: string): Promise<JuryCall> {
	const [row] = await db
		.select({
			id: calls.id,
			programmeId: calls.programmeId,
			title: calls.title,
			blindReview: calls.blindReview
		})
		.from(calls)
		.where(eq(calls.id, callId));
	if (!row) throw new NotFound();
	return row;
}

/** The applications a jury member is in conflict with, whatever the source. */
export async function conflictedApplicationIds(
	db: DbOrTx,
	juryMemberId: string
): Promise<Set<string>> {
	const rows = await db
		.selectDistinct({ applicationId: reviewConflicts.applicationId })
		.from(reviewConflicts)
		.where(eq(reviewConflicts.juryMemberId, juryMemberId));
	return new Set(rows.map((r) => r.applicationId));
}

/** Whether the jury member and the application are in conflict (any source). */
export async function isConflicted(
	db: DbOrTx,
	juryMemberId: string,
	applicationId: string
): Promise<boolean> {
	const [row] = await db
		.select({ id: reviewConflicts.id })
		.from(reviewConflicts)
		.where(
			and(
				eq(reviewConflicts.juryMemberId, juryMemberId),
				eq(reviewConflicts.applicationId, applicationId)
			)
		)
		.limit(1);
	return Boolean(row);
}

export type ConflictView = {
	id: string;
	juryMemberId: string;
	memberEmail: string;
	memberName: string | null;
	applicationId: string;
	applicationReference: string;
	applicationTitle: string;
	source: ConflictSource;
	reason: string;
	createdByName: string | null;
	createdAt: string;
};

const member = alias(users, 'member_user');
const author = alias(users, 'author_user');

/** The conflicts of a call (optionally one's, or one conflict), by member then application. */
export async function conflictsOf(
	db: DbOrTx,
	callId: string,
	filter: { juryMemberId?: string; id?: string } = {}
): Promise<ConflictView[]> {
	const conds = [eq(juryMembers.callId, callId)];
	if (filter.juryMemberId) conds.push(eq(reviewConflicts.juryMemberId, filter.juryMemberId));
	if (filter.id) conds.push(eq(reviewConflicts.id, filter.id));
	const rows = await db
		.select({
			id: reviewConflicts.id,
			juryMemberId: reviewConflicts.juryMemberId,
			memberEmail: juryMembers.email,
			memberName: member.name,
			applicationId: reviewConflicts.applicationId,
			applicationReference: applications.reference,
			applicationTitle: applications.title,
			source: reviewConflicts.source,
			reason: reviewConflicts.reason,
			createdByName: author.name,
			createdByEmail: author.email,
			createdAt: reviewConflicts.createdAt
		})
		.from(reviewConflicts)
		.innerJoin(juryMembers, eq(juryMembers.id, reviewConflicts.juryMemberId))
		.innerJoin(applications, eq(applications.id, reviewConflicts.applicationId))
		.leftJoin(member, eq(member.id, juryMembers.userId))
		.leftJoin(author, eq(author.id, reviewConflicts.createdBy))
		.where(and(...conds))
		.orderBy(
			asc(juryMembers.email),
			asc(applications.reference),
			asc(reviewConflicts.source),
			asc(reviewConflicts.id)
		);
	return rows.map((r) => ({
		id: r.id,
		juryMemberId: r.juryMemberId,
		memberEmail: r.memberEmail,
		memberName: r.memberName || null,
		applicationId: r.applicationId,
		applicationReference: r.applicationReference,
		applicationTitle: r.applicationTitle,
		source: r.source as ConflictSource,
		reason: r.reason,
		createdByName: r.createdByName || r.createdByEmail || null,
		createdAt: r.createdAt.toISOString()
	}));
}

export type JuryMemberRow = {
	id: string;
	email: string;
	name: string | null;
	userId: string | null;
};

/** The call's jury members (not removed), by e-mail. */
export async function membersOf(db: DbOrTx, callId: string): Promise<JuryMemberRow[]> {
	const rows = await db
		.select({
			id: juryMembers.id,
			email: juryMembers.email,
			name: users.name,
			userId: juryMembers.userId,
			removedAt: juryMembers.removedAt
		})
		.from(juryMembers)
		.leftJoin(users, eq(users.id, juryMembers.userId))
		.where(eq(juryMembers.callId, callId))
		.orderBy(asc(juryMembers.email));
	return rows
		.filter((r) => !r.removedAt)
		.map((r) => ({ id: r.id, email: r.email, name: r.name || null, userId: r.userId }));
}

export type BidView = {
	juryMemberId: string;
	applicationId: string;
	level: BidLevel;
	updatedAt: string;
};

/** The bids of a call (optionally one member's). */
export async function bidsOf(
	db: DbOrTx,
	callId: string,
	juryMemberId?: string
): Promise<BidView[]> {
	const conds = [eq(juryMembers.callId, callId)];
	if (juryMemberId) conds.push(eq(reviewBids.juryMemberId, juryMemberId));
	const rows = await db
		.select({
			juryMemberId: reviewBids.juryMemberId,
			applicationId: reviewBids.applicationId,
			level: reviewBids.level,
			updatedAt: reviewBids.updatedAt
		})
		.from(reviewBids)
		.innerJoin(juryMembers, eq(juryMembers.id, reviewBids.juryMemberId))
		.where(and(...conds))
		.orderBy(asc(juryMembers.email), asc(reviewBids.applicationId));
	return rows.map((r) => ({
		juryMemberId: r.juryMemberId,
		applicationId: r.applicationId,
		level: r.level as BidLevel,
		updatedAt: r.updatedAt.toISOString()
	}));
}

/** The ids among these that are applications of the call. */
export async function applicationsOfCall(
	db: DbOrTx,
	callId: string,
	ids: string[]
): Promise<Map<string, { id: string; status: string }>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.select({ id: applications.id, status: applications.status })
		.from(applications)
		.where(and(eq(applications.callId, callId), inArray(applications.id, ids)));
	return new Map(rows.map((r) => [r.id, r]));
}

/** Statuses of the applications the jury browses and bids on. */
export const BIDDABLE_STATUSES = ['eligible', 'under_review'] as const;

/** Application statuses that take no part in conflicts (not submitted, or given up). */
export const OUT_OF_JURY_STATUSES = ['draft', 'withdrawn'] as const;

/**
 * Sets a conflict by hand (`declared` by the member or `team`), or changes its reason when the
 * pair already has one of that source. A conflicted pair has no bid: the member's bid goes.
 */
export async function upsertManualConflict(
	tx: DbOrTx,
	input: {
		juryMemberId: string;
		applicationId: string;
		source: 'declared' | 'team';
		reason: string;
		createdBy: string;
	}
): Promise<{ id: string; before: { reason: string } | null }> {
	const [before] = await tx
		.select({ id: reviewConflicts.id, reason: reviewConflicts.reason })
		.from(reviewConflicts)
		.where(
			and(
				eq(reviewConflicts.juryMemberId, input.juryMemberId),
				eq(reviewConflicts.applicationId, input.applicationId),
				eq(reviewConflicts.source, input.source)
			)
		);
	let id: string;
	if (before) {
		await tx
			.update(reviewConflicts)
			.set({ reason: input.reason })
			.where(eq(reviewConflicts.id, before.id));
		id = before.id;
	} else {
		const [row] = await tx
			.insert(reviewConflicts)
			.values(input)
			.returning({ id: reviewConflicts.id });
		id = row.id;
	}
	await tx
		.delete(reviewBids)
		.where(
			and(
				eq(reviewBids.juryMemberId, input.juryMemberId),
				eq(reviewBids.applicationId, input.applicationId)
			)
		);
	return { id, before: before ? { reason: before.reason } : null };
}
