/**
 * The jury's discussion of an application, on each backend: the team and the jurors who submitted
 * their review of it read and post; a juror with a draft or no assignment, a conflicted juror,
 * holders and partners get 404; messages are 1–5000 characters and audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	decisionScenario,
	type DecisionScenario
} from '../../../../tests/helpers/decisionsSetup.ts';
import { auditLog, reviews } from '../db/schema.ts';
import { Forbidden, Invalid, NotFound } from '../errors.ts';
import { listDiscussion } from './discussionList.ts';
import { postDiscussion } from './discussionPost.ts';

describe.each(backends)('jury discussion (%s)', (backend) => {
	let t: TestDatabase;
	let s: DecisionScenario;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await decisionScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('lets a juror who submitted and the team post and read, in order', async () => {
		const first = await postDiscussion(t.services, s.actors.ana, s.apps.a, {
			body: '  Le budget me semble sous-estimé.  '
		});
		expect(first).toMatchObject({ body: 'Le budget me semble sous-estimé.', mine: true });
		await postDiscussion(t.services, s.team, s.apps.a, { body: 'Nous demanderons un devis.' });
		const forBen = (await listDiscussion(t.db, s.actors.ben, s.apps.a)).messages;
		expect(forBen.map((m) => [m.authorName, m.body, m.mine])).toEqual([
			['Ana Jurée', 'Le budget me semble sous-estimé.', false],
			[expect.any(String), 'Nous demanderons un devis.', false]
		]);
		expect((await listDiscussion(t.db, s.team, s.apps.a)).messages.map((m) => m.body)).toHaveLength(
			2
		);
		const audits = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'review.discussion.posted'), eq(auditLog.entityId, s.apps.a)));
		expect(audits).toHaveLength(2);
	});

	it('hides the thread from a juror with a draft, a conflicted juror, holders and partners', async () => {
		// Dan's review of A is a draft; Cléo is in conflict; Ben has no assignment on B.
		for (const [actor, app] of [
			[s.actors.dan, s.apps.a],
			[s.actors.cleo, s.apps.a],
			[s.actors.ben, s.apps.b],
			[s.actors.holder, s.apps.a],
			[s.actors.partner, s.apps.a]
		] as const) {
			await expect(listDiscussion(t.db, actor, app)).rejects.toBeInstanceOf(NotFound);
			await expect(
				postDiscussion(t.services, actor, app, { body: 'Puis-je ?' })
			).rejects.toBeInstanceOf(NotFound);
		}
		// Cléo submitted before the conflict: still hidden.
		await t.db
			.insert(reviews)
			.values({ assignmentId: s.assignments.cleoA, status: 'submitted', submittedAt: new Date() });
		await expect(listDiscussion(t.db, s.actors.cleo, s.apps.a)).rejects.toBeInstanceOf(NotFound);
		// Dan submits: the thread opens to him.
		await t.db
			.update(reviews)
			.set({ status: 'submitted', submittedAt: new Date() })
			.where(eq(reviews.assignmentId, s.assignments.danA));
		expect((await listDiscussion(t.db, s.actors.dan, s.apps.a)).messages).toHaveLength(2);
	});

	it('refuses an empty or too long message, and a read-only token', async () => {
		await expect(
			postDiscussion(t.services, s.actors.ana, s.apps.a, { body: '   ' })
		).rejects.toBeInstanceOf(Invalid);
		await expect(
			postDiscussion(t.services, s.actors.ana, s.apps.a, { body: 'x'.repeat(5001) })
		).rejects.toBeInstanceOf(Invalid);
		await postDiscussion(t.services, s.actors.ana, s.apps.a, { body: 'x'.repeat(5000) });
		await expect(
			postDiscussion(t.services, { ...s.actors.ana, scopes: ['reviews:read'] }, s.apps.a, {
				body: 'Lecture seule.'
			})
		).rejects.toBeInstanceOf(Forbidden);
		expect((await listDiscussion(t.db, s.actors.ana, s.apps.a)).messages).toHaveLength(3);
	});
});
