/**
 * Screening through the REST API, by the very handlers SvelteKit calls, on each backend: the list's
 * new filters (typology, theme, flags) with its cursor pagination, the counts per status and the
 * CSV/XLSX export of a call — for the team with the read scope only — and their OpenAPI entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../helpers/factories.ts';
import { anonymous, type Actor } from '#lib/server/accounts/actor.ts';
import {
	authenticateApiToken,
	createApiToken,
	type Scope
} from '#lib/server/accounts/apiTokens.ts';
import type { App } from '#lib/server/app.ts';
import { loadConfig } from '#lib/server/config.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import type { FormDefinition } from '#lib/server/calls/form/definition.ts';
import { startApplication, submitApplication } from '#lib/server/applications/index.ts';
import { translator, type Locale } from '#lib/i18n/index.ts';
import * as listRoute from '../../src/routes/api/v1/applications/+server.ts';
import * as countsRoute from '../../src/routes/api/v1/calls/[id]/applications/counts/+server.ts';
import * as exportRoute from '../../src/routes/api/v1/calls/[id]/applications/export/+server.ts';

type Handler = (event: never) => Promise<Response> | Response;

const FORM: FormDefinition = {
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet', en: 'The project' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'resume',
					kind: 'long_text',
					label: { fr: 'Résumé du projet', en: 'Project summary' },
					help: { fr: '', en: '' },
					required: true
				},
				{
					key: 'typologie',
					kind: 'typology',
					label: { fr: 'Typologie', en: 'Typology' },
					help: { fr: '', en: '' },
					required: false
				},
				{
					key: 'themes',
					kind: 'qvct_themes',
					label: { fr: 'Thèmes QVCT', en: 'QVCT themes' },
					help: { fr: '', en: '' },
					required: false
				}
			]
		}
	]
};

describe.each(backends)('REST API: screening (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let team: Actor;
	let teamNoRead: Actor;
	let otherTeam: Actor;
	let holder: Actor;
	let callId: string;
	let callSlug: string;
	const ids: Record<string, string> = {};

	async function call(
		handler: Handler | undefined,
		pathname: string,
		c: { actor?: Actor; params?: Record<string, string>; locale?: Locale } = {}
	) {
		if (!handler) throw new Error('pas de handler');
		const url = new URL(`http://localhost${pathname}`);
		const locale = c.locale ?? 'fr';
		const response = await handler({
			request: new Request(url),
			url,
			params: c.params ?? {},
			locals: { app, actor: c.actor ?? anonymous, locale, t: translator(locale), sessionId: null },
			route: { id: null }
		} as never);
		const bytes = new Uint8Array(await response.arrayBuffer());
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		const json = (response.headers.get('content-type') ?? '').includes('json');
		return {
			status: response.status,
			headers: response.headers,
			bytes,
			text,
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			body: (json ? JSON.parse(text) : null) as any
		};
	}

	async function tokenActor(userId: string, scopes: Scope[] | null) {
		const { token } = await createApiToken(t.db, userId, { name: 'test', scopes });
		const actor = await authenticateApiToken(t.db, token);
		if (!actor) throw new Error('jeton refusé');
		return actor;
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = {
			...t.services,
			config: loadConfig({ DATA_DIR: '/tmp/unused' }),
			database: t,
			transport: { kind: 'mailbox', async send() {}, close() {} },
			async close() {}
		};
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		const other = await createTestProgramme(t.db);
		const cycle = await createTestCycle(t.db, programme.id);
		const created = await createTestCall(t.db, programme.id, cycle.id, {
			definition: FORM,
			eligibilityRules: [{ id: 'idf', kind: 'region', severity: 'review', allowed: ['11'] }]
		});
		callId = created.call.id;
		callSlug = created.call.slug;
		const teamUser = await createUser(t.db, {
			roles: [{ role: 'team', programmeId: programme.id }]
		});
		team = await tokenActor(teamUser.id, ['applications:read']);
		teamNoRead = await tokenActor(teamUser.id, ['calls:read']);
		otherTeam = await tokenActor(
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id,
			null
		);
		holder = await tokenActor((await createUser(t.db)).id, null);

		const apply = async (
			name: string,
			postalCode: string,
			answers: Record<string, unknown>,
			submit = true
		) => {
			const person = await actorFor(t.db, (await createUser(t.db)).id);
			const draft = await startApplication(t.services, person, callId, {
				title: name,
				organisation: {
					legalName: `Structure ${name}`,
					type: 'association',
					headcountBand: '1-9',
					postalCode
				},
				answers
			});
			if (submit) await submitApplication(t.services, person, draft.id);
			ids[name] = draft.id;
		};
		await apply('Alpha', '75011', {
			resume: 'Évaluer la charge de travail.',
			typologie: ['etude_action'],
			themes: ['sante_travail']
		});
		await apply('Bravo', '35000', {
			resume: 'Sensibiliser.',
			typologie: ['application_sensibilisation'],
			themes: ['dialogue_social']
		});
		await apply('Charlie', '75001', { resume: 'En cours.' }, false);
	});
	afterAll(async () => {
		await t?.drop();
	});

	const titles = (body: { data: { title: string }[] }) => body.data.map((a) => a.title).sort();

	it('filters the list by typology, theme and flags, cursor pagination kept', async () => {
		const list = (query: string) =>
			call(listRoute.GET, `/api/v1/applications?call=${callId}&${query}`, { actor: team });
		expect(titles((await list('typology=etude_action')).body)).toEqual(['Alpha']);
		expect(titles((await list('theme=dialogue_social')).body)).toEqual(['Bravo']);
		expect(titles((await list('theme=etude_action')).body)).toEqual([]);
		expect(titles((await list('flagged=true')).body)).toEqual(['Bravo']);
		expect(titles((await list('flagged=false')).body)).toEqual(['Alpha', 'Charlie']);
		expect(titles((await list('flagged=false&status=submitted')).body)).toEqual(['Alpha']);

		const first = await list('flagged=false&limit=1');
		expect(first.body.data).toHaveLength(1);
		expect(first.body.nextCursor).toBeTruthy();
		const second = await list(`flagged=false&limit=1&cursor=${first.body.nextCursor}`);
		expect(second.body.data).toHaveLength(1);
		expect(second.body.nextCursor).toBeNull();
		expect([first.body.data[0].title, second.body.data[0].title].sort()).toEqual([
			'Alpha',
			'Charlie'
		]);

		const bad = await list('flagged=oui&typology=Pas%20une%20valeur');
		expect(bad.status).toBe(422);
		expect(bad.body.error.fields).toEqual({
			flagged: ['Le paramètre flagged vaut true ou false.'],
			typology: ['Typologie inconnue : choisissez une typologie de la liste.']
		});
	});

	it('counts a call’s applications per status, for its team with the read scope only', async () => {
		const path = `/api/v1/calls/${callId}/applications/counts`;
		const ok = await call(countsRoute.GET, path, { actor: team, params: { id: callId } });
		expect(ok.status).toBe(200);
		expect(ok.body).toEqual({
			callId,
			counts: {
				draft: 1,
				submitted: 2,
				eligible: 0,
				ineligible: 0,
				under_review: 0,
				shortlisted: 0,
				waitlisted: 0,
				not_shortlisted: 0,
				retained: 0,
				not_retained: 0,
				merged: 0,
				withdrawn: 0
			},
			total: 3,
			pipeline: 2
		});
		const flagged = await call(countsRoute.GET, `${path}?flagged=true`, {
			actor: team,
			params: { id: callId }
		});
		expect(flagged.body.counts).toMatchObject({ submitted: 1, draft: 0 });

		for (const actor of [holder, otherTeam]) {
			expect((await call(countsRoute.GET, path, { actor, params: { id: callId } })).status).toBe(
				404
			);
		}
		expect((await call(countsRoute.GET, path, { params: { id: callId } })).status).toBe(401);
		const noScope = await call(countsRoute.GET, path, {
			actor: teamNoRead,
			params: { id: callId }
		});
		expect(noScope.status).toBe(403);
		expect(noScope.body.error.message).toContain('applications:read');
		const unknown = crypto.randomUUID();
		expect(
			(
				await call(countsRoute.GET, `/api/v1/calls/${unknown}/applications/counts`, {
					actor: team,
					params: { id: unknown }
				})
			).status
		).toBe(404);
		const badRegion = await call(countsRoute.GET, `${path}?region=99`, {
			actor: team,
			params: { id: callId }
		});
		expect(badRegion.status).toBe(422);
		expect(Object.keys(badRegion.body.error.fields)).toEqual(['region']);
	});

	it('exports a call’s applications as CSV and XLSX, filtered and sorted', async () => {
		const path = `/api/v1/calls/${callId}/applications/export`;
		const csv = await call(exportRoute.GET, `${path}?sort=-reference`, {
			actor: team,
			params: { id: callId }
		});
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
		expect(csv.headers.get('content-disposition')).toContain(
			`attachment; filename="candidatures-${callSlug}-${today}.csv"`
		);
		expect(Array.from(csv.bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.text.startsWith('\uFEFFRéférence;Statut;Titre du projet;')).toBe(true);
		const lines = csv.text.slice(1).split('\r\n');
		expect(lines.at(-1)).toBe('');
		expect(lines[0].split(';').slice(-3)).toEqual(['Résumé du projet', 'Typologie', 'Thèmes QVCT']);
		// The two submitted applications, the later reference first; not the draft.
		expect(lines).toHaveLength(4);
		expect(lines[1].split(';')[2]).toBe('Bravo');
		expect(lines[2].split(';')[2]).toBe('Alpha');
		expect(lines[2]).toContain(
			';Évaluer la charge de travail.;Protocole d’étude-action associant entreprises et chercheurs;Santé au travail'
		);

		const drafts = await call(exportRoute.GET, `${path}?status=draft&format=csv`, {
			actor: team,
			params: { id: callId },
			locale: 'en'
		});
		const draftLines = drafts.text.slice(1).trimEnd().split('\r\n');
		expect(draftLines[0].startsWith('Reference;Status;Project title;')).toBe(true);
		expect(draftLines.slice(1).map((l) => l.split(';')[1])).toEqual(['draft']);

		const xlsx = await call(exportRoute.GET, `${path}?format=xlsx&typology=etude_action`, {
			actor: team,
			params: { id: callId }
		});
		expect(xlsx.status).toBe(200);
		expect(xlsx.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		expect(xlsx.headers.get('content-disposition')).toContain('.xlsx"');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.rowCount).toBe(2);
		expect(sheet.getRow(1).getCell(3).value).toBe('Titre du projet');
		expect(sheet.getRow(2).getCell(3).value).toBe('Alpha');

		const bad = await call(exportRoute.GET, `${path}?format=pdf`, {
			actor: team,
			params: { id: callId }
		});
		expect(bad.status).toBe(422);
		expect(bad.body.error.fields.format).toEqual(['Format d’export inconnu : csv ou xlsx.']);
		for (const actor of [holder, otherTeam]) {
			expect((await call(exportRoute.GET, path, { actor, params: { id: callId } })).status).toBe(
				404
			);
		}
		expect(
			(await call(exportRoute.GET, path, { actor: teamNoRead, params: { id: callId } })).status
		).toBe(403);
	});

	it('documents the new filters and endpoints in the OpenAPI document', () => {
		const doc = buildOpenApiDocument();
		const names = (op: { parameters: { name: string }[] }) => op.parameters.map((p) => p.name);
		expect(names(doc.paths['/applications'].get as never)).toEqual(
			expect.arrayContaining(['typology', 'theme', 'flagged'])
		);
		const exportOp = doc.paths['/calls/{id}/applications/export'].get as {
			parameters: { name: string }[];
			responses: Record<string, { content?: Record<string, unknown> }>;
			security: unknown;
		};
		expect(Object.keys(exportOp.responses['200'].content ?? {})).toEqual([
			'text/csv',
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		]);
		expect(names(exportOp)).toEqual(
			expect.arrayContaining(['id', 'format', 'status', 'typology', 'flagged', 'sort'])
		);
		expect(exportOp.security).toEqual([{ bearer: ['applications:read'] }]);
		const countsOp = doc.paths['/calls/{id}/applications/counts'].get as {
			responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>;
		};
		expect(countsOp.responses['200'].content?.['application/json'].schema.$ref).toBe(
			'#/components/schemas/ApplicationCounts'
		);
		expect(doc.components.schemas.ApplicationCounts).toBeTruthy();
		expect(doc.components.schemas.ApplicationExport).toBeUndefined();
	});
});
