/**
 * The REST API of the project canvas, through the very handlers SvelteKit calls, on each backend:
 * a holder saves versions (201, then 409 from a stale base, 422 in French for an over-long text
 * with nothing saved), reads them, one version and the differences; outsiders get 404 everywhere;
 * the team annotates and shares (then the call's other holder reads it, not another call's); a
 * holder cannot annotate (403); tokens need `applications:read` / `applications:write`. Answers
 * match their declared schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import { canvasScenario, type CanvasScenario } from '../helpers/canvasSetup.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import {
	canvasAnnotationView,
	canvasDiffView,
	canvasVersionView,
	canvasView
} from '#lib/server/api/operations/canvas.ts';
import * as canvasRoute from '../../src/routes/api/v1/applications/[id]/canvas/+server.ts';
import * as versionsRoute from '../../src/routes/api/v1/applications/[id]/canvas/versions/+server.ts';
import * as versionRoute from '../../src/routes/api/v1/applications/[id]/canvas/versions/[number]/+server.ts';
import * as diffRoute from '../../src/routes/api/v1/applications/[id]/canvas/diff/+server.ts';
import * as annotationsRoute from '../../src/routes/api/v1/applications/[id]/canvas/annotations/+server.ts';
import * as shareRoute from '../../src/routes/api/v1/applications/[id]/canvas/share/+server.ts';

describe.each(backends)('API of the project canvas (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let s: CanvasScenario;
	const base = (id: string) => `/api/v1/applications/${id}/canvas`;
	const get = (actor: Actor, id = s.apps.a) =>
		api.call(canvasRoute.GET, base(id), { actor, params: { id } });
	const save = (actor: Actor, body: unknown, id = s.apps.a) =>
		api.call(versionsRoute.POST, `${base(id)}/versions`, { actor, params: { id }, body });

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		s = await canvasScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('saves versions, refuses a stale base (409) and an over-long text (422), saving nothing', async () => {
		const empty = await get(s.actors.a);
		expect(empty.status).toBe(200);
		expect(canvasView.parse(empty.body)).toMatchObject({ current: null, versions: [] });
		const v1 = await save(s.actors.a, {
			base: 0,
			sections: { problem: 'Mesurer la charge de travail.', needs: 'Un terrain\nDes données' }
		});
		expect(v1.status).toBe(201);
		expect(v1.headers.get('location')).toBe(`${base(s.apps.a)}/versions/1`);
		expect(canvasVersionView.parse(v1.body).content.needs).toBe('Un terrain\nDes données');
		const v2 = await save(s.actors.a2, {
			base: 1,
			sections: { problem: 'Mesurer la charge mentale de travail.', needs: 'Un terrain' }
		});
		expect(v2.status).toBe(201);
		const stale = await save(s.actors.a, { base: 1, sections: { problem: 'Trop tard.' } });
		expect(stale.status).toBe(409);
		expect(stale.body.error.message).toMatch(
			/^Une autre personne a enregistré une nouvelle version/
		);
		const long = await save(s.actors.a, { base: 2, sections: { risks: 'r'.repeat(3001) } });
		expect(long.status).toBe(422);
		expect(long.body.error.fields['sections.risks']).toEqual([
			'« Risques » ne peut pas dépasser 3 000 caractères.'
		]);
		const list = await api.call(versionsRoute.GET, `${base(s.apps.a)}/versions`, {
			actor: s.actors.a,
			params: { id: s.apps.a }
		});
		expect(list.body.data.map((v: { number: number }) => v.number)).toEqual([2, 1]);
		const current = canvasView.parse((await get(s.actors.a)).body);
		expect(current.current?.number).toBe(2);
		expect(current.rights).toMatchObject({ role: 'holder', edit: true });
	});

	it('gives one version and the differences between two', async () => {
		const one = await api.call(versionRoute.GET, `${base(s.apps.a)}/versions/1`, {
			actor: s.actors.juror,
			params: { id: s.apps.a, number: '1' }
		});
		expect(one.status).toBe(200);
		expect(canvasVersionView.parse(one.body).content.problem).toBe('Mesurer la charge de travail.');
		const missing = await api.call(versionRoute.GET, `${base(s.apps.a)}/versions/7`, {
			actor: s.actors.a,
			params: { id: s.apps.a, number: '7' }
		});
		expect(missing.status).toBe(404);
		const diff = await api.call(diffRoute.GET, `${base(s.apps.a)}/diff?from=1&to=2`, {
			actor: s.actors.expert,
			params: { id: s.apps.a }
		});
		expect(diff.status).toBe(200);
		const d = canvasDiffView.parse(diff.body);
		const problem = d.sections.find((x) => x.section === 'problem')!;
		expect(problem.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([
			'mentale'
		]);
		const needs = d.sections.find((x) => x.section === 'needs')!;
		expect(needs.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual([
			'Des données'
		]);
		const bad = await api.call(diffRoute.GET, `${base(s.apps.a)}/diff?from=a&to=2`, {
			actor: s.actors.a,
			params: { id: s.apps.a }
		});
		expect(bad.status).toBe(422);
	});

	it('answers 404 to outsiders on every route', async () => {
		for (const actor of [s.actors.outsider, s.actors.b, s.actors.c, s.actors.otherTeam]) {
			expect((await get(actor)).status).toBe(404);
			expect((await save(actor, { base: 2, sections: {} })).status).toBe(404);
			const params = { id: s.apps.a };
			expect(
				(await api.call(versionsRoute.GET, `${base(s.apps.a)}/versions`, { actor, params })).status
			).toBe(404);
			expect(
				(
					await api.call(versionRoute.GET, `${base(s.apps.a)}/versions/1`, {
						actor,
						params: { ...params, number: '1' }
					})
				).status
			).toBe(404);
			expect(
				(await api.call(diffRoute.GET, `${base(s.apps.a)}/diff?from=1&to=2`, { actor, params }))
					.status
			).toBe(404);
			expect(
				(await api.call(annotationsRoute.GET, `${base(s.apps.a)}/annotations`, { actor, params }))
					.status
			).toBe(404);
			expect(
				(
					await api.call(shareRoute.PUT, `${base(s.apps.a)}/share`, {
						actor,
						params,
						method: 'PUT',
						body: { shared: true }
					})
				).status
			).toBe(404);
		}
		expect((await get(s.actors.team, s.apps.d)).status).toBe(404);
		expect((await get(s.actors.a, 'pas-un-uuid')).status).toBe(404);
	});

	it('lets the team annotate and share; the holder neither', async () => {
		const annotate = (actor: Actor, body: unknown) =>
			api.call(annotationsRoute.POST, `${base(s.apps.a)}/annotations`, {
				actor,
				params: { id: s.apps.a },
				body
			});
		const ok = await annotate(s.actors.team, {
			version: 2,
			section: 'needs',
			body: 'Voyez le projet B.'
		});
		expect(ok.status).toBe(201);
		expect(canvasAnnotationView.parse(ok.body)).toMatchObject({
			section: 'needs',
			versionNumber: 2
		});
		expect(
			(await annotate(s.actors.a, { version: 2, section: 'needs', body: 'Moi aussi.' })).status
		).toBe(403);
		const empty = await annotate(s.actors.expert, { version: 2, section: 'needs', body: '  ' });
		expect(empty.status).toBe(422);
		expect(empty.body.error.fields.body).toEqual(['Écrivez une annotation.']);
		const listed = await api.call(annotationsRoute.GET, `${base(s.apps.a)}/annotations`, {
			actor: s.actors.a,
			params: { id: s.apps.a }
		});
		expect(listed.body.data).toHaveLength(1);

		const share = (actor: Actor, shared: unknown) =>
			api.call(shareRoute.PUT, `${base(s.apps.a)}/share`, {
				actor,
				params: { id: s.apps.a },
				method: 'PUT',
				body: { shared }
			});
		expect((await share(s.actors.a, true)).status).toBe(403);
		expect((await share(s.actors.team, 'oui')).status).toBe(422);
		const shared = await share(s.actors.team, true);
		expect(shared.status).toBe(200);
		expect(shared.body).toEqual({ shared: true });
		const peer = await get(s.actors.b);
		expect(peer.status).toBe(200);
		expect(canvasView.parse(peer.body)).toMatchObject({
			rights: { role: 'peer' },
			annotations: [],
			shared: true
		});
		expect((await get(s.actors.c)).status).toBe(404);
	});

	it('needs applications:read to read and applications:write to save', async () => {
		const reviewsOnly = await api.tokenActor(s.users.a.id, ['reviews:read']);
		expect((await get(reviewsOnly)).status).toBe(403);
		const readOnly = await api.tokenActor(s.users.a.id, ['applications:read']);
		expect((await get(readOnly)).status).toBe(200);
		expect((await save(readOnly, { base: 2, sections: {} })).status).toBe(403);
	});

	it('declares the scopes and the tag « Canevas »', () => {
		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown; tags: string[] }>>;
		};
		expect(doc.paths['/applications/{id}/canvas'].get.security).toEqual([
			{ bearer: ['applications:read'] }
		]);
		expect(doc.paths['/applications/{id}/canvas/versions'].post.security).toEqual([
			{ bearer: ['applications:write'] }
		]);
		expect(doc.paths['/applications/{id}/canvas/share'].put.tags).toEqual(['Canevas']);
		expect(doc.paths['/applications/{id}/canvas/diff'].get).toBeDefined();
		expect(doc.paths['/applications/{id}/canvas/versions/{number}'].get).toBeDefined();
	});
});
