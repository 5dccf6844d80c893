/**
 * The sourcing funnel on generated data, on each backend: partners, prospects, referrals and
 * applications drawn by a seeded generator (several regions, statuses, organisation types,
 * typology answers on two form versions, attributed applications), then every figure of the
 * funnel compared with a count made directly in JavaScript over the generated rows. Then who may
 * read what: the team everything, a partner its regions and the national totals, others nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../../../../tests/helpers/factories.ts';
import type { DbOrTx } from '../db/client.ts';
import {
	applications,
	formVersions,
	organisations,
	partners,
	programmeTerms,
	prospects,
	referrals,
	roleAssignments
} from '../db/schema.ts';
import type { Actor, UserActor } from '../accounts/actor.ts';
import type { FormDefinition } from '../calls/form/definition.ts';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../applications/status.ts';
import { ORGANISATION_TYPES } from '../applications/organisation.ts';
import { seededRandom } from '../demo/applications.ts';
import { NotFound } from '../errors.ts';
import { REGIONS } from '../../regions.ts';
import { getFunnel } from './funnel.ts';
import { listFunnelCalls } from './funnelCalls.ts';
import { SHOWN_STAGES, statusesReaching } from './funnelStages.ts';
import type { Funnel, FunnelRow } from './funnelView.ts';

const typologyForm = (key: string): FormDefinition => ({
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet', en: 'The project' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'resume',
					kind: 'long_text',
					label: { fr: 'Résumé', en: 'Summary' },
					help: { fr: '', en: '' },
					required: false
				},
				{
					key,
					kind: 'typology',
					label: { fr: 'Typologie', en: 'Typology' },
					help: { fr: '', en: '' },
					required: false
				}
			]
		}
	]
});

/** The programme's typology: three terms in use, one archived; answers may name a stray one. */
const TERMS = [
	{ value: 'etude_action', labelFr: 'Étude-action', archived: false },
	{ value: 'application_sensibilisation', labelFr: 'Application', archived: false },
	{ value: 'conduite_changement', labelFr: 'Conduite du changement', archived: false },
	{ value: 'jamais_choisi', labelFr: 'Jamais choisi', archived: false },
	{ value: 'ancien_terme', labelFr: 'Ancien terme', archived: true }
];
const CHOSEN_TERMS = [
	'etude_action',
	'application_sensibilisation',
	'conduite_changement',
	'ancien_terme',
	'hors_liste'
];
const USED_REGIONS = ['11', '53', '52', '84', '01', '94'];

type GenApplication = {
	callId: string;
	status: ApplicationStatus;
	submitted: boolean;
	region: string | null;
	type: string | null;
	terms: string[];
	partnerId: string | null;
	sourcing: 'referral' | 'declared' | null;
};
type GenProspect = {
	id: string;
	partnerId: string;
	callId: string | null;
	region: string;
	type: string | null;
	referralCalls: string[];
	name: string;
	email: string;
};

const unique = () => randomBytes(4).toString('hex');

