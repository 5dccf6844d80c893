/**
 * The sourcing funnel through the REST API, by the very handlers SvelteKit calls, on each backend:
 * the JSON of a call and of a cycle, and the call's CSV and XLSX exports read back, for the team
 * (every region) and for a regional partner's token (its region and the national totals only);
 * 404 for anybody else, 403 without the `sourcing:read` scope; the OpenAPI entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../helpers/factories.ts';
import { anonymous, type Actor } from '#lib/server/accounts/actor.ts';
import {
	applications,
	partners,
	prospects,
	referrals,
	roleAssignments
} from '#lib/server/db/schema.ts';
import type { FormDefinition } from '#lib/server/calls/form/definition.ts';
import { startApplication, submitApplication } from '#lib/server/applications/index.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { funnelView } from '#lib/server/api/operations/funnel.ts';
import { translator, type Locale } from '#lib/i18n/index.ts';
import * as callFunnelRoute from '../../src/routes/api/v1/calls/[id]/funnel/+server.ts';
import * as cycleFunnelRoute from '../../src/routes/api/v1/cycles/[id]/funnel/+server.ts';
import * as callExportRoute from '../../src/routes/api/v1/calls/[id]/funnel/export/+server.ts';
import * as cycleExportRoute from '../../src/routes/api/v1/cycles/[id]/funnel/export/+server.ts';

type Handler = (event: never) => Promise<Response> | Response;

const FORM: FormDefinition = {
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet', en: 'The project' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'typologie',
					kind: 'typology',
					label: { fr: 'Typologie', en: 'Typology' },
					help: { fr: '', en: '' },
					required: false
				}
			]
		}
	]
};

/** A CSV as written by the exports (decision 013): records by CRLF, fields by `;`, quotes doubled. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ';') {
			record.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else field += c;
	}
	return records;
}

describe.each(backends)('REST API: sourcing funnel (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let team: Actor;
	let teamNoScope: Actor;
	let otherTeam: Actor;
	let bretagne: Actor;
	let holder: Actor;
	let jury: Actor;
	let callId: string;
	let callSlug: string;
	let cycleId: string;

	/** Like the harness, but keeps the bytes (the BOM, the XLSX). */
	async function download(
		handler: Handler | undefined,
		pathname: string,
		actor: Actor,
		id: string
	) {
		if (!handler) throw new Error('pas de handler');
		const url = new URL(`http://localhost${pathname}`);
		const locale: Locale = 'fr';
		const response = await handler({
			request: new Request(url),
			url,
			params: { id },
			locals: { app: api.app, actor, locale, t: translator(locale), sessionId: null },
			route: { id: null }
		} as never);
		const bytes = new Uint8Array(await response.arrayBuffer());
		return {
			status: response.status,
			headers: response.headers,
			bytes,
			text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
		};
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		const programme = await createTestProgramme(t.db);
		const other = await createTestProgramme(t.db);
		const cycle = await createTestCycle(t.db, programme.id);
		cycleId = cycle.id;
		const created = await createTestCall(t.db, programme.id, cycle.id, { definition: FORM });
		callId = created.call.id;
		callSlug = created.call.slug;
		const second = await createTestCall(t.db, programme.id, cycle.id, { definition: FORM });

		const [bzh] = await t.db
			.insert(partners)
			.values({ programmeId: programme.id, name: 'Aract Bretagne', regionCodes: ['53'] })
			.returning();
		const [idf] = await t.db
			.insert(partners)
			.values({ programmeId: programme.id, name: 'Aract Île-de-France', regionCodes: ['11'] })
			.returning();

		const teamUser = await createUser(t.db, {
			roles: [{ role: 'team', programmeId: programme.id }]
		});
		team = await api.tokenActor(teamUser.id, ['sourcing:read']);
		teamNoScope = await api.tokenActor(teamUser.id, ['applications:read']);
		otherTeam = await api.tokenActor(
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id,
			null
		);
		const partnerUser = await createUser(t.db);
		await t.db.insert(roleAssignments).values({
			userId: partnerUser.id,
			programmeId: programme.id,
			role: 'regional_partner',
			regionCode: '53',
			partnerId: bzh.id
		});
		bretagne = await api.tokenActor(partnerUser.id, ['sourcing:read']);
		holder = await api.tokenActor((await createUser(t.db)).id, null);
		jury = await api.tokenActor(
			(await createUser(t.db, { roles: [{ role: 'jury', programmeId: programme.id }] })).id,
			null
		);

		// Prospects: two in Bretagne (one invited), three in Île-de-France (two invited).
		const prospect = async (partnerId: string, region: string, invited: boolean, name: string) => {
			const [p] = await t.db
				.insert(prospects)
				.values({
					partnerId,
					programmeId: programme.id,
					callId,
					organisationName: name,
					email: `${name.toLowerCase().replace(/\W/g, '')}@prospect.fr`,
					channel: 'event',
					regionCode: region,
					applicantType: 'company',
					firstContactOn: '2026-02-01'
				})
				.returning();
			if (invited) {
				await t.db.insert(referrals).values({
					prospectId: p.id,
					partnerId,
					callId,
					email: p.email,
					tokenHash: crypto.randomUUID(),
					expiresAt: new Date(Date.now() + 86_400_000)
				});
			}
		};
		await prospect(bzh.id, '53', true, 'Breizh Prospect');
		await prospect(bzh.id, '53', false, 'Armor Prospect');
		await prospect(idf.id, '11', true, 'Paris Secret');
		await prospect(idf.id, '11', true, 'Montreuil Secret');
		await prospect(idf.id, '11', false, 'Vincennes Secret');

		// Applications: Rennes (submitted, referred by the Bretagne partner), Brest (draft),
		// Paris (submitted, partner named), Lyon (submitted), and one on the other call.
		const apply = async (
			onCall: string,
			postalCode: string,
			terms: string[],
			submit: boolean,
			attributed?: { partnerId: string; sourcing: 'referral' | 'declared' }
		) => {
			const person = await actorFor(t.db, (await createUser(t.db)).id);
			const draft = await startApplication(t.services, person, onCall, {
				title: `Projet ${postalCode}`,
				organisation: {
					legalName: `Structure ${postalCode}`,
					type: 'association',
					headcountBand: '1-9',
					postalCode
				},
				answers: { typologie: terms }
			});
			if (submit) await submitApplication(t.services, person, draft.id);
			if (attributed) {
				await t.db
					.update(applications)
					.set({ partnerId: attributed.partnerId, sourcing: attributed.sourcing })
					.where(eq(applications.id, draft.id));
			}
		};
		await apply(callId, '35000', ['etude_action'], true, {
			partnerId: bzh.id,
			sourcing: 'referral'
		});
		await apply(callId, '29200', [], false);
		await apply(callId, '75011', ['etude_action', 'conduite_changement'], true, {
			partnerId: idf.id,
			sourcing: 'declared'
		});
		await apply(callId, '69003', ['conduite_changement'], true);
		await apply(second.call.id, '35000', [], true);
	});
	afterAll(async () => {
		await t?.drop();
	});

	const funnelOf = (actor: Actor) =>
		api.call(callFunnelRoute.GET, `/api/v1/calls/${callId}/funnel`, {
			actor,
			params: { id: callId }
		});

	it('gives the team the funnel of every region, as documented', async () => {
		const res = await funnelOf(team);
		expect(res.status).toBe(200);
		expect(() => funnelView.parse(res.body)).not.toThrow();
		const body = funnelView.parse(res.body);
		expect(body.audience).toBe('team');
		expect(body.stages).toEqual([
			'prospects',
			'invited',
			'started',
			'submitted',
			'eligible',
			'shortlisted',
			'retained'
		]);
		expect(body.byRegion).toHaveLength(19);
		expect(body.national.counts).toEqual({
			prospects: 5,
			invited: 3,
			started: 4,
			submitted: 3,
			eligible: 0,
			shortlisted: 0,
			retained: 0
		});
		expect(body.national.rates.invited).toBeCloseTo(3 / 5);
		expect(body.national.rates.submitted).toBeCloseTo(3 / 4);
		expect(body.national.partnerShare).toMatchObject({
			started: 2,
			submitted: 2,
			referral: { started: 1, submitted: 1 },
			declared: { started: 1, submitted: 1 }
		});
		const region = (code: string) => body.byRegion.find((r) => r.code === code);
		expect(region('53')?.counts).toEqual({
			prospects: 2,
			invited: 1,
			started: 2,
			submitted: 1,
			eligible: 0,
			shortlisted: 0,
			retained: 0
		});
		expect(region('11')?.counts.prospects).toBe(3);
		expect(region('84')?.counts.started).toBe(1);
		expect(region('84')?.partnerShare.shareOfStarted).toBe(0);
		expect(region('94')?.partnerShare.shareOfStarted).toBeNull();
		const term = (value: string | null) => body.byTypology.find((r) => r.value === value);
		expect(term('etude_action')?.counts.started).toBe(2);
		expect(term('conduite_changement')?.counts.started).toBe(2);
		expect(term(null)?.counts.started).toBe(1);
		expect(body.byApplicantType.find((r) => r.type === 'association')?.counts.started).toBe(4);
		expect(body.byApplicantType.find((r) => r.type === 'company')?.counts.prospects).toBe(5);
	});

	it('gives a partner’s token its region and the national totals, never a prospect', async () => {
		const res = await funnelOf(bretagne);
		expect(res.status).toBe(200);
		const body = funnelView.parse(res.body);
		const teamBody = funnelView.parse((await funnelOf(team)).body);
		expect(body.audience).toBe('partner');
		expect(body.regions).toEqual(['53']);
		expect(body.byRegion.map((r) => r.code)).toEqual(['53']);
		expect(body.national).toEqual(teamBody.national);
		expect(body.regionsTotal?.counts.started).toBe(2);
		// Types and typologies: its region only (Rennes and Brest).
		expect(body.byApplicantType.find((r) => r.type === 'association')?.counts.started).toBe(2);
		expect(body.byApplicantType.find((r) => r.type === 'company')?.counts.prospects).toBe(2);
		expect(body.byTypology.find((r) => r.value === 'conduite_changement')?.counts.started).toBe(0);
		for (const secret of [
			'Paris Secret',
			'Montreuil Secret',
			'parissecret@prospect.fr',
			'Breizh'
		]) {
			expect(res.text).not.toContain(secret);
		}
	});

	it('adds up the calls of a cycle', async () => {
		const res = await api.call(cycleFunnelRoute.GET, `/api/v1/cycles/${cycleId}/funnel`, {
			actor: team,
			params: { id: cycleId }
		});
		expect(res.status).toBe(200);
		const body = funnelView.parse(res.body);
		expect(body.target.kind).toBe('cycle');
		expect(body.national.counts.started).toBe(5);
		expect(body.byRegion.find((r) => r.code === '53')?.counts.submitted).toBe(2);
		const partner = await api.call(cycleFunnelRoute.GET, `/api/v1/cycles/${cycleId}/funnel`, {
			actor: bretagne,
			params: { id: cycleId }
		});
		expect(funnelView.parse(partner.body).byRegion.map((r) => r.code)).toEqual(['53']);
	});

	it('answers 404 to others, 403 without the scope, 401 without a token', async () => {
		for (const actor of [holder, jury, otherTeam]) {
			expect((await funnelOf(actor)).status).toBe(404);
			const cycle = await api.call(cycleFunnelRoute.GET, `/api/v1/cycles/${cycleId}/funnel`, {
				actor,
				params: { id: cycleId }
			});
			expect(cycle.status).toBe(404);
			expect(
				(
					await download(
						callExportRoute.GET,
						`/api/v1/calls/${callId}/funnel/export`,
						actor,
						callId
					)
				).status
			).toBe(404);
		}
		const noScope = await funnelOf(teamNoScope);
		expect(noScope.status).toBe(403);
		expect(noScope.body.error.message).toContain('sourcing:read');
		expect((await funnelOf(anonymous)).status).toBe(401);
		const unknown = crypto.randomUUID();
		expect(
			(
				await api.call(callFunnelRoute.GET, `/api/v1/calls/${unknown}/funnel`, {
					actor: team,
					params: { id: unknown }
				})
			).status
		).toBe(404);
	});

	it('exports the funnel as CSV, read back row by row', async () => {
		const path = `/api/v1/calls/${callId}/funnel/export`;
		const csv = await download(callExportRoute.GET, path, team, callId);
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
		expect(csv.headers.get('content-disposition')).toContain(
			`attachment; filename="entonnoir-${callSlug}-${today}.csv"`
		);
		expect(Array.from(csv.bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parseCsv(csv.text.slice(1));
		expect(header.slice(0, 8)).toEqual([
			'Dimension',
			'Code',
			'Libellé',
			'Prospects',
			'Invités',
			'Candidatures commencées',
			'Déposées',
			'Éligibles'
		]);
		const col = (name: string) => header.indexOf(name);
		const national = rows[0];
		expect(national[col('Dimension')]).toBe('France entière');
		expect(national[col('Prospects')]).toBe('5');
		expect(national[col('Déposées')]).toBe('3');
		expect(national[col('Taux de dépôt (%)')]).toBe('75');
		expect(national[col('Taux d’invitation (%)')]).toBe('60');
		expect(national[col('Part des commencées (%)')]).toBe('50');
		const bzh = rows.find((r) => r[0] === 'Région' && r[1] === '53') as string[];
		expect(bzh[col('Libellé')]).toBe('Bretagne');
		expect(bzh[col('Candidatures commencées')]).toBe('2');
		expect(bzh[col('Commencées par invitation')]).toBe('1');
		// 18 regions and the unknown one, 7 types and « non renseigné », the typology and « sans ».
		expect(rows.filter((r) => r[0] === 'Région')).toHaveLength(19);
		expect(rows.filter((r) => r[0] === 'Type de structure')).toHaveLength(8);
		expect(
			rows.find((r) => r[0] === 'Typologie' && r[1] === 'etude_action')?.[col('Déposées')]
		).toBe('2');

		const partner = await download(callExportRoute.GET, path, bretagne, callId);
		expect(partner.status).toBe(200);
		expect(partner.headers.get('content-disposition')).toContain(`entonnoir-${callSlug}-53-`);
		const partnerRows = parseCsv(partner.text.slice(1)).slice(1);
		expect(partnerRows.filter((r) => r[0] === 'Région').map((r) => r[1])).toEqual(['53']);
		expect(partnerRows[0][col('Prospects')]).toBe('5');
		expect(partnerRows[1][0]).toBe('Vos régions');
		expect(partnerRows[1][col('Prospects')]).toBe('2');
	});

	it('exports the funnel as XLSX, read back with exceljs', async () => {
		const xlsx = await download(
			callExportRoute.GET,
			`/api/v1/calls/${callId}/funnel/export?format=xlsx`,
			team,
			callId
		);
		expect(xlsx.status).toBe(200);
		expect(xlsx.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.name).toBe('Entonnoir');
		const header = (sheet.getRow(1).values as unknown[]).slice(1);
		expect(header[2]).toBe('Libellé');
		const submitted = header.indexOf('Déposées') + 1;
		expect(sheet.getRow(2).getCell(1).value).toBe('France entière');
		expect(sheet.getRow(2).getCell(submitted).value).toBe(3);
		expect(sheet.getRow(2).getCell(header.indexOf('Taux de dépôt (%)') + 1).value).toBe(75);
		// National, 19 regions, 8 types, the typology terms and « sans typologie ».
		expect(sheet.rowCount).toBeGreaterThan(1 + 1 + 19 + 8);

		const cycle = await download(
			cycleExportRoute.GET,
			`/api/v1/cycles/${cycleId}/funnel/export?format=xlsx`,
			team,
			cycleId
		);
		expect(cycle.status).toBe(200);
		const cycleBook = new ExcelJS.Workbook();
		await cycleBook.xlsx.load(cycle.bytes.buffer as ArrayBuffer);
		expect(cycleBook.worksheets[0].getRow(2).getCell(submitted).value).toBe(4);

		const bad = await api.call(
			callExportRoute.GET,
			`/api/v1/calls/${callId}/funnel/export?format=pdf`,
			{
				actor: team,
				params: { id: callId }
			}
		);
		expect(bad.status).toBe(422);
		expect(bad.body.error.fields.format).toEqual(['Format d’export inconnu : csv ou xlsx.']);
	});

	it('documents the endpoints in the OpenAPI document', () => {
		const doc = buildOpenApiDocument();
		expect(doc.paths['/calls/{id}/funnel'].get).toMatchObject({ operationId: 'getCallFunnel' });
		expect(doc.paths['/cycles/{id}/funnel'].get).toMatchObject({ operationId: 'getCycleFunnel' });
		expect(doc.paths['/calls/{id}/funnel/export'].get).toMatchObject({
			operationId: 'exportCallFunnel'
		});
		expect(doc.components.schemas.Funnel).toBeDefined();
	});
});
