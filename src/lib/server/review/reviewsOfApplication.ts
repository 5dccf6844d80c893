import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { calls } from '../db/schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { findApplication } from '../applications/queries.ts';
import { isUuid } from '../programmes/queries.ts';
import { readGrid, type Grid } from './grid.ts';
import { mayReadJury } from './policy.ts';
import { presentOtherReview, type OtherReviewView } from './reviewPresenters.ts';
import { reviewsOfApplication } from './reviewQueries.ts';

/**
 * Every review of an application, drafts included (with their status), with the call's grid, for
 * the programme's team to read; anyone else: `NotFound`.
 */
export async function listReviewsOfApplication(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<{ grid: Grid; reviews: OtherReviewView[] }> {
	if (!isUuid(applicationId)) throw new NotFound();
	const app = await findApplication(db, applicationId);
	if (!app || !mayReadJury(actor, app.programmeId)) throw new NotFound();
	const grid = readGrid(await gridOf(db, app.callId));
	const rows = await reviewsOfApplication(db, app.id, { drafts: true });
	return { grid, reviews: rows.map((r) => presentOtherReview(grid, r)) };
}

async function gridOf(db: DbOrTx, callId: string): Promise<unknown> {
	const [row] = await db
		.select({ grid: calls.evaluationGrid })
		.from(calls)
		.where(eq(calls.id, callId));
	return row?.grid ?? [];
}
