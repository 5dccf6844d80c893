import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { reviewAssignments, reviews } from '../db/schema.ts';

/**
 * Whether any review of the call's applications has started: from then on its grid and review
 * settings are frozen (scores already given would lose their meaning). A review has started as
 * soon as a `reviews` row exists for one of the call's assignments (a saved draft is enough).
 */
export async function reviewsStarted(db: DbOrTx, callId: string): Promise<boolean> {
	const [row] = await db
		.select({ one: sql<number>`1` })
		.from(reviews)
		.innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
		.where(eq(reviewAssignments.callId, callId))
		.limit(1);
	return Boolean(row);
}
