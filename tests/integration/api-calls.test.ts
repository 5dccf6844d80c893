/**
 * The calls-for-projects part of the REST API, through the very handlers SvelteKit calls, on each
 * backend: the team drafts a call, saves its form, publishes it; anyone lists open calls and reads
 * one with its form; scopes, validation, status conflicts and pagination.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import { createTestCycle, createTestProgramme, createUser } from '../helpers/factories.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import {
	apiError,
	callDetailView,
	callView,
	formVersionView,
	pageOf
} from '#lib/server/api/schemas.ts';
import * as callsRoute from '../../src/routes/api/v1/calls/+server.ts';
import * as callRoute from '../../src/routes/api/v1/calls/[id]/+server.ts';
import * as formRoute from '../../src/routes/api/v1/calls/[id]/form/+server.ts';
import * as statusRoute from '../../src/routes/api/v1/calls/[id]/status/+server.ts';
import * as programmeCallsRoute from '../../src/routes/api/v1/programmes/[id]/calls/+server.ts';

const DAY = 24 * 3600 * 1000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const FORM = {
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet', en: 'The project' },
			questions: [
				{ key: 'titre', kind: 'short_text', label: { fr: 'Titre' }, required: true },
				{ key: 'typologie', kind: 'typology', label: { fr: 'Typologie' } },
				{ key: 'stade', kind: 'stage', label: { fr: 'Stade' }, required: true },
				{
					key: 'format',
					kind: 'single_choice',
					label: { fr: 'Format' },
					options: [
						{ value: 'presentiel', label: { fr: 'Présentiel' } },
						{ value: 'distanciel', label: { fr: 'À distance' } }
					]
				},
				{
					key: 'lieu',
					kind: 'short_text',
					label: { fr: 'Lieu' },
					showIf: { question: 'format', equals: 'presentiel' }
				}
			]
		}
	]
};

describe.each(backends)('REST API: calls for projects (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	const call = (...a: Parameters<ApiHarness['call']>) => api.call(...a);
	const tokenActor = (...a: Parameters<ApiHarness['tokenActor']>) => api.tokenActor(...a);
	let team: Actor;
	let programme: Awaited<ReturnType<typeof createTestProgramme>>;
	let cycle: Awaited<ReturnType<typeof createTestCycle>>;
	let teamUserId: string;

	/** A call created, given a form and published through the API. */
	async function publishedCall(title: string, opens: number, closes: number) {
		const made = await call(programmeCallsRoute.POST, `/api/v1/programmes/${programme.id}/calls`, {
			actor: team,
			params: { id: programme.id },
			body: { cycleId: cycle.id, title, opensAt: iso(opens), closesAt: iso(closes) }
		});
		expect(made.status).toBe(201);
		const id = made.body.id as string;
		const form = await call(formRoute.PUT, `/api/v1/calls/${id}/form`, {
			actor: team,
			method: 'PUT',
			params: { id },
			body: FORM
		});
		expect(form.status).toBe(200);
		const pub = await call(statusRoute.POST, `/api/v1/calls/${id}/status`, {
			actor: team,
			params: { id },
			body: { status: 'published' }
		});
		expect(pub.status).toBe(200);
		return callView.parse(pub.body);
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		programme = await createTestProgramme(t.db);
		cycle = await createTestCycle(t.db, programme.id);
		teamUserId = (await createUser(t.db, { roles: [{ role: 'team', programmeId: programme.id }] }))
			.id;
		team = await tokenActor(teamUserId, ['calls:read', 'calls:write']);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('the team drafts, builds and publishes a call; anyone reads it with its form', async () => {
		const path = `/api/v1/programmes/${programme.slug}/calls`;
		const input = {
			cycleId: cycle.id,
			title: 'Appel à projets QVCT 2027',
			body: 'Texte **Markdown**.',
			opensAt: iso(-1),
			closesAt: '2030-01-15T12:00',
			eligibleTypes: ['startup', 'association'],
			faq: [{ question: 'Qui ?', answer: 'Vous.' }]
		};
		expect(
			(await call(programmeCallsRoute.POST, path, { params: { id: programme.slug }, body: input }))
				.status
		).toBe(401);
		const noScope = await tokenActor(teamUserId, ['programmes:write']);
		const refused = await call(programmeCallsRoute.POST, path, {
			actor: noScope,
			params: { id: programme.slug },
			body: input
		});
		expect(refused.status).toBe(403);
		expect(refused.body.error.message).toContain('calls:write');

		const made = await call(programmeCallsRoute.POST, path, {
			actor: team,
			params: { id: programme.slug },
			body: input
		});
		expect(made.status).toBe(201);
		const draft = callView.parse(made.body);
		expect(made.headers.get('location')).toBe(`/api/v1/calls/${draft.id}`);
		expect(draft).toMatchObject({
			slug: 'appel-a-projets-qvct-2027',
			status: 'draft',
			// Paris wall time: noon in January is 11:00 UTC.
			closesAt: '2030-01-15T11:00:00.000Z'
		});

		// A draft does not exist for the public.
		const hidden = await call(callRoute.GET, `/api/v1/calls/${draft.id}`, {
			params: { id: draft.id }
		});
		expect(hidden.status).toBe(404);

		// Publishing without a form: 422, naming what is missing.
		const early = await call(statusRoute.POST, `/api/v1/calls/${draft.id}/status`, {
			actor: team,
			params: { id: draft.id },
			body: { status: 'published' }
		});
		expect(early.status).toBe(422);
		expect(Object.keys(early.body.error.fields)).toEqual(['form']);

		const badForm = await call(formRoute.PUT, `/api/v1/calls/${draft.id}/form`, {
			actor: team,
			method: 'PUT',
			params: { id: draft.id },
			body: {
				sections: [
					{
						key: 'projet',
						title: { fr: 'Projet' },
						questions: [
							{ key: 'a', kind: 'number', label: { fr: 'A' }, min: 10, max: 1 },
							{
								key: 'b',
								kind: 'short_text',
								label: { fr: 'B' },
								showIf: { question: 'zz', equals: 1 }
							}
						]
					}
				]
			}
		});
		expect(badForm.status).toBe(422);
		expect(Object.keys(badForm.body.error.fields).sort()).toEqual([
			'sections.0.questions.0.min',
			'sections.0.questions.1.showIf.question'
		]);
		for (const messages of Object.values(badForm.body.error.fields) as string[][]) {
			for (const m of messages) expect(m).not.toMatch(/^formCheck\./);
		}

		const saved = await call(formRoute.PUT, `/api/v1/calls/${draft.id}/form`, {
			actor: team,
			method: 'PUT',
			params: { id: draft.id },
			body: FORM
		});
		expect(saved.status).toBe(200);
		expect(formVersionView.parse(saved.body).number).toBe(1);

		const published = await call(statusRoute.POST, `/api/v1/calls/${draft.id}/status`, {
			actor: team,
			params: { id: draft.id },
			body: { status: 'published' }
		});
		expect(published.status).toBe(200);
		expect(published.body).toMatchObject({ status: 'published', availability: 'open' });
		const backwards = await call(statusRoute.POST, `/api/v1/calls/${draft.id}/status`, {
			actor: team,
			params: { id: draft.id },
			body: { status: 'draft' }
		});
		expect(backwards.status).toBe(409);
		expect(apiError.parse(backwards.body).error.code).toBe('conflict');

		const got = await call(callRoute.GET, `/api/v1/calls/${draft.id}`, {
			params: { id: draft.id }
		});
		expect(got.status).toBe(200);
		const detail = callDetailView.parse(got.body);
		expect(detail.form!.version).toBe(1);
		const questions = detail.form!.sections[0].questions;
		expect(questions.map((q) => [q.key, q.type, q.required])).toEqual([
			['titre', 'short_text', true],
			['typologie', 'typology', false],
			['stade', 'stage', true],
			['format', 'single_choice', false],
			['lieu', 'short_text', false]
		]);
		expect(questions[0].maxLength).toBe(200);
		expect(questions[1].options!.map((o) => o.value)).toContain('etude_action');
		expect(questions[1].multiple).toBe(true);
		expect(questions[2].options!.map((o) => o.value)).toEqual([
			'prototype',
			'accelerate',
			'finalise'
		]);
		expect(questions[3].options![0]).toEqual({
			value: 'presentiel',
			label: { fr: 'Présentiel', en: '' }
		});
		expect(questions[4].showIf).toEqual({ question: 'format', equals: 'presentiel' });

		const open = await call(
			callsRoute.GET,
			`/api/v1/calls?status=open&programme=${programme.slug}`
		);
		expect(open.status).toBe(200);
		expect(
			pageOf(callView)
				.parse(open.body)
				.data.map((c) => c.id)
		).toContain(draft.id);
	});

	it('a partial update changes only what is sent; bad input answers 422 per field', async () => {
		const made = await call(programmeCallsRoute.POST, `/api/v1/programmes/${programme.id}/calls`, {
			actor: team,
			params: { id: programme.id },
			body: { cycleId: cycle.id, title: 'Appel à modifier', contactEmail: 'a@exemple.fr' }
		});
		const id = made.body.id as string;
		const patched = await call(callRoute.PATCH, `/api/v1/calls/${id}`, {
			actor: team,
			method: 'PATCH',
			params: { id },
			body: { body: '## Nouveau texte' }
		});
		expect(patched.status).toBe(200);
		expect(patched.body).toMatchObject({
			title: 'Appel à modifier',
			body: '## Nouveau texte',
			contactEmail: 'a@exemple.fr'
		});

		const bad = await call(callRoute.PATCH, `/api/v1/calls/${id}`, {
			actor: team,
			method: 'PATCH',
			params: { id },
			locale: 'en',
			body: {
				title: 'x',
				opensAt: '2027-02-01T09:00',
				closesAt: '2027-01-01T09:00',
				eligibleTypes: ['multinational'],
				colour: 'bleu'
			}
		});
		expect(bad.status).toBe(422);
		expect(Object.keys(bad.body.error.fields)).toEqual(['colour']);
		const bad2 = await call(callRoute.PATCH, `/api/v1/calls/${id}`, {
			actor: team,
			method: 'PATCH',
			params: { id },
			locale: 'en',
			body: {
				title: 'x',
				opensAt: '2027-02-01T09:00',
				closesAt: '2027-01-01T09:00',
				eligibleTypes: ['multinational']
			}
		});
		expect(bad2.status).toBe(422);
		expect(Object.keys(bad2.body.error.fields).sort()).toEqual([
			'closesAt',
			'eligibleTypes.0',
			'title'
		]);
		expect(bad2.body.error.fields.closesAt[0]).toBe('The closing must come after the opening.');
		const still = await call(callRoute.GET, `/api/v1/calls/${id}`, {
			actor: team,
			params: { id }
		});
		expect(still.body).toMatchObject({ title: 'Appel à modifier', opensAt: null, form: null });

		const badStatus = await call(callsRoute.GET, '/api/v1/calls?status=ouvert');
		expect(badStatus.status).toBe(422);
		expect(Object.keys(badStatus.body.error.fields)).toEqual(['status']);
		for (const id of ['pas-un-uuid', '00000000-0000-4000-8000-000000000000']) {
			const r = await call(callRoute.GET, `/api/v1/calls/${id}`, { params: { id } });
			expect(r.status).toBe(404);
		}
	});

	it('lists open calls, soonest to close first, a page at a time', async () => {
		const a = await publishedCall('Clôture dans 2 jours', -3, 2);
		const b = await publishedCall('Clôture dans 9 jours', -3, 9);
		const c = await publishedCall('Clôture dans 5 jours', -3, 5);
		await publishedCall('Pas encore ouvert', 3, 20);
		const ids: string[] = [];
		let cursor: string | null = null;
		do {
			const page = await call(
				callsRoute.GET,
				`/api/v1/calls?status=open&programme=${programme.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`
			);
			expect(page.status).toBe(200);
			const parsed = pageOf(callView).parse(page.body);
			ids.push(...parsed.data.map((x) => x.id));
			cursor = parsed.nextCursor;
		} while (cursor);
		const mine = ids.filter((id) => [a.id, b.id, c.id].includes(id));
		expect(mine).toEqual([a.id, c.id, b.id]);
		const bad = await call(callsRoute.GET, '/api/v1/calls?cursor=YWJj');
		expect(bad.status).toBe(422);
	});

	it('documents every call operation in the OpenAPI document', () => {
		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown }>>;
			components: { schemas: Record<string, unknown> };
		};
		expect(Object.keys(doc.paths['/calls'])).toEqual(['get']);
		expect(Object.keys(doc.paths['/calls/{id}']).sort()).toEqual(['get', 'patch']);
		expect(doc.paths['/calls/{id}/form'].put.security).toEqual([{ bearer: ['calls:write'] }]);
		expect(doc.paths['/calls/{id}/status'].post).toBeTruthy();
		expect(doc.paths['/programmes/{id}/calls'].post).toBeTruthy();
		for (const name of ['Call', 'CallDetail', 'CallInput', 'CallUpdate', 'FormDefinition']) {
			expect(doc.components.schemas[name], name).toBeTruthy();
		}
	});
});
