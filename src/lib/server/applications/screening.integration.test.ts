/**
 * The team's pipeline of a call on each backend: every filter, French full-text search, every sort
 * (stable, ties by id), pagination, counts per status, drafts kept out of the list unless asked,
 * isolation (holders and other programmes' teams get NotFound); the CSV and XLSX exports, one
 * column per question across two form versions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../../../../tests/helpers/factories.ts';
import { anonymous, type Actor, type UserActor } from '../accounts/actor.ts';
import { applications } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import { REGIONS, regionName } from '../../regions.ts';
import type { FormDefinition, Question } from '../calls/form/definition.ts';
import { saveCallForm } from '../calls/saveCallForm.ts';
import * as samples from '../storage/testing/samples.ts';
import {
	APPLICATION_STATUSES,
	addAttachment,
	parseScreeningQuery,
	readScreeningQuery,
	screenApplications,
	screeningFilterTerms,
	screeningParams,
	startApplication,
	submitApplication,
	transitionApplication,
	withdrawApplication,
	type ApplicationStatus,
	type ScreeningOptions,
	type ScreeningSort
} from './index.ts';
import { exportApplications } from './exportApplications.ts';
import { listTerms } from '../calls/listTerms.ts';
import { saveTerms } from '../calls/saveTerms.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const q = (
	key: string,
	kind: Question['kind'],
	fr: string,
	extra: Partial<Question> = {}
): Question => ({
	key,
	kind,
	label: { fr, en: `${fr} (en)` },
	help: { fr: '', en: '' },
	required: false,
	...extra
});

const RESUME = q('resume', 'long_text', 'Résumé du projet', { required: true });
const TYPOLOGIE = q('typologie', 'typology', 'Typologie du projet');
const THEMES = q('themes', 'qvct_themes', 'Thèmes QVCT');
const FORMAT = q('format', 'single_choice', 'Format', {
	options: [
		{ value: 'atelier', label: { fr: 'Atelier', en: 'Workshop' } },
		{ value: 'en_ligne', label: { fr: 'En ligne', en: 'Online' } }
	]
});
const CANAUX = q('canaux', 'multiple_choice', 'Canaux', {
	options: [
		{ value: 'mail', label: { fr: 'Courriel', en: 'E-mail' } },
		{ value: 'tel', label: { fr: 'Téléphone', en: 'Phone' } }
	]
});
const SALARIES = q('salaries', 'yes_no', 'Avec des salarié·es ?');
const BUDGET = q('budget', 'number', 'Budget (euros)');
const DEBUT = q('debut', 'date', 'Date de début');
const PIECE = q('piece', 'file', 'Présentation', { accept: ['application/pdf'] });
const PARTENAIRES = q('partenaires', 'short_text', 'Partenaires');

const section = (questions: Question[]): FormDefinition => ({
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet', en: '' },
			description: { fr: '', en: '' },
			questions
		}
	]
});
const FORM_V1 = section([
	RESUME,
	TYPOLOGIE,
	THEMES,
	FORMAT,
	CANAUX,
	SALARIES,
	BUDGET,
	DEBUT,
	PIECE
]);
/** Version 2: `canaux` removed, `partenaires` added after the summary. */
const FORM_V2 = section([
	RESUME,
	PARTENAIRES,
	TYPOLOGIE,
	THEMES,
	FORMAT,
	SALARIES,
	BUDGET,
	DEBUT,
	PIECE
]);

const org = (legalName: string, postalCode: string, type = 'association') => ({
	legalName,
	type,
	headcountBand: '10-49',
	postalCode
});

