/**
 * The programme's editable lists (QVCT themes, project typology) through the REST API, with the
 * very handlers SvelteKit calls, on each backend: anyone reads both lists; the programme's team
 * replaces one (rename, add, reorder, archive, restore); archiving leaves the answers already
 * given as they were; nobody else may change a list; bad input answers 422 field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
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
import { queryAuditLog } from '#lib/server/audit/log.ts';
import type { FormDefinition } from '#lib/server/calls/form/definition.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { apiError, applicationView, callDetailView } from '#lib/server/api/schemas.ts';
import * as termsRoute from '../../src/routes/api/v1/programmes/[id]/terms/+server.ts';
import * as termListRoute from '../../src/routes/api/v1/programmes/[id]/terms/[kind]/+server.ts';
import * as callRoute from '../../src/routes/api/v1/calls/[id]/+server.ts';
import * as startRoute from '../../src/routes/api/v1/calls/[id]/applications/+server.ts';
import * as appRoute from '../../src/routes/api/v1/applications/[id]/+server.ts';
import * as submitRoute from '../../src/routes/api/v1/applications/[id]/submit/+server.ts';

const term = z.strictObject({
	value: z.string(),
	label: z.strictObject({ fr: z.string(), en: z.string() }),
	position: z.number().int(),
	archived: z.boolean()
});
const lists = z.strictObject({ qvct_themes: z.array(term), typology: z.array(term) });
const saved = z.strictObject({ kind: z.enum(['qvct_themes', 'typology']), terms: z.array(term) });
type Term = z.infer<typeof term>;

/** A form asking for the QVCT themes (required) and the typology. */
const FORM: FormDefinition = {
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet', en: 'The project' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'themes',
					kind: 'qvct_themes',
					label: { fr: 'Thèmes QVCT', en: 'QWL themes' },
					help: { fr: '', en: '' },
					required: true
				},
				{
					key: 'typologie',
					kind: 'typology',
					label: { fr: 'Type de projet', en: 'Kind of project' },
					help: { fr: '', en: '' },
					required: false
				}
			]
		}
	]
};

/** A term as the PUT takes it back: by its key, with its labels. */
const asInput = (x: Term) => ({ value: x.value, labelFr: x.label.fr, labelEn: x.label.en });
const live = (list: Term[]) => list.filter((x) => !x.archived).map((x) => x.value);

