import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ReviewView } from './reviewPresenters.ts';
import type { ReviewInput } from './reviewSchemas.ts';
import { writeReview } from './reviewWrite.ts';

/**
 * The jury member submits their review as sent: every criterion scored on its scale (or « non
 * concerné » where allowed) and commented where the grid requires it, else `Invalid` with a
 * French message per faulty field and nothing saved. Once submitted, the review is read-only.
 */
export async function submitReview(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	assignmentId: string,
	input: ReviewInput
): Promise<ReviewView> {
	return writeReview(svc, actor, assignmentId, input, { submit: true });
}
