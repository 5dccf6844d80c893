/**
 * SQL of the jury's assignment: everything the solver needs for a call (its applications under
 * review, its jury, bids, conflicts, current assignments and whether their review has started),
 * and the current assignment as the team reads it.
 */
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import {
	applications,
	calls,
	formVersions,
	juryMembers,
	reviewAssignments,
	reviewBids,
	reviewConflicts,
	reviews,
	users
} from '../db/schema.ts';
import { answeredTerms, type FormDefinition, type Localized } from '../calls/form/definition.ts';
import { searchTextOf } from '../applications/presenters.ts';
import { screeningFilterTerms } from '../applications/screening.ts';
import { NotFound } from '../errors.ts';
import { BIDDABLE_STATUSES } from './conflictQueries.ts';
import { detectAutomaticConflicts } from './conflictRefresh.ts';
import type { BidLevel } from './conflictSchemas.ts';

export type AssignCall = {
	id: string;
	programmeId: string;
	title: string;
	reviewsPerApplication: number;
};

export type AssignApplication = {
	id: string;
	reference: string;
	title: string;
	/** Title and text answers, for the text similarity. */
	text: string;
	themes: { value: string; label: Localized }[];
	typology: { value: string; label: Localized }[];
};

export type AssignMember = {
	id: string;
	email: string;
	name: string | null;
	userId: string | null;
	locale: 'fr' | 'en';
	expertise: string[];
	minReviews: number;
	maxReviews: number;
};

export type ExistingAssignment = {
	id: string;
	juryMemberId: string;
	applicationId: string;
	locked: boolean;
	affinity: number | null;
	source: 'solver' | 'manual';
	/** A review exists (draft or submitted): the assignment stays whatever happens. */
	started: boolean;
};

export type AssignData = {
	call: AssignCall;
	applications: AssignApplication[];
	members: AssignMember[];
	bids: { reviewerId: string; applicationId: string; level: BidLevel }[];
	/** `[juryMemberId, applicationId]`, distinct. */
	conflicts: [string, string][];
	existing: ExistingAssignment[];
};

/** The call, or `NotFound`. */
export async function assignCall(db: DbOrTx, callId: string): Promise<AssignCall> {
	const [row] = await db
		.select({
			id: calls.id,
			programmeId: calls.programmeId,
			title: calls.title,
			reviewsPerApplication: calls.reviewsPerApplication
		})
		.from(calls)
		.where(eq(calls.id, callId));
	if (!row) throw new NotFound();
	return row;
}

/** The call's applications under review (eligible or under review), by reference. */
export async function assignApplications(
	db: DbOrTx,
	call: AssignCall
): Promise<AssignApplication[]> {
	const rows = await db
		.select({
			id: applications.id,
			reference: applications.reference,
			title: applications.title,
			answers: applications.answers,
			definition: formVersions.definition
		})
		.from(applications)
		.innerJoin(formVersions, eq(formVersions.id, applications.formVersionId))
		.where(
			and(eq(applications.callId, call.id), inArray(applications.status, [...BIDDABLE_STATUSES]))
		)
		.orderBy(asc(applications.reference));
	const terms = await screeningFilterTerms(db, call.programmeId);
	const label = (list: { value: string; label: Localized }[], value: string) => ({
		value,
		label: list.find((x) => x.value === value)?.label ?? { fr: value, en: value }
	});
	return rows.map((r) => {
		const def = r.definition as FormDefinition;
		const answers = (r.answers ?? {}) as Record<string, unknown>;
		return {
			id: r.id,
			reference: r.reference,
			title: r.title,
			text: searchTextOf(def, r.title, answers, null),
			themes: answeredTerms(def, answers, 'qvct_themes').map((v) => label(terms.qvct_theme, v)),
			typology: answeredTerms(def, answers, 'typology').map((v) => label(terms.typology, v))
		};
	});
}

/** The call's jury members who accepted and were not removed, by e-mail. */
export async function assignMembers(db: DbOrTx, callId: string): Promise<AssignMember[]> {
	const rows = await db
		.select({
			id: juryMembers.id,
			email: juryMembers.email,
			name: users.name,
			userId: juryMembers.userId,
			locale: users.locale,
			expertise: juryMembers.expertise,
			minReviews: juryMembers.minReviews,
			maxReviews: juryMembers.maxReviews
		})
		.from(juryMembers)
		.leftJoin(users, eq(users.id, juryMembers.userId))
		.where(
			and(
				eq(juryMembers.callId, callId),
				isNotNull(juryMembers.acceptedAt),
				isNull(juryMembers.removedAt)
			)
		)
		.orderBy(asc(juryMembers.email));
	return rows.map((r) => ({
		...r,
		name: r.name || null,
		locale: r.locale === 'en' ? 'en' : 'fr'
	}));
}

/** The call's assignments, with whether their review has started. */
export async function existingAssignments(
	db: DbOrTx,
	callId: string,
	filter: { id?: string } = {}
): Promise<ExistingAssignment[]> {
	const conds = [eq(reviewAssignments.callId, callId)];
	if (filter.id) conds.push(eq(reviewAssignments.id, filter.id));
	const rows = await db
		.select({
			id: reviewAssignments.id,
			juryMemberId: reviewAssignments.juryMemberId,
			applicationId: reviewAssignments.applicationId,
			locked: reviewAssignments.locked,
			affinity: reviewAssignments.affinity,
			source: reviewAssignments.source,
			reviewId: reviews.id
		})
		.from(reviewAssignments)
		.leftJoin(reviews, eq(reviews.assignmentId, reviewAssignments.id))
		.where(and(...conds))
		.orderBy(asc(reviewAssignments.createdAt), asc(reviewAssignments.id));
	return rows.map((r) => ({
		id: r.id,
		juryMemberId: r.juryMemberId,
		applicationId: r.applicationId,
		locked: r.locked,
		affinity: r.affinity,
		source: r.source === 'manual' ? 'manual' : 'solver',
		started: r.reviewId !== null
	}));
}

/** Everything the assignment of a call depends on. */
export async function assignData(db: DbOrTx, call: AssignCall): Promise<AssignData> {
	const apps = await assignApplications(db, call);
	const members = await assignMembers(db, call.id);
	const memberIds = members.map((m) => m.id);
	const bids = memberIds.length
		? await db
				.select({
					reviewerId: reviewBids.juryMemberId,
					applicationId: reviewBids.applicationId,
					level: reviewBids.level
				})
				.from(reviewBids)
				.where(inArray(reviewBids.juryMemberId, memberIds))
		: [];
	const conflicts = memberIds.length
		? await db
				.selectDistinct({
					juryMemberId: reviewConflicts.juryMemberId,
					applicationId: reviewConflicts.applicationId
				})
				.from(reviewConflicts)
				.where(inArray(reviewConflicts.juryMemberId, memberIds))
		: [];
	// The automatic conflicts the jury and the applications imply now count too, even when nobody
	// has refreshed the stored ones since a person joined or an application became eligible.
	const pairs = new Map<string, [string, string]>();
	for (const c of [...conflicts, ...(await detectAutomaticConflicts(db, call.id))]) {
		pairs.set(`${c.juryMemberId}|${c.applicationId}`, [c.juryMemberId, c.applicationId]);
	}
	return {
		call,
		applications: apps,
		members,
		bids: bids.map((b) => ({ ...b, level: b.level as BidLevel })),
		conflicts: [...pairs.values()],
		existing: await existingAssignments(db, call.id)
	};
}