describe.each(backends)('REST API: programme lists (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	const call = (...a: Parameters<ApiHarness['call']>) => api.call(...a);
	let programme: Awaited<ReturnType<typeof createTestProgramme>>;
	let callId: string;
	let team: Actor;
	let teamUserId: string;
	let holder: Actor;
	let otherTeam: Actor;

	const read = async () => {
		const r = await call(termsRoute.GET, `/api/v1/programmes/${programme.id}/terms`, {
			params: { id: programme.id }
		});
		expect(r.status).toBe(200);
		return lists.parse(r.body);
	};
	/** A PUT of a list, by the team unless told (`null`: no token at all). */
	const put = (kind: string, body: unknown, actor: Actor | null = team, id = programme.id) =>
		call(termListRoute.PUT, `/api/v1/programmes/${id}/terms/${kind}`, {
			actor: actor ?? undefined,
			method: 'PUT',
			params: { id, kind },
			body
		});
	/** The options the call's public form offers for a question. */
	const options = async (questionKey: string) => {
		const r = await call(callRoute.GET, `/api/v1/calls/${callId}`, { params: { id: callId } });
		expect(r.status).toBe(200);
		const q = callDetailView
			.parse(r.body)
			.form!.sections.flatMap((s) => s.questions)
			.find((x) => x.key === questionKey)!;
		return q.options!.map((o) => o.value);
	};

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		programme = await createTestProgramme(t.db);
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id, { definition: FORM })).call.id;
		teamUserId = (await createUser(t.db, { roles: [{ role: 'team', programmeId: programme.id }] }))
			.id;
		team = await api.tokenActor(teamUserId, ['calls:read', 'calls:write']);
		// All scopes: what refuses them is their role, not their token.
		holder = await api.tokenActor((await createUser(t.db)).id, null);
		const other = await createTestProgramme(t.db);
		otherTeam = await api.tokenActor(
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id,
			null
		);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('anyone reads both lists, by id or by address, in order', async () => {
		const r = await call(termsRoute.GET, `/api/v1/programmes/${programme.slug}/terms`, {
			params: { id: programme.slug }
		});
		expect(r.status).toBe(200);
		const body = lists.parse(r.body);
		expect(body.qvct_themes).toHaveLength(7);
		expect(body.qvct_themes[1]).toEqual({
			value: 'sante_travail',
			label: { fr: 'Santé au travail', en: 'Health at work' },
			position: 1,
			archived: false
		});
		expect(body.typology.map((x) => x.position)).toEqual([0, 1, 2, 3, 4]);
		expect(body.typology.some((x) => x.archived)).toBe(false);

		for (const id of ['pas-de-tel-programme', '00000000-0000-4000-8000-000000000000']) {
			const missing = await call(termsRoute.GET, `/api/v1/programmes/${id}/terms`, {
				params: { id }
			});
			expect(missing.status).toBe(404);
			expect(apiError.parse(missing.body).error.code).toBe('not_found');
		}
	});

	it('the team renames, adds, reorders, archives and restores; the forms follow', async () => {
		const before = (await read()).typology;
		const [first, second, third, ...rest] = before;
		const r = await put('typology', {
			terms: [
				asInput(second),
				{ value: first.value, labelFr: 'Application de sensibilisation', labelEn: 'Awareness app' },
				{ labelFr: 'Plateforme de dialogue social', labelEn: 'Social dialogue platform' },
				...rest.map(asInput)
				// `third` is left out: archived.
			]
		});
		expect(r.status).toBe(200);
		const after = saved.parse(r.body);
		expect(after.kind).toBe('typology');
		expect(live(after.terms)).toEqual([
			second.value,
			first.value,
			'plateforme_de_dialogue_social',
			...rest.map((x) => x.value)
		]);
		expect(after.terms.find((x) => x.value === first.value)!.label).toEqual({
			fr: 'Application de sensibilisation',
			en: 'Awareness app'
		});
		expect(after.terms.find((x) => x.value === third.value)).toMatchObject({
			archived: true,
			label: third.label
		});
		expect((await read()).typology).toEqual(after.terms);
		// The other list is untouched.
		expect((await read()).qvct_themes).toHaveLength(7);
		// The call's form offers the live terms, in order, and no longer the archived one.
		expect(await options('typologie')).toEqual(live(after.terms));
		const [entry] = await queryAuditLog(t.db, { programmeId: programme.id });
		expect(entry).toMatchObject({ action: 'terms.update', entityType: 'programme_terms' });

		// Sent back, the archived term is restored, where it is put.
		const restored = await put('typology', {
			terms: [asInput(third), ...after.terms.filter((x) => !x.archived).map(asInput)]
		});
		expect(restored.status).toBe(200);
		const list = saved.parse(restored.body).terms;
		expect(list[0]).toMatchObject({ value: third.value, archived: false, position: 0 });
		expect(list.every((x) => !x.archived)).toBe(true);
		expect((await options('typologie'))[0]).toBe(third.value);

		// `archived: true` archives too; by the programme's address as well.
		const explicit = await put(
			'typology',
			{ terms: list.map((x) => ({ ...asInput(x), archived: x.value === third.value })) },
			team,
			programme.slug
		);
		expect(explicit.status).toBe(200);
		expect(await options('typologie')).not.toContain(third.value);
		expect((await read()).typology.find((x) => x.value === third.value)!.archived).toBe(true);
	});

	it('archiving a theme leaves the answers already given as they were', async () => {
		const started = await call(startRoute.POST, `/api/v1/calls/${callId}/applications`, {
			actor: holder,
			params: { id: callId },
			body: {
				title: 'Baromètre de la charge de travail',
				organisation: testOrganisation(),
				answers: { themes: ['sante_travail', 'dialogue_social'] }
			}
		});
		expect(started.status).toBe(201);
		const id = applicationView.parse(started.body).id;
		const submitted = await call(submitRoute.POST, `/api/v1/applications/${id}/submit`, {
			actor: holder,
			method: 'POST',
			params: { id }
		});
		expect(submitted.status).toBe(200);

		const themes = (await read()).qvct_themes;
		const archivedTheme = themes.find((x) => x.value === 'sante_travail')!;
		const r = await put('qvct_themes', {
			terms: themes.filter((x) => x !== archivedTheme).map(asInput)
		});
		expect(r.status).toBe(200);

		// The application still names it, for its holder and for the team.
		for (const actor of [holder, team]) {
			const got = await call(appRoute.GET, `/api/v1/applications/${id}`, {
				actor: actor === team ? await api.tokenActor(teamUserId, null) : actor,
				params: { id }
			});
			expect(got.status).toBe(200);
			expect(got.body).toMatchObject({
				status: 'submitted',
				answers: { themes: ['sante_travail', 'dialogue_social'] }
			});
		}
		// Its label is still there to read; new answers are no longer offered it.
		expect((await read()).qvct_themes.find((x) => x.value === 'sante_travail')).toEqual({
			...archivedTheme,
			position: 6,
			archived: true
		});
		const offered = await options('themes');
		expect(offered).toContain('dialogue_social');
		expect(offered).not.toContain('sante_travail');
	});

	it('only the programme’s team may change a list, with a token allowed to', async () => {
		const before = await read();
		const body = { terms: [{ labelFr: 'Intrus' }] };
		const anonymousPut = await put('qvct_themes', body, null);
		expect(anonymousPut.status).toBe(401);

		for (const actor of [holder, otherTeam]) {
			const r = await put('qvct_themes', body, actor);
			expect(r.status).toBe(403);
			expect(apiError.parse(r.body).error.code).toBe('forbidden');
		}
		const readOnly = await api.tokenActor(teamUserId, ['calls:read']);
		const noScope = await put('qvct_themes', body, readOnly);
		expect(noScope.status).toBe(403);
		expect(noScope.body.error.message).toContain('calls:write');

		// No such programme, no such list: not found.
		const missing = await put('qvct_themes', body, team, '00000000-0000-4000-8000-000000000000');
		expect(missing.status).toBe(404);
		for (const kind of ['qvct_theme', 'themes', 'stage']) {
			expect((await put(kind, body)).status).toBe(404);
		}
		// GET only on the list itself; no DELETE of a list.
		const wrongMethod = await call(termListRoute.fallback, `/api/v1/programmes/x/terms/typology`, {
			method: 'DELETE',
			params: { id: programme.id, kind: 'typology' }
		});
		expect(wrongMethod.status).toBe(405);

		expect(await read()).toEqual(before);
	});

	it('bad input answers 422 with each field, in the person’s language, and changes nothing', async () => {
		const before = await read();
		const bad = await call(termListRoute.PUT, `/api/v1/programmes/${programme.id}/terms/typology`, {
			actor: team,
			method: 'PUT',
			locale: 'en',
			params: { id: programme.id, kind: 'typology' },
			body: {
				terms: [
					{ labelFr: '   ' },
					{ labelFr: 'x'.repeat(201) },
					{ value: 'Pas une clé', labelFr: 'Correct' },
					{ labelFr: 'Correct aussi', archived: 'oui' }
				]
			}
		});
		expect(bad.status).toBe(422);
		expect(apiError.parse(bad.body).error.code).toBe('invalid');
		expect(Object.keys(bad.body.error.fields).sort()).toEqual([
			'terms.0.labelFr',
			'terms.1.labelFr',
			'terms.2.value',
			'terms.3.archived'
		]);
		expect(bad.body.error.fields['terms.0.labelFr']).toEqual([
			'Enter a label of 200 characters at most.'
		]);

		// Two terms with one name: by their derived keys, or two keys under one label.
		const same = await put('typology', {
			terms: [{ labelFr: 'Santé mentale' }, { labelFr: 'SANTÉ MENTALE' }]
		});
		expect(same.status).toBe(422);
		expect(same.body.error.fields).toEqual({
			'terms.1.labelFr': ['Deux éléments de la liste portent le même nom.']
		});
		const [a, b] = before.typology.filter((x) => !x.archived);
		const twice = await put('typology', {
			terms: [asInput(a), { ...asInput(b), labelFr: ` ${a.label.fr.toUpperCase()} ` }]
		});
		expect(twice.status).toBe(422);
		expect(Object.keys(twice.body.error.fields)).toEqual(['terms.1.labelFr']);
		// Told together with the other errors, in one answer.
		const both = await put('typology', {
			terms: [{ labelFr: '' }, { labelFr: 'Santé mentale' }, { labelFr: 'santé mentale' }]
		});
		expect(both.status).toBe(422);
		expect(Object.keys(both.body.error.fields).sort()).toEqual([
			'terms.0.labelFr',
			'terms.2.labelFr'
		]);

		for (const body of [{ terms: 'Santé' }, { terms: [], extra: true }, {}]) {
			const r = await put('typology', body);
			expect(r.status, JSON.stringify(body)).toBe(422);
			expect(Object.keys(r.body.error.fields).length).toBeGreaterThan(0);
		}
		const tooMany = await put('typology', {
			terms: Array.from({ length: 101 }, (_, i) => ({ labelFr: `Terme ${i}` }))
		});
		expect(tooMany.status).toBe(422);
		expect(Object.keys(tooMany.body.error.fields)).toEqual(['terms']);

		expect(await read()).toEqual(before);
	});

	it('documents both operations in the OpenAPI document', () => {
		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<
				string,
				Record<string, { security: unknown; responses: Record<string, unknown> }>
			>;
			components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
		};
		expect(Object.keys(doc.paths['/programmes/{id}/terms'])).toEqual(['get']);
		expect(Object.keys(doc.paths['/programmes/{id}/terms/{kind}'])).toEqual(['put']);
		const putOp = doc.paths['/programmes/{id}/terms/{kind}'].put;
		expect(putOp.security).toEqual([{ bearer: ['calls:write'] }]);
		for (const status of ['200', '401', '403', '404', '422']) {
			expect(putOp.responses[status], status).toBeTruthy();
		}
		expect(Object.keys(doc.components.schemas.ProgrammeTerms.properties!)).toEqual([
			'qvct_themes',
			'typology'
		]);
		expect(doc.components.schemas.TermsInput.properties!.terms).toBeTruthy();
		expect(doc.components.schemas.TermList).toBeTruthy();
	});
});
