/** SQL of the shortlist decisions and of the jury's discussion. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import {
	applicationTransitions,
	applications,
	calls,
	reviewAssignments,
	reviewDiscussions,
	reviews,
	users
} from '../db/schema.ts';
import type { ApplicationStatus } from '../applications/status.ts';
export { NOTIFIED_ACTION, notifiedOfCurrent } from '../applications/decisionNotice.ts';

export type DecisionCall = {
	id: string;
	programmeId: string;
	title: string;
	shortlistTarget: number;
};

export async function findDecisionCall(
	db: DbOrTx,
	callId: string,
	opts: { lock?: boolean } = {}
): Promise<DecisionCall | null> {
	const q = db
		.select({
			id: calls.id,
			programmeId: calls.programmeId,
			title: calls.title,
			shortlistTarget: calls.shortlistTarget
		})
		.from(calls)
		.where(eq(calls.id, callId));
	const [row] = opts.lock ? await q.for('update') : await q;
	return row ?? null;
}

export type DecisionRow = {
	id: string;
	reference: string;
	title: string;
	status: ApplicationStatus;
	updatedAt: Date;
};

/** The call's applications under review or decided, by reference. */
export async function decisionRows(
	db: DbOrTx,
	callId: string,
	statuses: readonly ApplicationStatus[]
): Promise<DecisionRow[]> {
	const rows = await db
		.select({
			id: applications.id,
			reference: applications.reference,
			title: applications.title,
			status: applications.status,
			updatedAt: applications.updatedAt
		})
		.from(applications)
		.where(and(eq(applications.callId, callId), inArray(applications.status, [...statuses])))
		.orderBy(asc(applications.reference));
	return rows.map((r) => ({ ...r, title: r.title ?? '', status: r.status as ApplicationStatus }));
}

/** The reason given with the move to the application's current status. */
export async function currentReason(db: DbOrTx, applicationId: string): Promise<string | null> {
	const [row] = await db
		.select({ reason: applicationTransitions.reason })
		.from(applicationTransitions)
		.innerJoin(applications, eq(applications.id, applicationTransitions.applicationId))
		.where(
			and(
				eq(applicationTransitions.applicationId, applicationId),
				eq(applicationTransitions.toStatus, applications.status)
			)
		)
		.orderBy(desc(applicationTransitions.at))
		.limit(1);
	return row?.reason ?? null;
}

/** The non-empty comments to the applicant of the application's submitted reviews (no author). */
export async function commentsToApplicant(db: DbOrTx, applicationId: string): Promise<string[]> {
	const rows = await db
		.select({ comment: reviews.commentToApplicant })
		.from(reviews)
		.innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
		.where(and(eq(reviewAssignments.applicationId, applicationId), eq(reviews.status, 'submitted')))
		.orderBy(asc(reviews.submittedAt));
	return rows.map((r) => r.comment.trim()).filter((c) => c !== '');
}

/** Whether this jury member submitted a review of the application. */
export async function hasSubmittedReview(
	db: DbOrTx,
	juryMemberId: string,
	applicationId: string
): Promise<boolean> {
	const [row] = await db
		.select({ id: reviews.id })
		.from(reviews)
		.innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
		.where(
			and(
				eq(reviewAssignments.juryMemberId, juryMemberId),
				eq(reviewAssignments.applicationId, applicationId),
				eq(reviews.status, 'submitted')
			)
		)
		.limit(1);
	return Boolean(row);
}

export type DiscussionRow = {
	id: string;
	authorId: string | null;
	authorName: string | null;
	body: string;
	createdAt: Date;
};

export async function discussionRows(db: DbOrTx, applicationId: string): Promise<DiscussionRow[]> {
	return db
		.select({
			id: reviewDiscussions.id,
			authorId: reviewDiscussions.authorId,
			authorName: users.name,
			body: reviewDiscussions.body,
			createdAt: reviewDiscussions.createdAt
		})
		.from(reviewDiscussions)
		.leftJoin(users, eq(users.id, reviewDiscussions.authorId))
		.where(eq(reviewDiscussions.applicationId, applicationId))
		.orderBy(asc(reviewDiscussions.createdAt), asc(reviewDiscussions.id));
}