/** JavaScript's twin of the SQL text sort key: accents folded, lower case, code point order. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const frenchCollator = new Intl.Collator('fr');

describe.each(backends)('screening (%s)', (backend) => {
	let t: TestDatabase;
	let team: UserActor;
	let otherTeam: UserActor;
	let holder: UserActor;
	let callId: string;
	let callSlug: string;
	let programmeId: string;
	/** Applications by name. */
	const ids: Record<string, string> = {};

	async function apply(
		name: string,
		input: {
			title: string;
			organisation?: ReturnType<typeof org>;
			answers: Record<string, unknown>;
		}
	) {
		const person = await actorFor(t.db, (await createUser(t.db, { name })).id);
		const draft = await startApplication(t.services, person, callId, input);
		ids[name] = draft.id;
		return { person, id: draft.id };
	}

	async function submitAt(person: UserActor, id: string, iso: string) {
		await submitApplication(t.services, person, id);
		await t.db
			.update(applications)
			.set({ submittedAt: new Date(iso) })
			.where(eq(applications.id, id));
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		programmeId = programme.id;
		const other = await createTestProgramme(t.db);
		const cycle = await createTestCycle(t.db, programme.id);
		const created = await createTestCall(t.db, programme.id, cycle.id, {
			definition: FORM_V1,
			// Outside Île-de-France: to review (a flag).
			eligibilityRules: [{ id: 'idf', kind: 'region', severity: 'review', allowed: ['11'] }]
		});
		callId = created.call.id;
		callSlug = created.call.slug;
		team = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: programme.id }] })).id
		);
		otherTeam = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id
		);

		// Form version 1.
		const a1 = await apply('participative', {
			title: 'Démarche participative',
			organisation: org('Coopérative Atelier', '75011'),
			answers: {
				resume: 'Une évaluation participative des charges de travail dans les ateliers.',
				typologie: ['evaluation_charge_travail'],
				themes: ['sante_travail', 'organisation_travail'],
				format: 'atelier',
				canaux: ['mail', 'tel'],
				salaries: true,
				budget: 12000.5,
				debut: '2026-03-02'
			}
		});
		holder = a1.person;
		await addAttachment(t.services, a1.person, a1.id, {
			questionKey: 'piece',
			fileName: 'Présentation.pdf',
			bytes: samples.pdf()
		});
		await submitAt(a1.person, a1.id, '2026-03-10T09:30:00Z');

		const a2 = await apply('elan', {
			title: 'Élan numérique <script>alert(1)</script>',
			organisation: org('Élan collectif', '35000'),
			answers: {
				resume: '=HYPERLINK("http://exemple.invalid","clic")',
				typologie: ['application_sensibilisation'],
				themes: ['dialogue_social'],
				salaries: false,
				budget: -3
			}
		});
		await submitAt(a2.person, a2.id, '2026-03-11T09:00:00Z');

		const a3 = await apply('zephyr', {
			title: 'application de sensibilisation',
			organisation: org('atelier Zéphyr', '69003'),
			answers: {
				resume: 'Sensibiliser aux risques psychosociaux.',
				typologie: ['application_sensibilisation', 'etude_action']
			}
		});
		await submitAt(a3.person, a3.id, '2026-03-09T08:00:00Z');
		await transitionApplication(t.services, team, a3.id, { to: 'eligible', reason: 'Complet.' });

		const a4 = await apply('bienetre', {
			title: 'Zen au travail',
			organisation: org('Association Bien-Être', '13001'),
			answers: { resume: 'Des pauses guidées.' }
		});
		await submitAt(a4.person, a4.id, '2026-03-12T10:00:00Z');
		await transitionApplication(t.services, team, a4.id, {
			to: 'ineligible',
			reason: 'Hors champ.'
		});

		const a5 = await apply('labo', {
			title: 'Protocole étude-action',
			organisation: org('Labo ouvert', '59000', 'public_body'),
			answers: { resume: 'Un protocole avec des chercheurs.', typologie: ['etude_action'] }
		});
		await submitAt(a5.person, a5.id, '2026-03-08T15:00:00Z');
		await transitionApplication(t.services, team, a5.id, { to: 'eligible', reason: 'Complet.' });
		await transitionApplication(t.services, team, a5.id, {
			to: 'under_review',
			reason: 'En examen.'
		});

		const a6 = await apply('conduite', {
			title: 'Outil de conduite du changement',
			organisation: org('Conduite et compagnie', '75002', 'other'),
			answers: { resume: 'Accompagner le changement.' }
		});
		await submitAt(a6.person, a6.id, '2026-03-07T12:00:00Z');
		await withdrawApplication(t.services, a6.person, a6.id, { reason: 'Projet abandonné.' });

		// A draft in progress, and a draft withdrawn before submission (no organisation, no date).
		await apply('brouillon', {
			title: 'Brouillon en cours',
			organisation: org('Brouillon et associés', '75001'),
			answers: { resume: 'Une évaluation de la charge de travail.' }
		});
		const a8 = await apply('abandon', { title: 'Idée abandonnée', answers: {} });
		await withdrawApplication(t.services, a8.person, a8.id, { reason: 'Plus le temps.' });

		// Form version 2 (applications exist: a new version).
		const v2 = await saveCallForm(t.services, team, callId, FORM_V2);
		expect(v2.number).toBe(2);
		const a9 = await apply('vivo', {
			title: 'Expérimentation in vivo',
			organisation: org('Vivo', '67000'),
			answers: {
				resume: 'De nouvelles façons de travailler.',
				partenaires: 'Université de Strasbourg',
				typologie: ['experimentation_in_vivo'],
				themes: ['sante_travail']
			}
		});
		const a10 = await apply('reunion', {
			title: 'Atelier QVT',
			organisation: org('Atelier Qvt', '97400'),
			answers: { resume: 'Améliorer les conditions de télétravail.' }
		});
		// The same instant: the id decides.
		await submitAt(a9.person, a9.id, '2026-03-13T08:00:00Z');
		await submitAt(a10.person, a10.id, '2026-03-13T08:00:00Z');

		// Elsewhere: another call of the programme, another programme.
		const otherCall = await createTestCall(t.db, programme.id, cycle.id);
		const elsewhere = await actorFor(t.db, (await createUser(t.db)).id);
		const outside = await startApplication(t.services, elsewhere, otherCall.call.id, {
			title: 'Démarche participative ailleurs',
			organisation: org('Ailleurs', '75011'),
			answers: { resume: 'La charge de travail.' }
		});
		await submitApplication(t.services, elsewhere, outside.id);
	});
	afterAll(async () => {
		await t?.drop();
	});

	const screen = (opts: ScreeningOptions = {}, actor: Actor = team) =>
		screenApplications(t.db, actor, callId, { pageSize: 100, ...opts });
	const namesOf = (list: { id: string }[]) => {
		const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
		return list.map((a) => byId[a.id] ?? a.id);
	};
	const sortedNames = async (opts: ScreeningOptions) => namesOf((await screen(opts)).items).sort();

	it('lists every status but drafts by default; drafts are counted and listed when asked', async () => {
		const all = await screen();
		expect(all.total).toBe(9);
		expect(namesOf(all.items)).not.toContain('brouillon');
		expect(namesOf(all.items)).toContain('abandon');
		expect(all.counts).toEqual({
			draft: 1,
			submitted: 4,
			eligible: 1,
			ineligible: 1,
			under_review: 1,
			shortlisted: 0,
			waitlisted: 0,
			not_shortlisted: 0,
			retained: 0,
			not_retained: 0,
			merged: 0,
			withdrawn: 2
		});
		const drafts = await screen({ status: 'draft' });
		expect(namesOf(drafts.items)).toEqual(['brouillon']);
		expect(drafts.total).toBe(1);
		// Counts ignore the status filter.
		expect(drafts.counts).toEqual(all.counts);
		expect(all.call).toMatchObject({ id: callId, slug: callSlug });
	});

	it('counts equal a direct count of the call’s applications', async () => {
		const rows = await t.db
			.select({ status: applications.status, n: sql<number>`count(*)::int` })
			.from(applications)
			.where(eq(applications.callId, callId))
			.groupBy(applications.status);
		const direct = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0]));
		for (const r of rows) direct[r.status] = Number(r.n);
		expect((await screen()).counts).toEqual(direct);
		// Under a filter, the counts follow it (but not the status one).
		const idf = await screen({ region: '11', status: 'eligible' });
		expect(idf.total).toBe(0);
		expect(idf.counts).toMatchObject({ draft: 1, submitted: 1, withdrawn: 1, eligible: 0 });
	});

	it('filters by status, region, type, typology, theme and flags', async () => {
		expect(await sortedNames({ status: 'eligible' })).toEqual(['zephyr']);
		expect(await sortedNames({ status: 'under_review' })).toEqual(['labo']);
		expect(await sortedNames({ status: 'withdrawn' })).toEqual(['abandon', 'conduite']);
		expect(await sortedNames({ region: '11' })).toEqual(['conduite', 'participative']);
		expect(await sortedNames({ region: '04' })).toEqual(['reunion']);
		expect(await sortedNames({ type: 'public_body' })).toEqual(['labo']);
		expect(await sortedNames({ typology: 'application_sensibilisation' })).toEqual([
			'elan',
			'zephyr'
		]);
		expect(await sortedNames({ typology: 'etude_action' })).toEqual(['labo', 'zephyr']);
		// Answered on form version 2.
		expect(await sortedNames({ typology: 'experimentation_in_vivo' })).toEqual(['vivo']);
		// A theme value is not a typology value.
		expect(await sortedNames({ typology: 'sante_travail' })).toEqual([]);
		expect(await sortedNames({ theme: 'sante_travail' })).toEqual(['participative', 'vivo']);
		expect(await sortedNames({ theme: 'dialogue_social' })).toEqual(['elan']);
		expect(await sortedNames({ flagged: true })).toEqual([
			'bienetre',
			'elan',
			'labo',
			'reunion',
			'vivo',
			'zephyr'
		]);
		expect(await sortedNames({ flagged: false })).toEqual(['abandon', 'conduite', 'participative']);
		expect(
			await sortedNames({
				flagged: true,
				typology: 'application_sensibilisation',
				status: 'eligible'
			})
		).toEqual(['zephyr']);
		const flagged = await screen({ flagged: true });
		expect(flagged.items.every((i) => i.flagCount === 1)).toBe(true);
		const item = (await screen({ region: '04' })).items[0];
		expect(item.organisation).toEqual({
			legalName: 'Atelier Qvt',
			type: 'association',
			regionCode: '04',
			regionName: 'La Réunion'
		});
	});

	it('searches in French: « charge de travail » finds « charges de travail »', async () => {
		expect(await sortedNames({ q: 'charge de travail' })).toEqual(['participative']);
		expect(await sortedNames({ q: 'coopérative' })).toEqual(['participative']);
		expect(await sortedNames({ q: 'charge de travail', status: 'draft' })).toEqual(['brouillon']);
		expect(await sortedNames({ q: 'vélo' })).toEqual([]);
		expect((await screen({ q: 'charge de travail' })).counts).toMatchObject({
			submitted: 1,
			draft: 1,
			eligible: 0
		});
	});

	it('sorts by every column, both ways, stably (ties by id, missing values last)', async () => {
		const rows = (await screen()).items;
		type Row = (typeof rows)[number];
		const statusIndex = (s: ApplicationStatus) => APPLICATION_STATUSES.indexOf(s);
		const keys: Record<ScreeningSort, (r: Row) => string | number | null> = {
			submitted: (r) => (r.submittedAt ? Date.parse(r.submittedAt) : null),
			reference: (r) => r.reference,
			title: (r) => fold(r.title),
			organisation: (r) => (r.organisation ? fold(r.organisation.legalName) : null),
			region: (r) => r.organisation?.regionName ?? null,
			status: (r) => statusIndex(r.status)
		};
		const compareKeys = (sort: ScreeningSort, a: string | number, b: string | number) =>
			typeof a === 'number' && typeof b === 'number'
				? a - b
				: sort === 'region'
					? frenchCollator.compare(String(a), String(b))
					: byCodePoint(String(a), String(b));
		for (const sort of Object.keys(keys) as ScreeningSort[]) {
			for (const order of ['asc', 'desc'] as const) {
				const sign = order === 'asc' ? 1 : -1;
				const expected = [...rows].sort((a, b) => {
					const ka = keys[sort](a);
					const kb = keys[sort](b);
					if (ka === null || kb === null) {
						if (ka !== kb) return ka === null ? 1 : -1;
					} else {
						const c = compareKeys(sort, ka, kb);
						if (c !== 0) return sign * c;
					}
					return sign * byCodePoint(a.id, b.id);
				});
				const got = await screen({ sort, order });
				expect(got.sort).toBe(sort);
				expect(got.order).toBe(order);
				expect(namesOf(got.items), `${sort} ${order}`).toEqual(namesOf(expected));
				// The same again: stable.
				expect((await screen({ sort, order })).items.map((i) => i.id)).toEqual(
					got.items.map((i) => i.id)
				);
			}
		}
		// Accents folded and case ignored: « atelier Zéphyr » among the A, « Élan » among the E.
		const byOrganisation = namesOf((await screen({ sort: 'organisation' })).items);
		expect(byOrganisation.slice(0, 5)).toEqual([
			'bienetre',
			'reunion',
			'zephyr',
			'conduite',
			'participative'
		]);
		expect(byOrganisation[5]).toBe('elan');
		expect(byOrganisation.at(-1)).toBe('abandon');
		// Newest submissions first by default; the one never submitted last.
		const byDefault = namesOf((await screen()).items);
		expect(byDefault.slice(0, 2).sort()).toEqual(['reunion', 'vivo']);
		expect(byDefault.at(-1)).toBe('abandon');
		// Regions by name: Auvergne-Rhône-Alpes first.
		expect(namesOf((await screen({ sort: 'region' })).items)[0]).toBe('zephyr');
		expect(REGIONS.length).toBe(18);
	});

	it('pages cover every row exactly once; a page past the end is the last one', async () => {
		const all = (await screen()).items.map((i) => i.id);
		const seen: string[] = [];
		for (let page = 1; page <= 3; page++) {
			const p = await screen({ page, pageSize: 4 });
			expect(p).toMatchObject({ page, pageCount: 3, pageSize: 4, total: 9 });
			seen.push(...p.items.map((i) => i.id));
		}
		expect(seen).toEqual(all);
		expect(new Set(seen).size).toBe(9);
		const past = await screen({ page: 99, pageSize: 4 });
		expect(past.page).toBe(3);
		expect(past.items.map((i) => i.id)).toEqual(all.slice(8));
		// Default size 50, at most 100.
		expect((await screenApplications(t.db, team, callId, {})).pageSize).toBe(50);
		expect((await screen({ pageSize: 1000 })).pageSize).toBe(100);
		const empty = await screen({ q: 'vélo' });
		expect(empty).toMatchObject({ total: 0, page: 1, pageCount: 1, items: [] });
	});

	it('exists only for the team of the call’s programme', async () => {
		for (const actor of [holder, otherTeam, anonymous]) {
			expect(await rejection(screen({}, actor))).toBeInstanceOf(NotFound);
			expect(
				await rejection(exportApplications(t.db, actor, callId, {}, 'csv', 'fr'))
			).toBeInstanceOf(NotFound);
		}
		// A token of the team without the applications read scope.
		expect(await rejection(screen({}, { ...team, scopes: ['calls:read'] }))).toBeInstanceOf(
			NotFound
		);
		expect(await rejection(screenApplications(t.db, team, 'pas-un-uuid', {}))).toBeInstanceOf(
			NotFound
		);
		expect(await rejection(screenApplications(t.db, team, crypto.randomUUID(), {}))).toBeInstanceOf(
			NotFound
		);
	});

	it('reads the page’s French query parameters, and says which are invalid', () => {
		const params = new URLSearchParams(
			'statut=eligible&region=53&type=association&typologie=etude_action&theme=sante_travail' +
				'&signalement=non&q=charge&tri=-structure&page=2'
		);
		const options = parseScreeningQuery(params);
		expect(options).toEqual({
			status: 'eligible',
			region: '53',
			type: 'association',
			typology: 'etude_action',
			theme: 'sante_travail',
			flagged: false,
			q: 'charge',
			sort: 'organisation',
			order: 'desc',
			page: 2
		});
		expect(new URLSearchParams(screeningParams(options)).toString()).toBe(params.toString());
		expect(screeningParams({ sort: 'submitted', order: 'desc', page: 1 })).toEqual({});
		expect(parseScreeningQuery(new URLSearchParams('region=&q=%20'))).toMatchObject({
			region: undefined,
			q: undefined
		});

		const bad = readScreeningQuery(
			new URLSearchParams(
				'region=99&statut=perdu&signalement=peut-etre&tri=taille&page=0&type=association'
			)
		);
		expect(bad.errors).toEqual({
			region: ['screening.error.region'],
			statut: ['screening.error.status'],
			signalement: ['screening.error.flagged'],
			tri: ['screening.error.sort'],
			page: ['screening.error.page']
		});
		// The valid ones still apply.
		expect(bad.options).toMatchObject({ type: 'association', region: undefined });
		expect(() => parseScreeningQuery(new URLSearchParams('page=abc'))).toThrow(
			'screening.error.invalid'
		);
	});

	/** A small RFC 4180 reader (`;` separator, CRLF records). */
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
		expect(field).toBe('');
		expect(record).toEqual([]);
		return records;
	}

	const FIXED_FR = [
		'Référence',
		'Statut',
		'Titre du projet',
		'Déposée le (heure de Paris)',
		'Structure',
		'Type de structure',
		'SIRET',
		'Effectif',
		'Code postal',
		'Région',
		'Site web',
		'Points à vérifier'
	];

	it('exports every matching application as CSV, one column per question of both versions', async () => {
		const now = new Date('2026-11-28T23:30:00Z');
		const file = await exportApplications(t.db, team, callId, {}, 'csv', 'fr', now);
		// Paris date (already the 29th there).
		expect(file.filename).toBe(`candidatures-${callSlug}-2026-11-29.csv`);
		expect(file.contentType).toBe('text/csv; charset=utf-8');
		const text = file.body as string;
		expect(text.startsWith('\uFEFFRéférence;Statut;')).toBe(true);
		const [header, ...rows] = parseCsv(text.slice(1));
		expect(header).toEqual([
			...FIXED_FR,
			'Résumé du projet',
			'Partenaires',
			'Typologie du projet',
			'Thèmes QVCT',
			'Format',
			'Avec des salarié·es ?',
			'Budget (euros)',
			'Date de début',
			'Présentation',
			'Canaux'
		]);
		// Every application of the list, in its order (newest submissions first).
		const listed = (await screen()).items;
		expect(rows.map((r) => r[0])).toEqual(listed.map((i) => i.reference));
		expect(rows.every((r) => r.length === header.length)).toBe(true);

		const row = (name: string) => {
			const ref = listed.find((i) => i.id === ids[name])!.reference;
			return Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === ref)![i]]));
		};
		expect(row('participative')).toMatchObject({
			Statut: 'déposée',
			'Titre du projet': 'Démarche participative',
			'Déposée le (heure de Paris)': '2026-03-10 10:30',
			Structure: 'Coopérative Atelier',
			'Type de structure': 'association',
			Effectif: '10 à 49 salarié·es',
			'Code postal': '75011',
			Région: 'Île-de-France',
			'Points à vérifier': '',
			'Résumé du projet': 'Une évaluation participative des charges de travail dans les ateliers.',
			Partenaires: '',
			'Typologie du projet':
				'Outillage d’une démarche participative d’évaluation de la charge de travail',
			'Thèmes QVCT': 'Santé au travail ; Organisation, contenu et réalisation du travail',
			Format: 'Atelier',
			'Avec des salarié·es ?': 'Oui',
			'Budget (euros)': '12000,5',
			'Date de début': '2026-03-02',
			Présentation: 'Présentation.pdf',
			Canaux: 'Courriel ; Téléphone'
		});
		expect(row('vivo')).toMatchObject({ Partenaires: 'Université de Strasbourg', Canaux: '' });
		const elan = row('elan');
		// Formula neutralised; HTML kept as plain text; a negative number stays a number.
		expect(elan['Résumé du projet']).toBe('\'=HYPERLINK("http://exemple.invalid","clic")');
		expect(elan['Titre du projet']).toBe('Élan numérique <script>alert(1)</script>');
		expect(elan['Avec des salarié·es ?']).toBe('Non');
		expect(elan['Budget (euros)']).toBe('-3');
		expect(elan['Points à vérifier']).toContain('Bretagne');
		expect(row('abandon')).toMatchObject({
			Statut: 'retirée',
			Structure: '',
			'Déposée le (heure de Paris)': ''
		});
		// The exact bytes of a quoted field.
		expect(text).toContain(';"\'=HYPERLINK(""http://exemple.invalid"",""clic"")";');
	});

	it('exports only the filtered applications, with the questions of the versions they use', async () => {
		const file = await exportApplications(
			t.db,
			team,
			callId,
			{ region: '11', sort: 'reference', order: 'asc' },
			'csv',
			'fr'
		);
		const [header, ...rows] = parseCsv((file.body as string).slice(1));
		expect(header.slice(FIXED_FR.length)).toEqual([
			'Résumé du projet',
			'Typologie du projet',
			'Thèmes QVCT',
			'Format',
			'Canaux',
			'Avec des salarié·es ?',
			'Budget (euros)',
			'Date de début',
			'Présentation'
		]);
		expect(rows.map((r) => r[4])).toEqual(['Coopérative Atelier', 'Conduite et compagnie']);

		const en = await exportApplications(t.db, team, callId, { status: 'eligible' }, 'csv', 'en');
		const [enHeader, enRow] = parseCsv((en.body as string).slice(1));
		expect(en.filename).toMatch(
			new RegExp(`^applications-${callSlug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`)
		);
		expect(enHeader.slice(0, 2)).toEqual(['Reference', 'Status']);
		expect(enRow[1]).toBe('eligible');
		expect(enHeader).toContain('Résumé du projet (en)');
		const empty = await exportApplications(t.db, team, callId, { q: 'vélo' }, 'csv', 'fr');
		expect(parseCsv((empty.body as string).slice(1))).toEqual([FIXED_FR]);
	});

	it('exports XLSX: a bold frozen header with a filter, real dates and numbers', async () => {
		const file = await exportApplications(t.db, team, callId, { region: '11' }, 'xlsx', 'fr');
		expect(file.filename).toMatch(/\.xlsx$/);
		expect(file.contentType).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((file.body as Uint8Array).buffer as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.name).toBe('Candidatures');
		const header = sheet.getRow(1);
		expect(header.getCell(1).value).toBe('Référence');
		expect(header.getCell(1).font?.bold).toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.autoFilter).toBeTruthy();
		expect(sheet.rowCount).toBe(3);
		const headers = (header.values as unknown[]).slice(1);
		const col = (name: string) => headers.indexOf(name) + 1;
		// Newest first: the withdrawn one (7 March) after the submitted one (10 March).
		const first = sheet.getRow(2);
		expect(first.getCell(col('Structure')).value).toBe('Coopérative Atelier');
		const submitted = first.getCell(col('Déposée le (heure de Paris)')).value;
		expect(submitted).toBeInstanceOf(Date);
		// Paris wall time, as the spreadsheet shows it.
		expect((submitted as Date).toISOString()).toBe('2026-03-10T10:30:00.000Z');
		expect(first.getCell(col('Budget (euros)')).value).toBe(12000.5);
		expect((first.getCell(col('Date de début')).value as Date).toISOString()).toBe(
			'2026-03-02T00:00:00.000Z'
		);
		expect(first.getCell(col('Canaux')).value).toBe('Courriel ; Téléphone');
		expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
		expect(regionName('11')).toBe(first.getCell(col('Région')).value);
	});

	// Last: it changes the programme's typology, whose labels the exports above show.
	it('offers the programme’s own lists in its filters, in their order, read with the call', async () => {
		// A programme that never edited its lists: the defaults.
		const before = (await screen()).filterTerms;
		expect(before).toEqual(await screeningFilterTerms(t.db, programmeId));
		expect(before.typology.map((x) => x.value)).toContain('etude_action');

		const current = (await listTerms(t.db, team, programmeId)).typology.map((x) => ({
			value: x.value,
			labelFr: x.label.fr,
			labelEn: x.label.en,
			archived: x.archived
		}));
		const [first, second, ...rest] = current;
		await saveTerms(t.services, team, programmeId, 'typology', {
			terms: [{ ...second, labelFr: 'Protocole de recherche-action' }, first, ...rest.slice(1)]
		});
		const after = (await screen()).filterTerms;
		expect(after).toEqual(await screeningFilterTerms(t.db, programmeId));
		expect(after.typology[0]).toEqual({
			value: second.value,
			label: { fr: 'Protocole de recherche-action', en: second.labelEn },
			archived: false
		});
		expect(after.typology[1].value).toBe(first.value);
		// Left out of the list: archived, still offered (older answers name it).
		expect(after.typology.find((x) => x.value === rest[0].value)?.archived).toBe(true);
		expect(after.qvct_theme).toEqual(before.qvct_theme);
	});
});
