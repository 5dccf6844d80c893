import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ReviewView } from './reviewPresenters.ts';
import type { ReviewInput } from './reviewSchemas.ts';
import { writeReview } from './reviewWrite.ts';

/**
 * The jury member saves their review as a draft (incomplete is fine; scores off the scale or
 * « non concerné » where not allowed are refused). `revision` must be the stored one (0 before
 * the first save): otherwise `Conflict` and nothing changes. A submitted review: `Conflict`.
 */
export async function saveReviewDraft(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	assignmentId: string,
	input: ReviewInput
): Promise<ReviewView> {
	return writeReview(svc, actor, assignmentId, input, { submit: false });
}
