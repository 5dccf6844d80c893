import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { calls } from '../db/schema.ts';
import { eq } from 'drizzle-orm';
import { NotFound } from '../errors.ts';
import { isUuid } from '../programmes/queries.ts';
import { assertJuryMember } from './policy.ts';
import { assignmentsOfMember } from './reviewQueries.ts';
import type { ReviewProgress } from './reviewPresenters.ts';

export type MyReviewItem =
	| {
			assignmentId: string;
			withdrawn: false;
			applicationId: string;
			reference: string;
			title: string;
			progress: ReviewProgress;
			updatedAt: string | null;
			submittedAt: string | null;
	  }
	/** Assigned before a conflict of interest appeared: nothing of the application is shown. */
	| { assignmentId: string; withdrawn: true };

export type MyReviewsView = {
	call: { id: string; title: string; reviewDeadline: string | null };
	items: MyReviewItem[];
	counts: { total: number; notStarted: number; draft: number; submitted: number };
};

/**
 * A jury member's assigned applications in a call, with the progress of each review and the
 * counts; an application they are now in conflict with is listed as withdrawn, without anything
 * of it. Anyone not on the call's jury: `NotFound`.
 */
export async function listMyReviews(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<MyReviewsView> {
	if (!isUuid(callId)) throw new NotFound();
	const m = await assertJuryMember(db, actor, callId);
	const [call] = await db
		.select({ id: calls.id, title: calls.title, reviewDeadline: calls.reviewDeadline })
		.from(calls)
		.where(eq(calls.id, callId));
	if (!call) throw new NotFound();
	const rows = await assignmentsOfMember(db, m.id);
	const items: MyReviewItem[] = rows.map((r) =>
		r.conflicted
			? { assignmentId: r.id, withdrawn: true }
			: {
					assignmentId: r.id,
					withdrawn: false,
					applicationId: r.applicationId,
					reference: r.reference,
					title: r.title,
					progress: r.reviewStatus ?? 'not_started',
					updatedAt: r.updatedAt?.toISOString() ?? null,
					submittedAt: r.submittedAt?.toISOString() ?? null
				}
	);
	const live = items.filter((i) => !i.withdrawn);
	return {
		call: {
			id: call.id,
			title: call.title,
			reviewDeadline: call.reviewDeadline?.toISOString() ?? null
		},
		items,
		counts: {
			total: live.length,
			notStarted: live.filter((i) => i.progress === 'not_started').length,
			draft: live.filter((i) => i.progress === 'draft').length,
			submitted: live.filter((i) => i.progress === 'submitted').length
		}
	};
}