describe.each(backends)('sourcing funnel (%s)', (backend) => {
	let t: TestDatabase;
	let team: Actor;
	let teamNoScope: Actor;
	let otherTeam: Actor;
	let bretagne: UserActor;
	let holder: Actor;
	let jury: Actor;
	let programmeId: string;
	let cycleId: string;
	let callA: string;
	let callB: string;
	let callOther: string;
	let draftCall: string;
	const apps: GenApplication[] = [];
	const pros: GenProspect[] = [];

	async function insertApplication(db: DbOrTx, a: GenApplication, versions: Map<string, string[]>) {
		const [versionId, key] = (() => {
			const vs = versions.get(a.callId) as string[];
			const v = vs[apps.length % vs.length];
			return [v.split('|')[0], v.split('|')[1]];
		})();
		let organisationId: string | null = null;
		if (a.type !== null) {
			const [o] = await db
				.insert(organisations)
				.values({
					legalName: `Structure ${unique()}`,
					type: a.type,
					headcountBand: '1-9',
					postalCode: '00000',
					regionCode: a.region
				})
				.returning();
			organisationId = o.id;
		}
		// A string answer counts as one term; an empty list as none.
		const answer = a.terms.length === 1 && apps.length % 3 === 0 ? a.terms[0] : a.terms;
		let referralId: string | null = null;
		if (a.sourcing === 'referral' && a.partnerId) {
			const prospect = pros.find((p) => p.partnerId === a.partnerId) as GenProspect;
			const [r] = await db
				.insert(referrals)
				.values({
					prospectId: prospect.id,
					partnerId: a.partnerId,
					// Another call: this referral must not make its prospect "invited" here.
					callId: callOther,
					email: 'invite@exemple.fr',
					tokenHash: unique() + unique(),
					expiresAt: new Date(Date.now() + 86_400_000)
				})
				.returning();
			referralId = r.id;
			if (!prospect.referralCalls.includes(callOther)) prospect.referralCalls.push(callOther);
		}
		await db.insert(applications).values({
			callId: a.callId,
			formVersionId: versionId,
			organisationId,
			reference: `TST-${unique()}`,
			title: 'Projet',
			status: a.status,
			answers: { resume: 'Texte', [key]: answer },
			submittedAt: a.submitted ? new Date() : null,
			partnerId: a.partnerId,
			sourcing: a.sourcing,
			referralId
		});
		apps.push(a);
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		const db = t.db;
		const rng = seededRandom(20260402);
		const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];

		const programme = await createTestProgramme(db);
		programmeId = programme.id;
		const other = await createTestProgramme(db);
		const cycle = await createTestCycle(db, programme.id);
		cycleId = cycle.id;
		const otherCycle = await createTestCycle(db, programme.id);
		callA = (
			await createTestCall(db, programme.id, cycle.id, { definition: typologyForm('typologie') })
		).call.id;
		// Version 2 of call A asks the typology under another key: both are read.
		const [v2] = await db
			.insert(formVersions)
			.values({ callId: callA, number: 2, definition: typologyForm('typologie_v2') })
			.returning();
		callB = (await createTestCall(db, programme.id, cycle.id, { definition: typologyForm('typo') }))
			.call.id;
		callOther = (
			await createTestCall(db, programme.id, otherCycle.id, { definition: typologyForm('typo') })
		).call.id;
		draftCall = (await createTestCall(db, programme.id, cycle.id, { status: 'draft' })).call.id;
		const versionRows = await db.select().from(formVersions);
		const versions = new Map<string, string[]>();
		for (const v of versionRows) {
			const def = v.definition as FormDefinition;
			const key = def.sections[0].questions.find((q) => q.kind === 'typology')?.key ?? 'none';
			versions.set(v.callId, [...(versions.get(v.callId) ?? []), `${v.id}|${key}`]);
		}
		expect(versions.get(callA)).toContain(`${v2.id}|typologie_v2`);

		await db.insert(programmeTerms).values(
			TERMS.map((term, i) => ({
				programmeId,
				kind: 'typology' as const,
				value: term.value,
				labelFr: term.labelFr,
				labelEn: `${term.labelFr} (en)`,
				position: i,
				archived: term.archived
			}))
		);

		const partnerRows = await db
			.insert(partners)
			.values([
				{ programmeId, name: 'Aract Bretagne', regionCodes: ['53'] },
				{ programmeId, name: 'Réseau Ouest', regionCodes: ['53', '52'] },
				{ programmeId, name: 'Aract Île-de-France', regionCodes: ['11'] }
			])
			.returning();
		const partnerIds = partnerRows.map((p) => p.id);

		// Prospects: some recorded for a call, some for none, invited to zero, one or two calls.
		for (let i = 0; i < 70; i++) {
			const partnerId = pick(partnerIds);
			const regions = partnerRows.find((p) => p.id === partnerId)?.regionCodes ?? ['53'];
			const callId = pick([callA, callA, callB, callOther, null]);
			const referralCalls = [callA, callB, callOther].filter(() => rng() < 0.3);
			const name = `Prospect secret ${unique()}`;
			const email = `contact-${unique()}@prospect.fr`;
			const [p] = await db
				.insert(prospects)
				.values({
					partnerId,
					programmeId,
					callId,
					organisationName: name,
					contactName: 'Camille Secret',
					email,
					channel: 'phone',
					regionCode: pick(regions),
					applicantType: pick([...ORGANISATION_TYPES, null]),
					firstContactOn: '2026-01-15'
				})
				.returning();
			for (const c of [...referralCalls, ...(rng() < 0.1 ? referralCalls : [])]) {
				await db.insert(referrals).values({
					prospectId: p.id,
					partnerId,
					callId: c,
					email,
					tokenHash: unique() + unique(),
					expiresAt: new Date(Date.now() + 86_400_000)
				});
			}
			pros.push({
				id: p.id,
				partnerId,
				callId,
				region: p.regionCode,
				type: p.applicantType,
				referralCalls,
				name,
				email
			});
		}

		// Applications: every status, drafts and withdrawn ones, some without organisation or region.
		for (let i = 0; i < 120; i++) {
			const status = pick(APPLICATION_STATUSES);
			const submitted = status === 'draft' ? false : status === 'withdrawn' ? rng() < 0.5 : true;
			const hasOrganisation = rng() < 0.92;
			const sourced = rng() < 0.35;
			const terms = CHOSEN_TERMS.filter(() => rng() < 0.3);
			await insertApplication(
				db,
				{
					callId: pick([callA, callA, callA, callB, callOther]),
					status,
					submitted,
					region: hasOrganisation ? (rng() < 0.1 ? null : pick(USED_REGIONS)) : null,
					type: hasOrganisation ? pick(ORGANISATION_TYPES) : null,
					terms,
					partnerId: sourced ? pick(partnerIds) : null,
					sourcing: sourced ? pick(['referral', 'declared'] as const) : null
				},
				versions
			);
		}

		const teamUser = await createUser(db, { roles: [{ role: 'team', programmeId }] });
		team = await actorFor(db, teamUser.id);
		teamNoScope = { ...(team as UserActor), scopes: ['applications:read'] };
		otherTeam = await actorFor(
			db,
			(await createUser(db, { roles: [{ role: 'team', programmeId: other.id }] })).id
		);
		const partnerUser = await createUser(db);
		await db.insert(roleAssignments).values({
			userId: partnerUser.id,
			programmeId,
			role: 'regional_partner',
			regionCode: '53',
			partnerId: partnerIds[0]
		});
		bretagne = await actorFor(db, partnerUser.id);
		holder = await actorFor(db, (await createUser(db, { roles: [{ role: 'holder' }] })).id);
		jury = await actorFor(
			db,
			(await createUser(db, { roles: [{ role: 'jury', programmeId }] })).id
		);
	});
	afterAll(async () => {
		await t?.drop();
	});

	// -------------------------------------------------------------------------------------------
	// The direct count

	type Expected = Record<string, number | null>;

	function expectedOf(
		scope: string[],
		groupOfApp: (a: GenApplication) => string[],
		groupOfProspect: ((p: GenProspect) => string) | null
	): Map<string, Expected> {
		const out = new Map<string, Expected>();
		const get = (key: string) => {
			let e = out.get(key);
			if (!e) {
				e = {
					prospects: groupOfProspect ? 0 : null,
					invited: groupOfProspect ? 0 : null,
					started: 0,
					submitted: 0,
					eligible: 0,
					sourcedStarted: 0,
					sourcedSubmitted: 0,
					referralStarted: 0,
					declaredSubmitted: 0
				};
				out.set(key, e);
			}
			return e;
		};
		const inc = (e: Expected, k: string) => (e[k] = (e[k] as number) + 1);
		if (groupOfProspect) {
			for (const p of pros) {
				const invited = p.referralCalls.some((c) => scope.includes(c));
				if (!(p.callId && scope.includes(p.callId)) && !invited) continue;
				const e = get(groupOfProspect(p));
				inc(e, 'prospects');
				if (invited) inc(e, 'invited');
			}
		}
		const eligible = statusesReaching('eligible');
		for (const a of apps.filter((x) => scope.includes(x.callId))) {
			for (const key of groupOfApp(a)) {
				const e = get(key);
				inc(e, 'started');
				if (a.submitted) inc(e, 'submitted');
				if (eligible.includes(a.status)) inc(e, 'eligible');
				if (a.partnerId) {
					inc(e, 'sourcedStarted');
					if (a.submitted) inc(e, 'sourcedSubmitted');
					if (a.sourcing === 'referral') inc(e, 'referralStarted');
					if (a.sourcing === 'declared' && a.submitted) inc(e, 'declaredSubmitted');
				}
			}
		}
		return out;
	}

	const zero: Expected = {
		prospects: 0,
		invited: 0,
		started: 0,
		submitted: 0,
		eligible: 0,
		sourcedStarted: 0,
		sourcedSubmitted: 0,
		referralStarted: 0,
		declaredSubmitted: 0
	};

	function figures(row: FunnelRow): Expected {
		return {
			prospects: row.counts.prospects ?? null,
			invited: row.counts.invited ?? null,
			started: row.counts.started ?? null,
			submitted: row.counts.submitted ?? null,
			eligible: row.counts.eligible ?? null,
			sourcedStarted: row.partnerShare.started,
			sourcedSubmitted: row.partnerShare.submitted,
			referralStarted: row.partnerShare.referral.started,
			declaredSubmitted: row.partnerShare.declared.submitted
		};
	}

	function expectRates(row: FunnelRow) {
		const c = row.counts;
		for (let i = 1; i < SHOWN_STAGES.length; i++) {
			const [prev, cur] = [c[SHOWN_STAGES[i - 1]], c[SHOWN_STAGES[i]]];
			const expected =
				prev === null || prev === undefined || prev === 0 ? null : (cur as number) / prev;
			expect(row.rates[SHOWN_STAGES[i]]).toBe(expected);
		}
		const p = row.partnerShare;
		expect(p.shareOfStarted).toBe(c.started ? p.started / (c.started as number) : null);
		expect(p.shareOfSubmitted).toBe(c.submitted ? p.submitted / (c.submitted as number) : null);
	}

	const regionKey = (r: string | null) => (r && REGIONS.some((x) => x.code === r) ? r : '');
	const typeKey = (type: string | null) => type ?? '';
	const termsKey = (a: GenApplication) => (a.terms.length ? a.terms : ['']);

	function checkFunnel(funnel: Funnel, scope: string[]) {
		const byRegion = expectedOf(
			scope,
			(a) => [regionKey(a.region)],
			(p) => regionKey(p.region)
		);
		for (const row of funnel.byRegion) {
			expect(figures(row), `région ${row.code}`).toEqual(byRegion.get(row.code ?? '') ?? zero);
			expectRates(row);
		}
		const national = [...byRegion.values()].reduce(
			(sum, e) =>
				Object.fromEntries(
					Object.keys(zero).map((k) => [k, (sum[k] as number) + (e[k] as number)])
				),
			zero
		);
		expect(figures(funnel.national)).toEqual(national);
		expectRates(funnel.national);

		const byType = expectedOf(
			scope,
			(a) => [typeKey(a.type)],
			(p) => typeKey(p.type)
		);
		expect(funnel.byApplicantType.map((r) => r.type ?? '')).toEqual([...ORGANISATION_TYPES, '']);
		for (const row of funnel.byApplicantType) {
			expect(figures(row), `type ${row.type}`).toEqual(byType.get(row.type ?? '') ?? zero);
			expectRates(row);
		}

		const byTerm = expectedOf(scope, termsKey, null);
		const zeroTerm = { ...zero, prospects: null, invited: null };
		for (const row of funnel.byTypology) {
			expect(figures(row), `typologie ${row.value}`).toEqual(
				byTerm.get(row.value ?? '') ?? zeroTerm
			);
			expectRates(row);
		}
		return { byRegion, byTerm };
	}

	// -------------------------------------------------------------------------------------------

	it('counts every stage of a call as a direct count does, region by region', async () => {
		const funnel = await getFunnel(t.db, team, { kind: 'call', id: callA });
		expect(funnel.audience).toBe('team');
		expect(funnel.stages).toEqual(SHOWN_STAGES);
		// The 18 regions in order, then « région inconnue ».
		expect(funnel.byRegion.map((r) => r.code)).toEqual([...REGIONS.map((r) => r.code), null]);
		const { byRegion } = checkFunnel(funnel, [callA]);
		// The generated data is not trivial: several regions, and unknown ones, have figures.
		expect(funnel.byRegion.filter((r) => (r.counts.started ?? 0) > 0).length).toBeGreaterThan(4);
		expect(byRegion.get('')?.started).toBeGreaterThan(0);
		expect(funnel.national.counts.invited).toBeGreaterThan(0);
		expect(funnel.national.partnerShare.referral.started).toBeGreaterThan(0);
		expect(funnel.national.partnerShare.declared.started).toBeGreaterThan(0);
	});

	it('adds up every call of a cycle (and only them)', async () => {
		const funnel = await getFunnel(t.db, team, { kind: 'cycle', id: cycleId });
		expect(funnel.target.kind).toBe('cycle');
		if (funnel.target.kind === 'cycle') {
			expect(funnel.target.calls.map((c) => c.id).sort()).toEqual([callA, callB, draftCall].sort());
		}
		checkFunnel(funnel, [callA, callB, draftCall]);
		const a = await getFunnel(t.db, team, { kind: 'call', id: callA });
		const b = await getFunnel(t.db, team, { kind: 'call', id: callB });
		expect(funnel.national.counts.started).toBe(
			(a.national.counts.started ?? 0) + (b.national.counts.started ?? 0)
		);
	});

	it('counts an application in each typology term it chose, labelled by the programme’s list', async () => {
		const funnel = await getFunnel(t.db, team, { kind: 'call', id: callA });
		const { byTerm } = checkFunnel(funnel, [callA]);
		expect(funnel.byTypology.map((r) => r.value)).toEqual([
			'etude_action',
			'application_sensibilisation',
			'conduite_changement',
			'jamais_choisi',
			'ancien_terme',
			'hors_liste',
			null
		]);
		const archived = funnel.byTypology.find((r) => r.value === 'ancien_terme');
		expect(archived?.archived).toBe(true);
		expect(archived?.label).toEqual({ fr: 'Ancien terme', en: 'Ancien terme (en)' });
		expect(funnel.byTypology.find((r) => r.value === 'hors_liste')?.label).toBeNull();
		expect(funnel.byTypology.find((r) => r.value === 'jamais_choisi')?.counts.started).toBe(0);
		// Several terms per application: the rows add up to more than the applications.
		const sum = [...byTerm.values()].reduce((n, e) => n + (e.started as number), 0);
		expect(sum).toBeGreaterThan(funnel.national.counts.started as number);
		expect(funnel.byTypology[0].counts.prospects).toBeNull();
	});

	it('runs one grouped query per dimension, whatever the number of regions', async () => {
		let executed = 0;
		const counting = new Proxy(t.db, {
			get(target, prop, receiver) {
				if (prop === 'execute') {
					return (...args: Parameters<typeof target.execute>) => {
						executed++;
						return target.execute(...args);
					};
				}
				return Reflect.get(target, prop, receiver);
			}
		});
		await getFunnel(counting, team, { kind: 'cycle', id: cycleId });
		expect(executed).toBe(3);
	});

	it('shows a partner its regions next to the national totals, and nothing personal', async () => {
		const funnel = await getFunnel(t.db, bretagne, { kind: 'call', id: callA });
		const teamView = await getFunnel(t.db, team, { kind: 'call', id: callA });
		expect(funnel.audience).toBe('partner');
		expect(funnel.regions).toEqual(['53']);
		expect(funnel.byRegion.map((r) => r.code)).toEqual(['53']);
		expect(funnel.byRegion[0]).toEqual(teamView.byRegion.find((r) => r.code === '53'));
		expect(funnel.national).toEqual(teamView.national);
		expect(funnel.regionsTotal).toEqual({
			...funnel.byRegion[0],
			code: undefined,
			name: undefined
		});

		// Types and typologies over its region only.
		const inRegion = (a: GenApplication) => a.region === '53';
		const byType = expectedOf(
			[callA],
			(a) => (inRegion(a) ? [typeKey(a.type)] : []),
			(p) => (p.region === '53' ? typeKey(p.type) : 'ailleurs')
		);
		for (const row of funnel.byApplicantType) {
			expect(figures(row), `type ${row.type}`).toEqual(byType.get(row.type ?? '') ?? zero);
		}
		const byTerm = expectedOf([callA], (a) => (inRegion(a) ? termsKey(a) : []), null);
		for (const row of funnel.byTypology) {
			expect(figures(row)).toEqual(
				byTerm.get(row.value ?? '') ?? { ...zero, prospects: null, invited: null }
			);
		}

		// Counts only: no prospect's name or e-mail, no other region's detail.
		const json = JSON.stringify(funnel);
		for (const p of pros) {
			expect(json).not.toContain(p.name);
			expect(json).not.toContain(p.email);
		}
		expect(json).not.toContain('"code":"11"');
	});

	it('lists a partner’s calls without the drafts, and hides a draft’s funnel from it', async () => {
		const calls = await listFunnelCalls(t.db, bretagne);
		expect(calls.map((c) => c.id).sort()).toEqual([callA, callB, callOther].sort());
		expect(calls.every((c) => c.regions.join() === '53')).toBe(true);
		await expect(getFunnel(t.db, bretagne, { kind: 'call', id: draftCall })).rejects.toThrow(
			NotFound
		);
		const cycle = await getFunnel(t.db, bretagne, { kind: 'cycle', id: cycleId });
		if (cycle.target.kind === 'cycle') {
			expect(cycle.target.calls.map((c) => c.id).sort()).toEqual([callA, callB].sort());
		}
		await expect(listFunnelCalls(t.db, team)).rejects.toThrow(NotFound);
	});

	it('answers NotFound to anybody else', async () => {
		for (const actor of [holder, jury, otherTeam, teamNoScope]) {
			await expect(getFunnel(t.db, actor, { kind: 'call', id: callA })).rejects.toThrow(NotFound);
			await expect(getFunnel(t.db, actor, { kind: 'cycle', id: cycleId })).rejects.toThrow(
				NotFound
			);
		}
		await expect(
			getFunnel(t.db, { ...bretagne, scopes: ['applications:read'] }, { kind: 'call', id: callA })
		).rejects.toThrow(NotFound);
		await expect(getFunnel(t.db, team, { kind: 'call', id: 'pas-un-uuid' })).rejects.toThrow(
			NotFound
		);
		await expect(
			getFunnel(t.db, team, { kind: 'cycle', id: '00000000-0000-4000-8000-000000000000' })
		).rejects.toThrow(NotFound);
	});
});
