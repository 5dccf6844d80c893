/**
 * Saving a jury member's review, as a draft or as the submission that freezes it: the revision
 * read must be the stored one (otherwise someone saved in between: `Conflict`, nothing changes),
 * a submitted review never changes, the scores are checked against the call's grid (completeness
 * too on submission) with one French message per faulty field.
 */
import { and, eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { reviews } from '../db/schema.ts';
import { Conflict, Invalid, type FieldErrors } from '../errors.ts';
import { translator, type MessageKey } from '../../i18n/index.ts';
import { localeOf } from '../applications/shared.ts';
import { parseInput } from '../programmes/schemas.ts';
import { loadOwnAssignment } from './reviewAccess.ts';
import { presentReview, type ReviewView } from './reviewPresenters.ts';
import { reviewOf } from './reviewQueries.ts';
import { reviewInput, reviewProblems, storedScores, type ReviewInput } from './reviewSchemas.ts';

export const staleReviewError = () => new Conflict('reviewing.error.staleRevision');

export async function writeReview(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	assignmentId: string,
	input: ReviewInput,
	opts: { submit: boolean }
): Promise<ReviewView> {
	const { assignment, actor: user } = await loadOwnAssignment(svc.db, actor, assignmentId, {
		write: true
	});
	const data = parseInput(reviewInput, input);
	const { grid } = assignment.call;
	const scores = storedScores(data.scores);
	await svc.db.transaction(async (tx) => {
		const current = await reviewOf(tx, assignment.id);
		if (current?.status === 'submitted') throw new Conflict('reviewing.error.submitted');
		if (data.revision !== (current?.revision ?? 0)) throw staleReviewError();
		if (opts.submit && grid.length === 0) throw new Conflict('reviewing.error.noGrid');
		const problems = reviewProblems(grid, scores, { submit: opts.submit });
		if (problems.length > 0) {
			const t = translator(localeOf(user));
			const labels = new Map(grid.map((c) => [c.key, c.label[localeOf(user)] || c.label.fr]));
			const fields: FieldErrors = {};
			for (const p of problems) {
				const criterion = labels.get(p.criterion ?? '') ?? '';
				(fields[p.field] ??= []).push(t(p.key as MessageKey, { criterion }));
			}
			throw new Invalid(Object.values(fields)[0][0], fields);
		}
		const now = new Date();
		const values = {
			scores,
			commentToApplicant: data.commentToApplicant,
			privateComment: data.privateComment,
			revision: data.revision + 1,
			updatedAt: now,
			...(opts.submit ? { status: 'submitted', submittedAt: now } : {})
		};
		const written = current
			? await tx
					.update(reviews)
					.set(values)
					.where(
						and(
							eq(reviews.id, current.id),
							eq(reviews.revision, current.revision),
							eq(reviews.status, 'draft')
						)
					)
					.returning({ id: reviews.id })
			: await tx
					.insert(reviews)
					.values({ assignmentId: assignment.id, ...values })
					.onConflictDoNothing({ target: reviews.assignmentId })
					.returning({ id: reviews.id });
		if (written.length === 0) throw staleReviewError();
		if (opts.submit) {
			await audit(tx, user, {
				action: 'review.submit',
				entityType: 'application',
				entityId: assignment.applicationId,
				programmeId: assignment.call.programmeId,
				after: { assignmentId: assignment.id, scores, revision: data.revision + 1 }
			});
		}
	});
	return presentReview(grid, await reviewOf(svc.db, assignment.id));
}
