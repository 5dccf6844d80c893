/**
 * The review scenario (reviewsSetup.ts) brought to the shortlist decisions: both applications
 * under review, a co-holder reading English on A, Ana's and Ben's reviews of A submitted (each with
 * a comment to the applicant and a private comment), Dan's a draft, Ana's of B submitted.
 */
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '#lib/server/db/client.ts';
import { applicationMembers, applications, reviews, users } from '#lib/server/db/schema.ts';
import { createUser } from './factories.ts';
import { reviewScenario } from './reviewsSetup.ts';

export const COMMENTS = {
	anaA: 'Un projet solide : chiffrez mieux le budget.',
	benA: 'Les indicateurs de suivi sont convaincants.',
	danA: 'BROUILLON-NON-SOUMIS',
	anaB: 'Atelier utile, public à préciser.'
};
export const PRIVATE = 'SECRET-PRIVÉ';

export type DecisionScenario = Awaited<ReturnType<typeof decisionScenario>>;

export async function decisionScenario(db: DbOrTx) {
	const s = await reviewScenario(db);
	await db
		.update(applications)
		.set({ status: 'under_review' })
		.where(inArray(applications.id, [s.apps.a, s.apps.b]));
	const coholder = await createUser(db, { name: 'Chris Co-porteur' });
	await db.update(users).set({ locale: 'en' }).where(eq(users.id, coholder.id));
	await db
		.insert(applicationMembers)
		.values({ applicationId: s.apps.a, userId: coholder.id, role: 'coholder' });
	const review = (assignmentId: string, comment: string, status: 'draft' | 'submitted') =>
		db.insert(reviews).values({
			assignmentId,
			scores: { impact: { score: 3, comment: 'ok' } },
			commentToApplicant: comment,
			privateComment: `${PRIVATE} ${comment}`,
			status,
			submittedAt: status === 'submitted' ? new Date() : null
		});
	await review(s.assignments.anaA, COMMENTS.anaA, 'submitted');
	await review(s.assignments.benA, COMMENTS.benA, 'submitted');
	await review(s.assignments.danA, COMMENTS.danA, 'draft');
	await review(s.assignments.anaB, COMMENTS.anaB, 'submitted');
	return { ...s, coholder };
}
