import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { findApplication, liveAttachments, membersOf } from '../applications/queries.ts';
import { listTerms } from '../calls/listTerms.ts';
import { presentForm, type PublicFormView } from '../calls/presenters.ts';
import { visibilityMap } from '../calls/form/visibility.ts';
import { regionName } from '../../regions.ts';
import type { Grid } from './grid.ts';
import { loadOwnAssignment } from './reviewAccess.ts';
import {
	presentOtherReview,
	presentReview,
	type OtherReviewView,
	type ReviewView
} from './reviewPresenters.ts';
import { reviewOf, reviewsOfApplication } from './reviewQueries.ts';

export type ReviewPageView = {
	assignmentId: string;
	call: {
		id: string;
		title: string;
		blindReview: boolean;
		reviewsHiddenUntilSubmitted: boolean;
		reviewDeadline: string | null;
	};
	grid: Grid;
	application: {
		id: string;
		reference: string;
		title: string;
		answers: Record<string, unknown>;
		form: PublicFormView;
		/** The keys of the questions the holder was asked. */
		visible: string[];
		attachments: { id: string; questionKey: string; fileName: string }[];
		/** Null in a blind review (and when there is none). */
		organisation: {
			legalName: string;
			type: string;
			siret: string | null;
			headcountBand: string;
			postalCode: string;
			website: string | null;
		} | null;
		regionName: string | null;
		/** Empty in a blind review. */
		holders: { name: string; email: string; role: string }[];
	};
	review: ReviewView;
	/**
	 * The other reviewers' submitted reviews, or null while they are hidden (the call hides them
	 * until the reviewer's own is submitted). Never a draft.
	 */
	others: OtherReviewView[] | null;
};

/**
 * The review page of an assignment for its jury member: the application (who applies only when
 * the call is not blind), the grid, their review, and the others' submitted reviews when the call
 * lets them see them. Anyone else: `NotFound`.
 */
export async function getReview(
	db: DbOrTx,
	actor: Actor,
	assignmentId: string
): Promise<ReviewPageView> {
	const { assignment } = await loadOwnAssignment(db, actor, assignmentId);
	const { call } = assignment;
	const app = await findApplication(db, assignment.applicationId);
	if (!app) throw new NotFound();
	const [row, terms, attachments, members] = await Promise.all([
		reviewOf(db, assignment.id),
		listTerms(db, actor, call.programmeId),
		liveAttachments(db, app.id),
		call.blindReview ? Promise.resolve([]) : membersOf(db, app.id)
	]);
	const review = presentReview(call.grid, row);
	const seesOthers = review.status === 'submitted' || !call.reviewsHiddenUntilSubmitted;
	const others = seesOthers
		? (
				await reviewsOfApplication(db, app.id, {
					drafts: false,
					exceptAssignmentId: assignment.id
				})
			).map((r) => presentOtherReview(call.grid, r))
		: null;
	const org = call.blindReview ? null : app.organisation;
	const visibility = visibilityMap(app.form.definition, app.answers);
	return {
		assignmentId: assignment.id,
		call: {
			id: call.id,
			title: call.title,
			blindReview: call.blindReview,
			reviewsHiddenUntilSubmitted: call.reviewsHiddenUntilSubmitted,
			reviewDeadline: call.reviewDeadline?.toISOString() ?? null
		},
		grid: call.grid,
		application: {
			id: app.id,
			reference: app.reference,
			title: app.title,
			answers: app.answers,
			form: presentForm(app.form, terms),
			visible: [...visibility].filter(([, v]) => v).map(([k]) => k),
			attachments: attachments.map((a) => ({
				id: a.id,
				questionKey: a.questionKey,
				fileName: a.fileName
			})),
			organisation: org
				? {
						legalName: org.legalName,
						type: org.type,
						siret: org.siret,
						headcountBand: org.headcountBand,
						postalCode: org.postalCode,
						website: org.website
					}
				: null,
			regionName: org?.regionCode ? (regionName(org.regionCode) ?? null) : null,
			holders: members.map((m) => ({ name: m.name, email: m.email, role: m.role }))
		},
		review,
		others
	};
}
