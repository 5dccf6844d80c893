/**
 * SQL of the jury's reviews: an assignment with its call and application, the review of an
 * assignment, a member's assignments with the progress of each, the reviews of an application.
 */
import { and, asc, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import {
	applications,
	calls,
	juryMembers,
	reviewAssignments,
	reviewConflicts,
	reviews,
	users
} from '../db/schema.ts';
import { readGrid, type Grid } from './grid.ts';
import { readScores, type ReviewStatus, type StoredScores } from './reviewSchemas.ts';

export type AssignmentContext = {
	id: string;
	juryMemberId: string;
	applicationId: string;
	call: {
		id: string;
		programmeId: string;
		title: string;
		grid: Grid;
		blindReview: boolean;
		reviewsHiddenUntilSubmitted: boolean;
		reviewDeadline: Date | null;
	};
	application: { reference: string; title: string; status: string };
};

/** The assignment with its call and application, or null. */
export async function findAssignment(
	db: DbOrTx,
	assignmentId: string
): Promise<AssignmentContext | null> {
	const [r] = await db
		.select({
			id: reviewAssignments.id,
			juryMemberId: reviewAssignments.juryMemberId,
			applicationId: reviewAssignments.applicationId,
			callId: calls.id,
			programmeId: calls.programmeId,
			callTitle: calls.title,
			grid: calls.evaluationGrid,
			blindReview: calls.blindReview,
			hidden: calls.reviewsHiddenUntilSubmitted,
			reviewDeadline: calls.reviewDeadline,
			reference: applications.reference,
			title: applications.title,
			status: applications.status
		})
		.from(reviewAssignments)
		.innerJoin(calls, eq(calls.id, reviewAssignments.callId))
		.innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
		.where(eq(reviewAssignments.id, assignmentId));
	if (!r) return null;
	return {
		id: r.id,
		juryMemberId: r.juryMemberId,
		applicationId: r.applicationId,
		call: {
			id: r.callId,
			programmeId: r.programmeId,
			title: r.callTitle,
			grid: readGrid(r.grid),
			blindReview: r.blindReview,
			reviewsHiddenUntilSubmitted: r.hidden,
			reviewDeadline: r.reviewDeadline
		},
		application: { reference: r.reference, title: r.title, status: r.status }
	};
}

export type ReviewRow = {
	id: string;
	assignmentId: string;
	scores: StoredScores;
	commentToApplicant: string;
	privateComment: string;
	status: ReviewStatus;
	revision: number;
	submittedAt: Date | null;
	updatedAt: Date;
};

const reviewColumns = {
	id: reviews.id,
	assignmentId: reviews.assignmentId,
	scores: reviews.scores,
	commentToApplicant: reviews.commentToApplicant,
	privateComment: reviews.privateComment,
	status: reviews.status,
	revision: reviews.revision,
	submittedAt: reviews.submittedAt,
	updatedAt: reviews.updatedAt
};

function toReviewRow(r: {
	id: string;
	assignmentId: string;
	scores: unknown;
	commentToApplicant: string;
	privateComment: string;
	status: string;
	revision: number;
	submittedAt: Date | null;
	updatedAt: Date;
}): ReviewRow {
	return {
		...r,
		scores: readScores(r.scores),
		status: r.status === 'submitted' ? 'submitted' : 'draft'
	};
}

/** The review of an assignment, or null when none was saved. */
export async function reviewOf(db: DbOrTx, assignmentId: string): Promise<ReviewRow | null> {
	const [r] = await db
		.select(reviewColumns)
		.from(reviews)
		.where(eq(reviews.assignmentId, assignmentId));
	return r ? toReviewRow(r) : null;
}

export type MyAssignmentRow = {
	id: string;
	applicationId: string;
	reference: string;
	title: string;
	conflicted: boolean;
	reviewStatus: ReviewStatus | null;
	updatedAt: Date | null;
	submittedAt: Date | null;
};

/** A member's assignments, by application reference, with their review's progress. */
export async function assignmentsOfMember(
	db: DbOrTx,
	juryMemberId: string
): Promise<MyAssignmentRow[]> {
	const rows = await db
		.select({
			id: reviewAssignments.id,
			applicationId: reviewAssignments.applicationId,
			reference: applications.reference,
			title: applications.title,
			conflictId: reviewConflicts.id,
			reviewStatus: reviews.status,
			updatedAt: reviews.updatedAt,
			submittedAt: reviews.submittedAt
		})
		.from(reviewAssignments)
		.innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
		.leftJoin(reviews, eq(reviews.assignmentId, reviewAssignments.id))
		.leftJoin(
			reviewConflicts,
			and(
				eq(reviewConflicts.juryMemberId, reviewAssignments.juryMemberId),
				eq(reviewConflicts.applicationId, reviewAssignments.applicationId)
			)
		)
		.where(eq(reviewAssignments.juryMemberId, juryMemberId))
		.orderBy(asc(applications.reference), asc(reviewAssignments.id));
	const out = new Map<string, MyAssignmentRow>();
	for (const r of rows) {
		const seen = out.get(r.id);
		if (seen) {
			seen.conflicted ||= Boolean(r.conflictId);
			continue;
		}
		out.set(r.id, {
			id: r.id,
			applicationId: r.applicationId,
			reference: r.reference,
			title: r.title,
			conflicted: Boolean(r.conflictId),
			reviewStatus:
				r.reviewStatus === null ? null : r.reviewStatus === 'submitted' ? 'submitted' : 'draft',
			updatedAt: r.updatedAt,
			submittedAt: r.submittedAt
		});
	}
	return [...out.values()];
}

export type ApplicationReviewRow = ReviewRow & {
	juryMemberId: string;
	reviewerName: string;
};

/**
 * The reviews of an application (only submitted ones unless `drafts`), other than one
 * assignment's, by reviewer.
 */
export async function reviewsOfApplication(
	db: DbOrTx,
	applicationId: string,
	opts: { drafts: boolean; exceptAssignmentId?: string }
): Promise<ApplicationReviewRow[]> {
	const conds = [eq(reviewAssignments.applicationId, applicationId)];
	if (!opts.drafts) conds.push(eq(reviews.status, 'submitted'));
	if (opts.exceptAssignmentId) conds.push(ne(reviewAssignments.id, opts.exceptAssignmentId));
	const rows = await db
		.select({
			...reviewColumns,
			juryMemberId: reviewAssignments.juryMemberId,
			email: juryMembers.email,
			name: users.name
		})
		.from(reviews)
		.innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
		.innerJoin(juryMembers, eq(juryMembers.id, reviewAssignments.juryMemberId))
		.leftJoin(users, eq(users.id, juryMembers.userId))
		.where(and(...conds))
		.orderBy(asc(juryMembers.email), asc(reviews.id));
	return rows.map(({ juryMemberId, email, name, ...r }) => ({
		...toReviewRow(r),
		juryMemberId,
		reviewerName: name || email
	}));
}
