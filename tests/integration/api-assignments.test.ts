/**
 * The REST API of the jury's assignment, through the very handlers SvelteKit calls, on each
 * backend: the team previews, applies (with the preview's fingerprint), lists, locks, removes and
 * adds by hand; conflicts and full reviewers are refused with French field errors and nothing
 * changes; anyone else gets 404; the scopes are `reviews:read` and `reviews:write`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import { juryScenario, type JuryScenario } from '../helpers/conflictsSetup.ts';
import { actorFor, createTestProgramme, createUser } from '../helpers/factories.ts';
import { juryMembers, outbox, reviewAssignments, reviews } from '#lib/server/db/schema.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { apiError } from '#lib/server/api/schemas.ts';
import {
	appliedAssignment,
	assignmentPreview,
	assignmentView
} from '#lib/server/api/operations/assignments.ts';
import { refreshAutomaticConflicts } from '#lib/server/review/conflictRefresh.ts';
import * as listRoute from '../../src/routes/api/v1/calls/[id]/assignments/+server.ts';
import * as oneRoute from '../../src/routes/api/v1/calls/[id]/assignments/[assignmentId]/+server.ts';
import * as previewRoute from '../../src/routes/api/v1/calls/[id]/assignments/preview/+server.ts';
import * as applyRoute from '../../src/routes/api/v1/calls/[id]/assignments/apply/+server.ts';

describe.each(backends)('API of the jury assignment (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let s: JuryScenario;
	let otherTeam: Actor;
	const base = (callId: string) => `/api/v1/calls/${callId}/assignments`;
	const rows = async () =>
		(await t.db.select().from(reviewAssignments))
			.map((r) => `${r.id}/${r.juryMemberId}/${r.applicationId}/${r.locked}`)
			.sort();

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		s = await juryScenario(t.db);
		await t.db.update(juryMembers).set({ maxReviews: 3 });
		await refreshAutomaticConflicts(t.services, s.team, s.callId);
		const p = await createTestProgramme(t.db);
		const u = await createUser(t.db, { roles: [{ role: 'team', programmeId: p.id }] });
		otherTeam = await actorFor(t.db, u.id);
	});
	afterAll(async () => t?.drop());

	it('the team previews, applies with the fingerprint, and lists', async () => {
		const params = { id: s.callId };
		const preview = await api.call(previewRoute.POST, `${base(s.callId)}/preview`, {
			actor: s.team,
			params,
			method: 'POST'
		});
		expect(preview.status).toBe(200);
		const p = assignmentPreview.parse(preview.body);
		expect(p.filled).toBe(15);
		expect(p.unfilled).toEqual([]);
		// The holder juror never reviews the application they hold.
		const held = p.applications.find((a) => a.id === s.apps.held)!;
		expect(held.reviewers.map((r) => r.juryMemberId)).not.toContain(s.jurors.holder.memberId);
		expect(await rows()).toEqual([]);

		const applied = await api.call(applyRoute.POST, `${base(s.callId)}/apply`, {
			actor: s.team,
			params,
			method: 'POST',
			body: { expectedFingerprint: p.fingerprint }
		});
		expect(applied.status).toBe(200);
		expect(appliedAssignment.parse(applied.body)).toMatchObject({ added: 15, removed: 0 });
		expect(
			(await t.db.select().from(outbox)).filter((m) => m.template === 'assignment_changed').length
		).toBe(applied.body.notified);

		const stale = await api.call(applyRoute.POST, `${base(s.callId)}/apply`, {
			actor: s.team,
			params,
			method: 'POST',
			body: { expectedFingerprint: p.fingerprint.replace(/./, (c) => (c === 'a' ? 'b' : 'a')) }
		});
		expect(stale.status).toBe(409);
		expect(apiError.parse(stale.body).error.message).toMatch(/a changé depuis l’aperçu/);

		const list = await api.call(listRoute.GET, base(s.callId), { actor: s.team, params });
		expect(list.status).toBe(200);
		expect(list.body.data).toHaveLength(15);
		for (const a of list.body.data) assignmentView.parse(a);
		for (const r of list.body.reviewers) expect(r.load).toBeLessThanOrEqual(3);
	});

	it('locks, refuses to remove a started review, removes and adds by hand', async () => {
		const [first, second] = await t.db.select().from(reviewAssignments);
		const lock = await api.call(oneRoute.PATCH, `${base(s.callId)}/${first.id}`, {
			actor: s.team,
			params: { id: s.callId, assignmentId: first.id },
			method: 'PATCH',
			body: { locked: true }
		});
		expect(lock.status).toBe(200);
		expect(assignmentView.parse(lock.body).locked).toBe(true);

		await t.db.insert(reviews).values({ assignmentId: second.id });
		const started = await api.call(oneRoute.DELETE, `${base(s.callId)}/${second.id}`, {
			actor: s.team,
			params: { id: s.callId, assignmentId: second.id },
			method: 'DELETE'
		});
		expect(started.status).toBe(409);

		const removed = await api.call(oneRoute.DELETE, `${base(s.callId)}/${first.id}`, {
			actor: s.team,
			params: { id: s.callId, assignmentId: first.id },
			method: 'DELETE'
		});
		expect(removed.status).toBe(200);
		const [gone] = await t.db
			.select()
			.from(reviewAssignments)
			.where(eq(reviewAssignments.id, first.id));
		expect(gone).toBeUndefined();

		const added = await api.call(listRoute.POST, base(s.callId), {
			actor: s.team,
			params: { id: s.callId },
			method: 'POST',
			body: { juryMemberId: first.juryMemberId, applicationId: first.applicationId }
		});
		expect(added.status).toBe(201);
		expect(assignmentView.parse(added.body)).toMatchObject({ source: 'manual', started: false });
		expect(added.headers.get('location')).toBe(`${base(s.callId)}/${added.body.id}`);
	});

	it('bad input: 422 with French field errors, nothing changed', async () => {
		const before = await rows();
		const params = { id: s.callId };
		const conflicted = await api.call(listRoute.POST, base(s.callId), {
			actor: s.team,
			params,
			method: 'POST',
			body: { juryMemberId: s.jurors.holder.memberId, applicationId: s.apps.held }
		});
		expect(conflicted.status).toBe(422);
		expect(apiError.parse(conflicted.body).error.fields.applicationId[0]).toMatch(
			/conflit d’intérêts/
		);

		const member = s.jurors.webmail.memberId;
		const mine = (await t.db.select().from(reviewAssignments)).filter(
			(r) => r.juryMemberId === member
		);
		await t.db
			.update(juryMembers)
			.set({ maxReviews: mine.length })
			.where(eq(juryMembers.id, member));
		const free = [s.apps.alpha, s.apps.beta, s.apps.referred, s.apps.gmail, s.apps.held].find(
			(a) => !mine.some((r) => r.applicationId === a)
		)!;
		const full = await api.call(listRoute.POST, base(s.callId), {
			actor: s.team,
			params,
			method: 'POST',
			body: { juryMemberId: member, applicationId: free }
		});
		expect(full.status).toBe(422);
		expect(full.body.error.fields.juryMemberId[0]).toMatch(/nombre maximal d’évaluations/);

		const malformed = await api.call(listRoute.POST, base(s.callId), {
			actor: s.team,
			params,
			method: 'POST',
			body: { juryMemberId: 'x', applicationId: 3 }
		});
		expect(malformed.status).toBe(422);
		expect(malformed.body.error.fields.juryMemberId[0]).toBe(
			'Choisissez un membre du jury de cet appel.'
		);
		expect(malformed.body.error.fields.applicationId[0]).toMatch(/Choisissez une candidature/);

		const [one] = await t.db.select().from(reviewAssignments);
		const badLock = await api.call(oneRoute.PATCH, `${base(s.callId)}/${one.id}`, {
			actor: s.team,
			params: { id: s.callId, assignmentId: one.id },
			method: 'PATCH',
			body: { locked: 'oui' }
		});
		expect(badLock.status).toBe(422);
		expect(badLock.body.error.fields.locked[0]).toMatch(/verrouillée/);
		expect(await rows()).toEqual(before);
	});

	it('a juror, a holder, a partner, another programme’s team get 404; scopes hold', async () => {
		const before = await rows();
		const [one] = await t.db.select().from(reviewAssignments);
		const who = [
			s.actors.clean,
			s.actors.applicant,
			s.actors.partnerOnly,
			s.actors.otherCallJuror,
			otherTeam
		];
		for (const actor of who) {
			const params = { id: s.callId };
			const one1 = { id: s.callId, assignmentId: one.id };
			const answers = [
				await api.call(listRoute.GET, base(s.callId), { actor, params }),
				await api.call(previewRoute.POST, `${base(s.callId)}/preview`, {
					actor,
					params,
					method: 'POST'
				}),
				await api.call(applyRoute.POST, `${base(s.callId)}/apply`, {
					actor,
					params,
					method: 'POST',
					body: {}
				}),
				await api.call(listRoute.POST, base(s.callId), {
					actor,
					params,
					method: 'POST',
					body: { juryMemberId: s.jurors.clean.memberId, applicationId: s.apps.gmail }
				}),
				await api.call(oneRoute.PATCH, `${base(s.callId)}/${one.id}`, {
					actor,
					params: one1,
					method: 'PATCH',
					body: { locked: true }
				}),
				await api.call(oneRoute.DELETE, `${base(s.callId)}/${one.id}`, {
					actor,
					params: one1,
					method: 'DELETE'
				})
			];
			expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404]);
		}
		expect(await rows()).toEqual(before);

		const readOnly = await api.tokenActor(s.team.userId, ['reviews:read']);
		const read = await api.call(listRoute.GET, base(s.callId), {
			actor: readOnly,
			params: { id: s.callId }
		});
		expect(read.status).toBe(200);
		const write = await api.call(applyRoute.POST, `${base(s.callId)}/apply`, {
			actor: readOnly,
			params: { id: s.callId },
			method: 'POST',
			body: {}
		});
		expect(write.status).toBe(403);

		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown; tags: string[] }>>;
		};
		expect(doc.paths['/calls/{id}/assignments'].get.security).toEqual([
			{ bearer: ['reviews:read'] }
		]);
		expect(doc.paths['/calls/{id}/assignments/apply'].post.security).toEqual([
			{ bearer: ['reviews:write'] }
		]);
		expect(doc.paths['/calls/{id}/assignments/{assignmentId}'].patch.tags).toEqual(['Jury']);
	});
});
