/** The SQL of a call's ranking: the call, its applications, submitted reviews, assignments, opinions. */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import {
	applications,
	calls,
	juryMembers,
	partners,
	regionalOpinions,
	reviewAssignments,
	reviews,
	users
} from '../db/schema.ts';
import { NotFound } from '../errors.ts';

export type RankingCallRow = {
	id: string;
	programmeId: string;
	title: string;
	slug: string;
	evaluationGrid: unknown;
	shortlistTarget: number;
};

/** The call, or `NotFound`. */
export async function rankingCall(db: DbOrTx, callId: string): Promise<RankingCallRow> {
	const [row] = await db
		.select({
			id: calls.id,
			programmeId: calls.programmeId,
			title: calls.title,
			slug: calls.slug,
			evaluationGrid: calls.evaluationGrid,
			shortlistTarget: calls.shortlistTarget
		})
		.from(calls)
		.where(eq(calls.id, callId));
	if (!row) throw new NotFound();
	return row;
}

/**
 * Statuses before the jury's stage: an application in one of them is ranked only when it has a
 * submitted review. Every other status (eligible, under_review and the later decisions) is ranked.
 */
export const BEFORE_JURY_STATUSES = ['draft', 'submitted', 'ineligible', 'withdrawn'] as const;

export type SubmittedReviewRow = {
	applicationId: string;
	juryMemberId: string;
	scores: unknown;
};

/** The submitted reviews of the call's applications (drafts never count). */
export async function submittedReviewsOf(
	db: DbOrTx,
	callId: string
): Promise<SubmittedReviewRow[]> {
	return db
		.select({
			applicationId: reviewAssignments.applicationId,
			juryMemberId: reviewAssignments.juryMemberId,
			scores: reviews.scores
		})
		.from(reviews)
		.innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
		.where(and(eq(reviewAssignments.callId, callId), eq(reviews.status, 'submitted')))
		.orderBy(asc(reviewAssignments.applicationId), asc(reviewAssignments.juryMemberId));
}

export type RankedApplicationRow = {
	id: string;
	reference: string;
	title: string;
	status: string;
};

/** The call's applications at the jury's stage or later, and those with a submitted review. */
export async function rankedApplicationsOf(
	db: DbOrTx,
	callId: string,
	reviewedIds: string[]
): Promise<RankedApplicationRow[]> {
	const atJuryStage = sql`${applications.status} not in (${sql.join(
		BEFORE_JURY_STATUSES.map((s) => sql`${s}`),
		sql`, `
	)})`;
	return db
		.select({
			id: applications.id,
			reference: applications.reference,
			title: applications.title,
			status: applications.status
		})
		.from(applications)
		.where(
			and(
				eq(applications.callId, callId),
				reviewedIds.length ? or(atJuryStage, inArray(applications.id, reviewedIds)) : atJuryStage
			)
		)
		.orderBy(asc(applications.reference));
}

/** How many reviewers are assigned to each application of the call. */
export async function assignedCounts(db: DbOrTx, callId: string): Promise<Map<string, number>> {
	const rows = await db
		.select({
			applicationId: reviewAssignments.applicationId,
			n: sql<number>`count(*)::int`
		})
		.from(reviewAssignments)
		.where(eq(reviewAssignments.callId, callId))
		.groupBy(reviewAssignments.applicationId);
	return new Map(rows.map((r) => [r.applicationId, Number(r.n)]));
}

export type RankingMemberRow = { id: string; name: string | null; email: string };

/** The jury members of the call (removed ones too: their submitted reviews still count). */
export async function rankingMembersOf(db: DbOrTx, callId: string): Promise<RankingMemberRow[]> {
	return db
		.select({ id: juryMembers.id, name: users.name, email: juryMembers.email })
		.from(juryMembers)
		.leftJoin(users, eq(users.id, juryMembers.userId))
		.where(eq(juryMembers.callId, callId));
}

export type RankingOpinionRow = {
	applicationId: string;
	partnerId: string;
	partnerName: string;
	recommendation: string;
};

/** The regional opinions on the call's applications (recommendation only), by partner name. */
export async function rankingOpinionsOf(db: DbOrTx, callId: string): Promise<RankingOpinionRow[]> {
	return db
		.select({
			applicationId: regionalOpinions.applicationId,
			partnerId: regionalOpinions.partnerId,
			partnerName: partners.name,
			recommendation: regionalOpinions.recommendation
		})
		.from(regionalOpinions)
		.innerJoin(partners, eq(partners.id, regionalOpinions.partnerId))
		.innerJoin(applications, eq(applications.id, regionalOpinions.applicationId))
		.where(eq(applications.callId, callId))
		.orderBy(asc(partners.name));
}
