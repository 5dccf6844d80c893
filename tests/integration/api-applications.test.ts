/**
 * The applications part of the REST API, through the very handlers SvelteKit calls, on each
 * backend: a holder starts, fills in and submits an application with a token; another holder can
 * neither read nor change it; the team lists, searches and screens; validation answers 422 field by
 * field, a stale revision 409.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import {
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser,
	testOrganisation
} from '../helpers/factories.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import {
	apiError,
	applicationDetailView,
	applicationSummaryView,
	applicationView,
	pageOf,
	submissionReceiptView
} from '#lib/server/api/schemas.ts';
import * as startRoute from '../../src/routes/api/v1/calls/[id]/applications/+server.ts';
import * as listRoute from '../../src/routes/api/v1/applications/+server.ts';
import * as appRoute from '../../src/routes/api/v1/applications/[id]/+server.ts';
import * as submitRoute from '../../src/routes/api/v1/applications/[id]/submit/+server.ts';
import * as withdrawRoute from '../../src/routes/api/v1/applications/[id]/withdraw/+server.ts';
import * as transitionsRoute from '../../src/routes/api/v1/applications/[id]/transitions/+server.ts';

describe.each(backends)('REST API: applications (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	const call = (...a: Parameters<ApiHarness['call']>) => api.call(...a);
	const tokenActor = (...a: Parameters<ApiHarness['tokenActor']>) => api.tokenActor(...a);
	let team: Actor;
	let holder: Actor;
	let other: Actor;
	let callId: string;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id)).call.id;
		const teamUser = await createUser(t.db, {
			roles: [{ role: 'team', programmeId: programme.id }]
		});
		team = await tokenActor(teamUser.id, ['applications:read', 'applications:write']);
		holder = await tokenActor((await createUser(t.db)).id, [
			'applications:read',
			'applications:write'
		]);
		other = await tokenActor((await createUser(t.db)).id, null);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('a holder starts, fills in and submits; another holder can neither read nor change it', async () => {
		const path = `/api/v1/calls/${callId}/applications`;
		expect((await call(startRoute.POST, path, { params: { id: callId }, body: {} })).status).toBe(
			401
		);
		const readOnly = await tokenActor((await createUser(t.db)).id, ['applications:read']);
		const noScope = await call(startRoute.POST, path, {
			actor: readOnly,
			params: { id: callId },
			body: {}
		});
		expect(noScope.status).toBe(403);
		expect(noScope.body.error.message).toContain('applications:write');

		// Bad input: 422, each field listed, nothing created.
		const bad = await call(startRoute.POST, path, {
			actor: holder,
			params: { id: callId },
			body: {
				organisation: { ...testOrganisation(), siret: '12345678901234', postalCode: 'abc' },
				answers: { resume: 42 }
			}
		});
		expect(bad.status).toBe(422);
		apiError.parse(bad.body);
		expect(Object.keys(bad.body.error.fields).sort()).toEqual([
			'answers.resume',
			'organisation.postalCode',
			'organisation.siret'
		]);
		expect(bad.body.error.fields['answers.resume']).toEqual(['Cette réponse doit être un texte.']);
		const none = await call(listRoute.GET, '/api/v1/applications', { actor: holder });
		expect(none.body.data).toEqual([]);

		const made = await call(startRoute.POST, path, {
			actor: holder,
			params: { id: callId },
			body: {
				title: 'Évaluation participative',
				organisation: testOrganisation(),
				answers: { chercheurs: true }
			}
		});
		expect(made.status).toBe(201);
		const draft = applicationView.parse(made.body);
		expect(made.headers.get('location')).toBe(`/api/v1/applications/${draft.id}`);
		const id = draft.id;

		// Another holder: it does not exist.
		for (const [handler, c] of [
			[appRoute.GET, {}],
			[appRoute.PATCH, { method: 'PATCH', body: { answers: { resume: 'piraté' } } }],
			[submitRoute.POST, { method: 'POST' }],
			[withdrawRoute.POST, { body: { reason: 'piraté' } }],
			[transitionsRoute.POST, { body: { to: 'eligible', reason: 'x' } }]
		] as const) {
			const r = await call(handler, `/api/v1/applications/${id}`, {
				actor: other,
				params: { id },
				...c
			});
			expect(r.status).toBe(404);
		}
		expect((await call(listRoute.GET, '/api/v1/applications', { actor: other })).body.data).toEqual(
			[]
		);

		// PATCH merges the answers; a stale revision is refused and changes nothing.
		const patched = await call(appRoute.PATCH, `/api/v1/applications/${id}`, {
			actor: holder,
			method: 'PATCH',
			params: { id },
			body: {
				answers: { resume: 'Une évaluation participative des charges de travail.' },
				revision: 0
			}
		});
		expect(patched.status).toBe(200);
		expect(patched.body).toMatchObject({
			revision: 1,
			answers: { chercheurs: true, resume: 'Une évaluation participative des charges de travail.' }
		});
		const stale = await call(appRoute.PATCH, `/api/v1/applications/${id}`, {
			actor: holder,
			method: 'PATCH',
			params: { id },
			body: { answers: { resume: 'Écrasé ?' }, revision: 0 }
		});
		expect(stale.status).toBe(409);
		expect(stale.body.error.message).toMatch(/^Quelqu’un a enregistré ce dossier entre-temps/);

		// Submitting with a required answer missing lists it.
		const missing = await call(submitRoute.POST, `/api/v1/applications/${id}/submit`, {
			actor: holder,
			method: 'POST',
			params: { id }
		});
		expect(missing.status).toBe(422);
		expect(missing.body.error.fields).toEqual({
			'answers.laboratoire': ['Cette question est obligatoire.']
		});

		const detail = await call(appRoute.GET, `/api/v1/applications/${id}`, {
			actor: holder,
			params: { id }
		});
		expect(detail.status).toBe(200);
		expect(
			applicationDetailView.parse(detail.body).missingAnswers.map((m) => m.questionKey)
		).toEqual(['laboratoire']);

		await call(appRoute.PATCH, `/api/v1/applications/${id}`, {
			actor: holder,
			method: 'PATCH',
			params: { id },
			body: { answers: { laboratoire: 'LEST' } }
		});
		const submitted = await call(submitRoute.POST, `/api/v1/applications/${id}/submit`, {
			actor: holder,
			method: 'POST',
			params: { id }
		});
		expect(submitted.status).toBe(200);
		expect(submissionReceiptView.parse(submitted.body).reference).toBe(draft.reference);

		// The team finds it by full-text search and screens it; the holder cannot.
		const found = await call(
			listRoute.GET,
			`/api/v1/applications?call=${callId}&q=${encodeURIComponent('charge de travail')}&status=submitted&region=84`,
			{ actor: team }
		);
		expect(found.status).toBe(200);
		const page = pageOf(applicationSummaryView).parse(found.body);
		expect(page.data.map((a) => a.id)).toEqual([id]);
		const badFilter = await call(listRoute.GET, '/api/v1/applications?status=gagne', {
			actor: team
		});
		expect(badFilter.status).toBe(422);
		expect(Object.keys(badFilter.body.error.fields)).toEqual(['status']);

		const byHolder = await call(transitionsRoute.POST, `/api/v1/applications/${id}/transitions`, {
			actor: holder,
			params: { id },
			body: { to: 'eligible', reason: 'Moi-même' }
		});
		expect(byHolder.status).toBe(403);
		const wrong = await call(transitionsRoute.POST, `/api/v1/applications/${id}/transitions`, {
			actor: team,
			params: { id },
			body: { to: 'under_review', reason: 'Trop tôt' }
		});
		expect(wrong.status).toBe(422);
		expect(Object.keys(wrong.body.error.fields)).toEqual(['to']);
		const ok = await call(transitionsRoute.POST, `/api/v1/applications/${id}/transitions`, {
			actor: team,
			params: { id },
			body: { to: 'eligible', reason: 'Conforme' }
		});
		expect(ok.status).toBe(200);
		expect(ok.body.status).toBe('eligible');
	});

	it('a holder withdraws with a reason; the reason is required', async () => {
		const made = await call(startRoute.POST, `/api/v1/calls/${callId}/applications`, {
			actor: holder,
			params: { id: callId },
			body: {}
		});
		const id = made.body.id as string;
		const noReason = await call(withdrawRoute.POST, `/api/v1/applications/${id}/withdraw`, {
			actor: holder,
			params: { id },
			body: { reason: '' }
		});
		expect(noReason.status).toBe(422);
		expect(Object.keys(noReason.body.error.fields)).toEqual(['reason']);
		const done = await call(withdrawRoute.POST, `/api/v1/applications/${id}/withdraw`, {
			actor: holder,
			params: { id },
			body: { reason: 'Projet reporté' }
		});
		expect(done.status).toBe(200);
		expect(done.body.status).toBe('withdrawn');
	});

	it('documents the operations in OpenAPI', () => {
		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown }>>;
			components: { schemas: Record<string, unknown> };
		};
		expect(Object.keys(doc.paths['/applications/{id}']).sort()).toEqual(['get', 'patch']);
		expect(doc.paths['/calls/{id}/applications'].post.security).toEqual([
			{ bearer: ['applications:write'] }
		]);
		for (const p of ['/applications', '/applications/{id}/submit', '/applications/{id}/withdraw']) {
			expect(doc.paths[p], p).toBeTruthy();
		}
		expect(doc.paths['/applications/{id}/transitions'].post).toBeTruthy();
		for (const name of ['Application', 'ApplicationDetail', 'SubmissionReceipt']) {
			expect(doc.components.schemas[name], name).toBeTruthy();
		}
	});
});
