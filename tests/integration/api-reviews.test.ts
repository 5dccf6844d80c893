/**
 * The REST API of jury reviews, through the very handlers SvelteKit calls, on each backend: the
 * reviewer lists their applications, saves a draft (a stale revision is a 409 and changes
 * nothing), submits (an incomplete review is a 422 with a French message per criterion), then the
 * review is read-only and the others' submitted reviews appear; another juror never reads a draft;
 * a conflicted juror, holders and partners get 404; the grid is frozen once a review exists; the
 * scopes are `reviews:read` and `reviews:write`, tag « Jury ».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import { REVIEW_GRID, reviewScenario, type ReviewScenario } from '../helpers/reviewsSetup.ts';
import { reviews } from '#lib/server/db/schema.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import * as myReviewsRoute from '../../src/routes/api/v1/calls/[id]/my-reviews/+server.ts';
import * as reviewRoute from '../../src/routes/api/v1/reviews/[assignmentId]/+server.ts';
import * as submitRoute from '../../src/routes/api/v1/reviews/[assignmentId]/submit/+server.ts';
import * as gridRoute from '../../src/routes/api/v1/calls/[id]/grid/+server.ts';

describe.each(backends)('API of jury reviews (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let s: ReviewScenario;
	const path = (id: string, rest = '') => `/api/v1/reviews/${id}${rest}`;
	const stored = async (assignmentId: string) =>
		(await t.db.select().from(reviews).where(eq(reviews.assignmentId, assignmentId)))[0] ?? null;
	const complete = (revision: number, privateComment = 'Note privée.') => ({
		scores: {
			impact: { score: 4, comment: 'Effets mesurés.' },
			innovation: { score: 2, comment: '' }
		},
		commentToApplicant: 'Beau projet.',
		privateComment,
		revision
	});

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		s = await reviewScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('lists the reviewer’s applications; a conflicted assignment is withdrawn', async () => {
		const ana = await api.call(myReviewsRoute.GET, `/api/v1/calls/${s.callId}/my-reviews`, {
			actor: s.actors.ana,
			params: { id: s.callId }
		});
		expect(ana.status).toBe(200);
		expect(ana.body.counts).toEqual({ total: 2, notStarted: 2, draft: 0, submitted: 0 });
		expect(ana.body.data.map((i: { title: string }) => i.title).sort()).toEqual([
			'Atelier des métiers',
			'Baromètre de la charge de travail'
		]);
		const cleo = await api.call(myReviewsRoute.GET, `/api/v1/calls/${s.callId}/my-reviews`, {
			actor: s.actors.cleo,
			params: { id: s.callId }
		});
		expect(cleo.body.data).toEqual([{ assignmentId: s.assignments.cleoA, withdrawn: true }]);
		const holder = await api.call(myReviewsRoute.GET, `/api/v1/calls/${s.callId}/my-reviews`, {
			actor: s.actors.holder,
			params: { id: s.callId }
		});
		expect(holder.status).toBe(404);
	});

	it('saves a draft, refuses a stale revision (nothing changes), then freezes the grid', async () => {
		const saved = await api.call(reviewRoute.PUT, path(s.assignments.anaA), {
			actor: s.actors.ana,
			params: { assignmentId: s.assignments.anaA },
			method: 'PUT',
			body: {
				scores: { impact: { score: 2, comment: 'Premier jet.' } },
				privateComment: 'Brouillon d’Ana.',
				revision: 0
			}
		});
		expect(saved.status).toBe(200);
		expect(saved.body).toMatchObject({ status: 'draft', revision: 1 });

		const stale = await api.call(reviewRoute.PUT, path(s.assignments.anaA), {
			actor: s.actors.ana,
			params: { assignmentId: s.assignments.anaA },
			method: 'PUT',
			body: { scores: { impact: { score: 4, comment: 'Autre onglet.' } }, revision: 0 }
		});
		expect(stale.status).toBe(409);
		expect(stale.body.error.message).toMatch(/modifiée entre-temps/);
		const row = await stored(s.assignments.anaA);
		expect(row).toMatchObject({ revision: 1, privateComment: 'Brouillon d’Ana.' });
		expect(row!.scores).toEqual({ impact: { score: 2, comment: 'Premier jet.' } });

		const grid = await api.call(gridRoute.PUT, `/api/v1/calls/${s.callId}/grid`, {
			actor: s.team,
			params: { id: s.callId },
			method: 'PUT',
			body: { criteria: REVIEW_GRID.slice(0, 1) }
		});
		expect(grid.status).toBe(409);
	});

	it('refuses an incomplete submission with a French message per criterion', async () => {
		const r = await api.call(submitRoute.POST, path(s.assignments.anaA, '/submit'), {
			actor: s.actors.ana,
			params: { assignmentId: s.assignments.anaA },
			body: {
				scores: {
					impact: { score: null, comment: '' },
					innovation: { score: 0, comment: '' }
				},
				revision: 1
			}
		});
		expect(r.status).toBe(422);
		expect(r.body.error.fields).toEqual({
			'scores.impact.score': [
				'« Impact QVT » : « Non concerné » n’est pas permis pour ce critère.'
			],
			'scores.impact.comment': ['« Impact QVT » : un commentaire est obligatoire.'],
			'scores.innovation.score': ['« Innovation » : la note est hors de l’échelle du critère.']
		});
		const missing = await api.call(submitRoute.POST, path(s.assignments.anaA, '/submit'), {
			actor: s.actors.ana,
			params: { assignmentId: s.assignments.anaA },
			body: { scores: { innovation: { score: 3, comment: '' } }, revision: 1 }
		});
		expect(missing.status).toBe(422);
		expect(missing.body.error.fields['scores.impact.score']).toEqual([
			'« Impact QVT » : choisissez une note.'
		]);
		expect(await stored(s.assignments.anaA)).toMatchObject({ status: 'draft', revision: 1 });
	});

	it('keeps drafts and reviews to their juror: others, conflicted, holders, partners get 404', async () => {
		for (const actor of [s.actors.ben, s.actors.cleo, s.actors.holder, s.actors.partner, s.team]) {
			const read = await api.call(reviewRoute.GET, path(s.assignments.anaA), {
				actor,
				params: { assignmentId: s.assignments.anaA }
			});
			expect(read.status).toBe(404);
			expect(read.text).not.toContain('Brouillon');
			const write = await api.call(reviewRoute.PUT, path(s.assignments.anaA), {
				actor,
				params: { assignmentId: s.assignments.anaA },
				method: 'PUT',
				body: complete(1)
			});
			expect(write.status).toBe(404);
		}
		const cleoOwn = await api.call(reviewRoute.GET, path(s.assignments.cleoA), {
			actor: s.actors.cleo,
			params: { assignmentId: s.assignments.cleoA }
		});
		expect(cleoOwn.status).toBe(404);
		expect(await stored(s.assignments.anaA)).toMatchObject({ revision: 1 });
	});

	it('submits, then the review is read-only and the others’ submitted reviews appear', async () => {
		const ben = await api.call(submitRoute.POST, path(s.assignments.benA, '/submit'), {
			actor: s.actors.ben,
			params: { assignmentId: s.assignments.benA },
			body: complete(0, 'Réserve de Ben.')
		});
		expect(ben.status).toBe(200);
		expect(ben.body.status).toBe('submitted');

		const before = await api.call(reviewRoute.GET, path(s.assignments.anaA), {
			actor: s.actors.ana,
			params: { assignmentId: s.assignments.anaA }
		});
		expect(before.status).toBe(200);
		expect(before.body.others).toBeNull();
		expect(before.text).not.toContain('Réserve de Ben');
		expect(before.body.application.organisation.legalName).toBe('Association Horizon');

		const done = await api.call(submitRoute.POST, path(s.assignments.anaA, '/submit'), {
			actor: s.actors.ana,
			params: { assignmentId: s.assignments.anaA },
			body: complete(1)
		});
		expect(done.status).toBe(200);
		expect(done.body).toMatchObject({ status: 'submitted', revision: 2 });

		const again = await api.call(reviewRoute.PUT, path(s.assignments.anaA), {
			actor: s.actors.ana,
			params: { assignmentId: s.assignments.anaA },
			method: 'PUT',
			body: complete(2)
		});
		expect(again.status).toBe(409);
		expect(again.body.error.message).toMatch(/déjà soumise/);

		const after = await api.call(reviewRoute.GET, path(s.assignments.anaA), {
			actor: s.actors.ana,
			params: { assignmentId: s.assignments.anaA }
		});
		expect(after.body.review.status).toBe('submitted');
		expect(after.body.others).toEqual([
			expect.objectContaining({
				reviewerName: 'Ben Juré',
				privateComment: 'Réserve de Ben.',
				commentToApplicant: 'Beau projet.'
			})
		]);
	});

	it('needs reviews:write to save, and documents the operations', async () => {
		const readOnly = await api.tokenActor(s.users.ana.id, ['reviews:read']);
		const read = await api.call(reviewRoute.GET, path(s.assignments.anaB), {
			actor: readOnly,
			params: { assignmentId: s.assignments.anaB }
		});
		expect(read.status).toBe(200);
		const write = await api.call(reviewRoute.PUT, path(s.assignments.anaB), {
			actor: readOnly,
			params: { assignmentId: s.assignments.anaB },
			method: 'PUT',
			body: complete(0)
		});
		expect(write.status).toBe(403);
		expect(await stored(s.assignments.anaB)).toBeNull();

		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown; tags: string[] }>>;
		};
		expect(doc.paths['/calls/{id}/my-reviews'].get.security).toEqual([
			{ bearer: ['reviews:read'] }
		]);
		expect(doc.paths['/reviews/{assignmentId}'].get.security).toEqual([
			{ bearer: ['reviews:read'] }
		]);
		expect(doc.paths['/reviews/{assignmentId}'].put.security).toEqual([
			{ bearer: ['reviews:write'] }
		]);
		expect(doc.paths['/reviews/{assignmentId}/submit'].post.tags).toEqual(['Jury']);
	});
});
