/**
 * The REST API, through the very handlers SvelteKit calls (`+server.ts`), on each backend: tokens
 * and scopes, the error shape, validation, pagination, and the OpenAPI document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness, type Handler } from '../helpers/api.ts';
import { createUser } from '../helpers/factories.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { RateLimited } from '#lib/server/errors.ts';
import { apiHandler } from '#lib/server/api/http.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { operations } from '#lib/server/api/operations.ts';
import { apiError, cycleView, meView, pageOf, programmeView } from '#lib/server/api/schemas.ts';
import * as me from '../../src/routes/api/v1/me/+server.ts';
import * as openapi from '../../src/routes/api/v1/openapi.json/+server.ts';
import * as programmesRoute from '../../src/routes/api/v1/programmes/+server.ts';
import * as programmeRoute from '../../src/routes/api/v1/programmes/[id]/+server.ts';
import * as cyclesRoute from '../../src/routes/api/v1/programmes/[id]/cycles/+server.ts';
import * as cycleRoute from '../../src/routes/api/v1/cycles/[id]/+server.ts';
import * as fallbackRoute from '../../src/routes/api/[...rest]/+server.ts';

describe.each(backends)('REST API (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	const call = (...a: Parameters<ApiHarness['call']>) => api.call(...a);
	const tokenActor = (...a: Parameters<ApiHarness['tokenActor']>) => api.tokenActor(...a);

	function expectError(body: unknown, code: string) {
		expect(apiError.parse(body).error.code).toBe(code);
	}

	let team: Actor;
	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		const lead = await createUser(t.db, { roles: [{ role: 'team' }] });
		team = await tokenActor(lead.id, null);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('GET /me shows the token’s owner, roles and scopes; anonymous gets a 401', async () => {
		const user = await createUser(t.db, {
			email: 'aract@exemple.fr',
			name: 'Yann Le Gall',
			roles: [{ role: 'regional_partner', regionCode: '53' }]
		});
		const actor = await tokenActor(user.id, ['profile:read', 'programmes:read']);
		const ok = await call(me.GET, '/api/v1/me', { actor });
		expect(ok.status).toBe(200);
		expect(meView.parse(ok.body)).toEqual({
			id: user.id,
			email: 'aract@exemple.fr',
			name: 'Yann Le Gall',
			locale: 'fr',
			roles: [{ role: 'regional_partner', programmeId: null, regionCode: '53', partnerId: null }],
			scopes: ['profile:read', 'programmes:read']
		});

		const anon = await call(me.GET, '/api/v1/me');
		expect(anon.status).toBe(401);
		expect(anon.headers.get('www-authenticate')).toMatch(/^Bearer/);
		expectError(anon.body, 'unauthenticated');
		expect(anon.body.error.fields).toEqual({});

		const noProfile = await tokenActor(user.id, ['programmes:read']);
		const refused = await call(me.GET, '/api/v1/me', { actor: noProfile });
		expect(refused.status).toBe(403);
		expect(refused.body.error.message).toContain('profile:read');
	});

	it('creating a programme needs programmes:write and the platform team', async () => {
		const lead = await createUser(t.db, { roles: [{ role: 'team' }] });
		const readOnly = await tokenActor(lead.id, ['programmes:read']);
		const input = { name: 'Transformateur numérique', operators: 'Anact, Fing' };

		const denied = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: readOnly,
			body: input
		});
		expect(denied.status).toBe(403);
		expectError(denied.body, 'forbidden');
		expect(denied.body.error.message).toContain('programmes:write');

		const anon = await call(programmesRoute.POST, '/api/v1/programmes', { body: input });
		expect(anon.status).toBe(401);

		const juror = await createUser(t.db, { roles: [{ role: 'jury' }] });
		const jurorToken = await tokenActor(juror.id, ['programmes:write']);
		const notTeam = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: jurorToken,
			body: input
		});
		expect(notTeam.status).toBe(403);
		expectError(notTeam.body, 'forbidden');

		const writer = await tokenActor(lead.id, ['programmes:write']);
		const made = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: writer,
			body: input
		});
		expect(made.status).toBe(201);
		const programme = programmeView.parse(made.body);
		expect(programme).toMatchObject({ slug: 'transformateur-numerique', operators: 'Anact, Fing' });
		expect(made.headers.get('location')).toBe(`/api/v1/programmes/${programme.id}`);

		// Readable by anyone, by id or by address.
		for (const id of [programme.id, programme.slug]) {
			const got = await call(programmeRoute.GET, `/api/v1/programmes/${id}`, { params: { id } });
			expect(got.status).toBe(200);
			expect(got.body).toEqual(programme);
		}
	});

	it('invalid input answers 422 with messages per field, in the request’s language', async () => {
		const fr = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: team,
			body: { name: 'x', slug: 'Pas Un Slug', operators: 12 }
		});
		expect(fr.status).toBe(422);
		expectError(fr.body, 'invalid');
		expect(Object.keys(fr.body.error.fields).sort()).toEqual(['name', 'operators', 'slug']);
		for (const messages of Object.values(fr.body.error.fields) as string[][]) {
			// Translated sentences, not message keys.
			for (const m of messages) expect(m).not.toMatch(/^programmes\.error\./);
		}
		const en = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: team,
			body: { name: 'x' },
			locale: 'en'
		});
		expect(en.status).toBe(422);
		expect(en.body.error.fields.name[0]).not.toBe(fr.body.error.fields.name[0]);

		const typo = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: team,
			body: { name: 'Coquille', descripton: 'Texte' }
		});
		expect(typo.status).toBe(422);
		expect(Object.keys(typo.body.error.fields)).toEqual(['descripton']);

		const before = await call(programmesRoute.GET, '/api/v1/programmes?limit=100');
		const malformed = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: team,
			raw: '{"name": "Oups",'
		});
		expect(malformed.status).toBe(400);
		expectError(malformed.body, 'bad_request');
		const notJson = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: team,
			raw: 'name=Oups',
			contentType: 'application/x-www-form-urlencoded'
		});
		expect(notJson.status).toBe(415);
		expectError(notJson.body, 'unsupported_media_type');
		const array = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: team,
			body: [{ name: 'Oups' }]
		});
		expect(array.status).toBe(400);
		// Nothing was created by the refused requests.
		const after = await call(programmesRoute.GET, '/api/v1/programmes?limit=100');
		expect(after.body.data).toEqual(before.body.data);
	});

	it('pagination walks every programme exactly once, in name order', async () => {
		const names = ['Alpha', 'Bêta', 'Gamma', 'Delta', 'Epsilon', 'Zêta', 'Êta'].map(
			(n) => `Pagination ${n}`
		);
		for (const name of names) {
			const r = await call(programmesRoute.POST, '/api/v1/programmes', {
				actor: team,
				body: { name }
			});
			expect(r.status).toBe(201);
		}
		const all = await call(programmesRoute.GET, '/api/v1/programmes?limit=100');
		const expected = (all.body.data as { id: string }[]).map((p) => p.id);
		expect(expected.length).toBeGreaterThanOrEqual(names.length);

		const seen: string[] = [];
		let cursor: string | null = null;
		let pages = 0;
		do {
			const q: string = `/api/v1/programmes?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
			const page = await call(programmesRoute.GET, q);
			expect(page.status).toBe(200);
			const parsed = pageOf(programmeView).parse(page.body);
			expect(parsed.data.length).toBeLessThanOrEqual(3);
			seen.push(...parsed.data.map((p) => p.id));
			cursor = parsed.nextCursor;
			pages++;
		} while (cursor && pages < 50);
		expect(seen).toEqual(expected);
		expect(pages).toBe(Math.ceil(expected.length / 3));

		const byDefault = await call(programmesRoute.GET, '/api/v1/programmes');
		expect(byDefault.body.data.length).toBe(Math.min(20, expected.length));

		for (const [query, field] of [
			['cursor=garbage!', 'cursor'],
			['cursor=YWJj', 'cursor'],
			['limit=0', 'limit'],
			['limit=101', 'limit'],
			['limit=deux', 'limit']
		]) {
			const bad = await call(programmesRoute.GET, `/api/v1/programmes?${query}`);
			expect(bad.status, query).toBe(422);
			expectError(bad.body, 'invalid');
			expect(Object.keys(bad.body.error.fields)).toEqual([field]);
		}
	});

	it('cycles: create by programme address, read, update, list by pages', async () => {
		const p = await call(programmesRoute.POST, '/api/v1/programmes', {
			actor: team,
			body: { name: 'Programme des promotions', operators: 'Anact', description: 'Texte' }
		});
		const programme = programmeView.parse(p.body);

		const made = await call(cyclesRoute.POST, `/api/v1/programmes/${programme.slug}/cycles`, {
			actor: team,
			params: { id: programme.slug },
			body: {
				name: 'Promotion 1',
				phases: [
					{ kind: 'call_open', startsAt: '2026-01-05T09:00:00+01:00' },
					{ kind: 'call_closed', startsAt: '2026-02-15' }
				]
			}
		});
		expect(made.status).toBe(201);
		const cycle = cycleView.parse(made.body);
		expect(made.headers.get('location')).toBe(`/api/v1/cycles/${cycle.id}`);
		expect(cycle.programmeId).toBe(programme.id);
		expect(cycle.phases.map((ph) => ph.kind)).toEqual(['call_open', 'call_closed']);
		expect(new Date(cycle.phases[0].startsAt).toISOString()).toBe('2026-01-05T08:00:00.000Z');

		const badDates = await call(cyclesRoute.POST, `/api/v1/programmes/${programme.id}/cycles`, {
			actor: team,
			params: { id: programme.id },
			body: { name: 'Promotion bis', phases: [{ kind: 'call_open', startsAt: 'demain' }] }
		});
		expect(badDates.status).toBe(422);
		expect(Object.keys(badDates.body.error.fields)).toEqual(['phases.call_open.startsAt']);

		// A partial update changes only what is sent.
		const renamed = await call(cycleRoute.PATCH, `/api/v1/cycles/${cycle.id}`, {
			actor: team,
			method: 'PATCH',
			params: { id: cycle.id },
			body: { name: 'Promotion 2026' }
		});
		expect(renamed.status).toBe(200);
		expect(renamed.body).toMatchObject({ name: 'Promotion 2026', phases: cycle.phases });
		const got = await call(cycleRoute.GET, `/api/v1/cycles/${cycle.id}`, {
			params: { id: cycle.id }
		});
		expect(cycleView.parse(got.body).name).toBe('Promotion 2026');

		const edited = await call(programmeRoute.PATCH, `/api/v1/programmes/${programme.slug}`, {
			actor: team,
			method: 'PATCH',
			params: { id: programme.slug },
			body: { description: 'Nouveau texte' }
		});
		expect(edited.status).toBe(200);
		expect(edited.body).toMatchObject({
			name: programme.name,
			operators: 'Anact',
			description: 'Nouveau texte'
		});

		for (let i = 3; i <= 5; i++) {
			const r = await call(cyclesRoute.POST, `/api/v1/programmes/${programme.id}/cycles`, {
				actor: team,
				params: { id: programme.id },
				body: { name: `Promotion ${i}` }
			});
			expect(r.status).toBe(201);
		}
		const ids: string[] = [];
		let cursor: string | null = null;
		do {
			const page = await call(
				cyclesRoute.GET,
				`/api/v1/programmes/${programme.id}/cycles?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
				{ params: { id: programme.id } }
			);
			expect(page.status).toBe(200);
			const parsed = pageOf(cycleView).parse(page.body);
			ids.push(...parsed.data.map((c) => c.id));
			cursor = parsed.nextCursor;
		} while (cursor);
		expect(ids.length).toBe(4);
		expect(new Set(ids).size).toBe(4);
		expect(ids[0]).toBe(cycle.id);
	});

	it('unknown things answer a JSON 404, unserved methods a JSON 405', async () => {
		for (const id of ['pas-un-uuid', '00000000-0000-4000-8000-000000000000']) {
			const r = await call(cycleRoute.GET, `/api/v1/cycles/${id}`, { params: { id } });
			expect(r.status).toBe(404);
			expectError(r.body, 'not_found');
		}
		const p = await call(programmeRoute.GET, '/api/v1/programmes/inconnu', {
			params: { id: 'inconnu' }
		});
		expect(p.status).toBe(404);
		const wrongMethod = await call(programmeRoute.fallback, '/api/v1/programmes/x', {
			method: 'DELETE',
			routeId: '/api/v1/programmes/[id]'
		});
		expect(wrongMethod.status).toBe(405);
		expectError(wrongMethod.body, 'method_not_allowed');
		expect(wrongMethod.headers.get('allow')).toBe('GET, PATCH, HEAD');
		const nowhere = await call(fallbackRoute.fallback, '/api/v1/nulle-part');
		expect(nowhere.status).toBe(404);
		expect(nowhere.body.error.message).toContain('/api/v1/nulle-part');
	});

	it('unexpected failures are a generic 500; rate limits a 429 with retry-after', async () => {
		const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
		const boom = apiHandler(async () => {
			throw new Error('secret interne : mot de passe de la base');
		});
		const r = await call(boom as Handler, '/api/v1/boom');
		expect(r.status).toBe(500);
		expectError(r.body, 'internal');
		expect(JSON.stringify(r.body)).not.toContain('secret');
		expect(spy).toHaveBeenCalled();
		spy.mockRestore();

		const slow = apiHandler(async () => {
			throw new RateLimited('Trop de tentatives', 90);
		});
		const limited = await call(slow as Handler, '/api/v1/slow');
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('90');
		expectError(limited.body, 'rate_limited');
	});

	it('serves an OpenAPI 3.1 document whose references all resolve', async () => {
		const r = await call(openapi.GET, '/api/v1/openapi.json');
		expect(r.status).toBe(200);
		const doc = r.body;
		expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
		expect(doc.info.title).toBe('Transformateur API');
		expect(doc.servers).toEqual([{ url: '/api/v1' }]);
		expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });

		const refs: string[] = [];
		const walk = (node: unknown) => {
			if (Array.isArray(node)) node.forEach(walk);
			else if (node && typeof node === 'object') {
				for (const [k, v] of Object.entries(node)) {
					if (k === '$ref' && typeof v === 'string') refs.push(v);
					else walk(v);
				}
			}
		};
		walk(doc);
		expect(refs.length).toBeGreaterThan(10);
		for (const ref of refs) {
			expect(ref.startsWith('#/'), ref).toBe(true);
			let target: unknown = doc;
			for (const part of ref.slice(2).split('/')) {
				target = (target as Record<string, unknown> | undefined)?.[part];
			}
			expect(target, ref).toBeTruthy();
		}

		for (const [p, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
			for (const [method, op] of Object.entries(item)) {
				const o = op as {
					responses: Record<string, unknown>;
					security: unknown;
					operationId: string;
				};
				expect(Object.keys(o.responses).length, `${method} ${p}`).toBeGreaterThan(0);
				expect(o.operationId).toBeTruthy();
				// Path templates name the declared parameters.
				const templated = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
				const declared = ((o as { parameters?: { name: string; in: string }[] }).parameters ?? [])
					.filter((x) => x.in === 'path')
					.map((x) => x.name);
				expect(declared.sort()).toEqual(templated.sort());
			}
		}
		expect(doc.paths['/programmes'].post.security).toEqual([{ bearer: ['programmes:write'] }]);
		expect(doc.components.schemas.ProgrammeInput.required).toEqual(['name']);
		expect(doc).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
	});

	it('every route under /api/v1 runs a declared operation, and every operation has its route', async () => {
		const root = path.resolve('src/routes/api/v1');
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
				const full = path.join(dir, entry.name);
				if (entry.isDirectory()) walk(full);
				else if (entry.name === '+server.ts') files.push(full);
			}
		};
		walk(root);
		const routed = new Set<string>();
		for (const file of files) {
			const p = `/${path.relative(root, path.dirname(file))}`.replace(/\[(\w+)\]/g, '{$1}');
			const mod = (await import(file)) as Record<string, unknown>;
			for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
				if (mod[method]) routed.add(`${method} ${p}`);
			}
		}
		const declared = new Set(Object.values(operations).map((o) => `${o.method} ${o.path}`));
		expect([...routed].sort()).toEqual([...declared].sort());
	});
});
