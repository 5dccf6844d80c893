import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { actorFor } from '../../../../tests/helpers/factories.ts';
import { anonymous, isPlatformTeam, isTeam, type UserActor } from '../accounts/actor.ts';
import { logIn } from '../accounts/login.ts';
import { queryAuditLog } from '../audit/log.ts';
import {
	applicationMembers,
	applicationSnapshots,
	applicationTransitions,
	applications,
	attachments,
	auditLog,
	calls,
	cycles,
	formVersions,
	organisations,
	outbox,
	partners,
	programmes,
	prospectContacts,
	prospects,
	referrals,
	roleAssignments,
	users
} from '../db/schema.ts';
import { checkDefinition } from '../calls/form/check.ts';
import { validateAnswers } from '../calls/form/answers.ts';
import { missingAnswers } from '../calls/form/completeness.ts';
import { checkEligibilityRules, evaluateEligibility } from '../applications/eligibility.ts';
import {
	ORGANISATION_TYPES,
	SIRET_REQUIRED_TYPES,
	regionFromPostalCode,
	type HeadcountBand,
	type OrganisationType
} from '../applications/organisation.ts';
import { checkSiret, isValidSiren, sirenOf } from '../applications/siret.ts';
import { SUBMITTED_STATUSES, transition, type ApplicationStatus } from '../applications/status.ts';
import { presentOrganisation, searchTextOf } from '../applications/presenters.ts';
import { findApplication } from '../applications/queries.ts';
import { formListsOf } from '../applications/shared.ts';
import { getApplication, getAttachmentFile, listApplications } from '../applications/index.ts';
import { detectFileType } from '../storage/index.ts';
import { getCurrentForm, listCalls } from '../calls/index.ts';
import { listCycles, listOpenCalls } from '../programmes/index.ts';
import { REGIONS } from '../../regions.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { DEMO_PARTNER_NAME, DEMO_PARTNERS, DEMO_PROSPECTS } from './partners.ts';
import { DEMO_JUROR_EMAIL, DEMO_JURORS, DEMO_PENDING_JUROR } from './jury.ts';
import { defaultGrid } from '../review/grid.ts';
import { getJurySetup } from '../review/gridRead.ts';
import { listJuryMembers } from '../review/juryMembers.ts';
import { listMyJuryCalls } from '../review/juryMine.ts';
import { listTerms } from '../calls/listTerms.ts';
import { juryMembers } from '../db/schema.ts';
import {
	getPartnerOverview,
	listMyPartners,
	listPartners,
	listProspects
} from '../sourcing/partners.ts';
import { demoApplications, demoHolders, demoPdf } from './applications.ts';
import { DEMO_PROGRAMME_SLUG, ensureDemoData, firstCallWindow, seedDemo } from './seed.ts';

const WINDOW = firstCallWindow();
const DEMO_APPS = demoApplications(WINDOW);
const DEMO_HOLDERS = demoHolders(DEMO_APPS);
const TEAM_EMAIL = 'equipe@transformateur.test';
const HOLDER_EMAIL = 'porteuse@transformateur.test';

/**
 * Checks a PDF's structure: header, a cross-reference table whose every offset points at the
 * object it names, a trailer naming the catalogue, `startxref` pointing at the table, `%%EOF`.
 */
function pdfProblems(bytes: Uint8Array): string[] {
	const text = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
	const problems: string[] = [];
	if (!text.startsWith('%PDF-1.')) problems.push('header');
	if (!text.trimEnd().endsWith('%%EOF')) problems.push('eof');
	const start = /startxref\n(\d+)\n%%EOF\s*$/.exec(text);
	if (!start) return [...problems, 'startxref'];
	const xrefAt = Number(start[1]);
	if (!text.startsWith('xref\n', xrefAt)) return [...problems, 'xref offset'];
	const head = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt));
	if (!head) return [...problems, 'xref head'];
	const count = Number(head[1]);
	const entries = text
		.slice(xrefAt + head[0].length)
		.split('\n')
		.slice(0, count);
	if (entries[0] !== '0000000000 65535 f ') problems.push('xref entry 0');
	for (let i = 1; i < count; i++) {
		const m = /^(\d{10}) 00000 n $/.exec(entries[i] ?? '');
		if (!m || !text.startsWith(`${i} 0 obj\n`, Number(m[1]))) problems.push(`object ${i}`);
	}
	if (!/trailer\n<< \/Size \d+ \/Root 1 0 R/.test(text)) problems.push('trailer');
	if (!/\/Type \/Page /.test(text)) problems.push('page');
	const stream = /<< \/Length (\d+) >>\nstream\n/.exec(text);
	if (
		!stream ||
		!text.startsWith('endstream', stream.index + stream[0].length + Number(stream[1]))
	) {
		problems.push('stream length');
	}
	return problems;
}

describe('demo applications, composed', () => {
	it('are about sixty, with valid SIRETs, from every region and every applicant type', () => {
		expect(DEMO_APPS.length).toBeGreaterThanOrEqual(55);
		expect(DEMO_APPS.length).toBeLessThanOrEqual(65);
		const regions = new Set(DEMO_APPS.map((a) => regionFromPostalCode(a.organisation.postalCode)));
		expect([...regions].sort()).toEqual(REGIONS.map((r) => r.code).sort());
		expect(new Set(DEMO_APPS.map((a) => a.organisation.type))).toEqual(new Set(ORGANISATION_TYPES));
		expect(new Set(DEMO_APPS.map((a) => a.organisation.headcountBand)).size).toBeGreaterThanOrEqual(
			6
		);
		for (const a of DEMO_APPS) {
			const siret = a.organisation.siret;
			if (SIRET_REQUIRED_TYPES.includes(a.organisation.type)) {
				expect(siret, a.title).toBeTruthy();
			}
			if (siret) {
				expect(checkSiret(siret).ok, siret).toBe(true);
				expect(isValidSiren(sirenOf(siret)), siret).toBe(true);
			}
		}
	});

	it('are the same every time, with varied texts', () => {
		expect(demoApplications(WINDOW)).toEqual(DEMO_APPS);
		const summaries = new Set(DEMO_APPS.map((a) => a.answers.resume));
		expect(summaries.size).toBe(DEMO_APPS.length);
		const titles = new Set(DEMO_APPS.map((a) => a.title));
		expect(titles.size).toBe(DEMO_APPS.length);
	});

	it('make a structurally valid PDF, accented text included', () => {
		const pdf = demoPdf('Évaluation « charge de travail » — œuvre (test)', [
			{ heading: 'Résumé', text: 'L’équipe\nà Besançon' }
		]);
		expect(detectFileType(pdf)?.mime).toBe('application/pdf');
		expect(pdfProblems(pdf)).toEqual([]);
		// An object that is not where the cross-reference table says is caught.
		const broken = Uint8Array.from(pdf);
		const at = Buffer.from(pdf).indexOf('\n2 0 obj\n');
		expect(at).toBeGreaterThan(0);
		broken[at + 1] = 0x37;
		expect(pdfProblems(broken)).not.toEqual([]);
	});
});

describe.each(backends)('demo data (%s)', (backend) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await freshDatabase(backend);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('is seeded once, however many times it is asked for', async () => {
		expect(await seedDemo(t.services)).toEqual({ created: true });
		expect(await seedDemo(t.services)).toEqual({ created: false });
		expect(await ensureDemoData(t.services)).toBe(false);

		expect(await t.db.$count(programmes)).toBe(1);
		expect(await t.db.$count(cycles)).toBe(2);
		expect(await t.db.$count(calls)).toBe(2);
		expect(await t.db.$count(formVersions)).toBe(2);
		expect(await t.db.$count(users)).toBe(
			DEMO_ACCOUNTS.length + DEMO_HOLDERS.length + DEMO_JURORS.length
		);
		// One role per account on the programme, plus the team's platform-wide role, plus the
		// jury role of the fictitious jury members.
		expect(await t.db.$count(roleAssignments)).toBe(DEMO_ACCOUNTS.length + 1 + DEMO_JURORS.length);
	});

	it('holds the programme, its two promotions, and a call open today', async () => {
		const [programme] = await t.db
			.select()
			.from(programmes)
			.where(eq(programmes.slug, DEMO_PROGRAMME_SLUG));
		expect(programme.name).toBe('Transformateur numérique');
		expect(programme.operators).toBe('Anact et Fing');
		expect(programme.description).toContain('qualité de vie au travail');

		const list = await listCycles(t.db, anonymous, programme.id);
		const first = list.find((c) => c.name === 'Promotion 1 — 2016-2017')!;
		expect(first.phases).toHaveLength(8);
		expect(first.currentPhase).toBe('over');
		const session = first.phases.find((p) => p.kind === 'selection_session')!;
		// 8 December 2016, 09:00 in Paris (winter time).
		expect(session.startsAt).toBe('2016-12-08T08:00:00.000Z');

		const current = list.find((c) => c !== first)!;
		expect(current.name).toMatch(/^Promotion \d{4}-\d{4}$/);
		expect(current.currentPhase).toBe('call_open');
		const calls = await listOpenCalls(t.db, anonymous);
		expect(calls.map((c) => c.cycle.id)).toEqual([current.id]);
		expect(Date.parse(calls[0].closesAt!)).toBeGreaterThan(Date.now() + 20 * 24 * 3600_000);

		const audited = (await queryAuditLog(t.db, { programmeId: programme.id, limit: 200 })).filter(
			(e) => ['programme', 'cycle', 'call'].includes(e.entityType)
		);
		expect(audited.map((e) => e.action).sort()).toEqual([
			'call.create',
			'call.create',
			'cycle.create',
			'cycle.create',
			'programme.create'
		]);
		expect(audited.every((e) => e.actorLabel === 'système' && e.actorId === null)).toBe(true);
	});

	it('holds an open call with the demo form and rules, and the closed 2016 call', async () => {
		const open = await listCalls(t.db, anonymous, { status: 'open' });
		expect(open.items).toHaveLength(1);
		const call = open.items[0];
		expect(call.title).toMatch(/^Appel à projets \d{4}-\d{4}$/);
		expect(call.eligibleTypes).not.toContain('other');
		expect(call.eligibilityRules.length).toBeGreaterThan(0);
		expect(Date.parse(call.closesAt!)).toBeGreaterThan(Date.now() + 20 * 24 * 3600_000);

		const { version, form } = await getCurrentForm(t.db, anonymous, call.id);
		expect(version!.number).toBe(1);
		// A valid form, in both languages, that the eligibility rules can rely on.
		expect(checkDefinition(version!.definition)).toEqual([]);
		expect(checkEligibilityRules(call.eligibilityRules, version!.definition)).toEqual([]);
		const questions = form!.sections.flatMap((s) => s.questions);
		expect(questions.every((q) => q.label.fr && q.label.en)).toBe(true);
		expect(form!.sections.map((s) => s.title.fr)).toEqual([
			'Votre organisation',
			'Le projet',
			'Innovation',
			'Équipe et partenaires',
			'Pièces jointes'
		]);
		expect(questions.find((q) => q.key === 'typologie')!.options).toHaveLength(5);
		expect(questions.find((q) => q.key === 'presentation')).toMatchObject({
			type: 'file',
			required: false,
			accept: ['application/pdf'],
			maxBytes: 10 * 1024 * 1024
		});

		const all = await listCalls(t.db, anonymous, {});
		expect(all.items.map((c) => [c.title, c.status])).toEqual([
			['Appel à projets 2016', 'closed'],
			[call.title, 'published']
		]);
	});

	it('gives each demo account its role, verified and without a password', async () => {
		const [programme] = await t.db
			.select({ id: programmes.id })
			.from(programmes)
			.where(eq(programmes.slug, DEMO_PROGRAMME_SLUG));
		for (const account of DEMO_ACCOUNTS) {
			const [u] = await t.db.select().from(users).where(eq(users.email, account.email));
			expect(u.passwordHash).toBeNull();
			expect(u.emailVerifiedAt).not.toBeNull();
			const actor = await actorFor(t.db, u.id);
			const [bretagne] = await t.db
				.select({ id: partners.id })
				.from(partners)
				.where(eq(partners.name, DEMO_PARTNER_NAME));
			// The regional partner's role comes from its partner, Aract Bretagne.
			expect(actor.roles).toContainEqual({
				role: account.role,
				programmeId: programme.id,
				regionCode: account.role === 'regional_partner' ? '53' : null,
				partnerId: account.role === 'regional_partner' ? bretagne.id : null
			});
			expect(isPlatformTeam(actor)).toBe(account.role === 'team');
			expect(isTeam(actor, programme.id)).toBe(account.role === 'team');
		}
	});
});

describe.each(backends)('demo applications (%s)', (backend) => {
	let t: TestDatabase;
	let team: UserActor;
	let callId: string;
	let programmeId: string;
	type Row = typeof applications.$inferSelect;
	let rows: Row[];

	const counts = async () => ({
		users: await t.db.$count(users),
		organisations: await t.db.$count(organisations),
		applications: await t.db.$count(applications),
		members: await t.db.$count(applicationMembers),
		snapshots: await t.db.$count(applicationSnapshots),
		transitions: await t.db.$count(applicationTransitions),
		attachments: await t.db.$count(attachments),
		audit: await t.db.$count(auditLog),
		outbox: await t.db.$count(outbox),
		partners: await t.db.$count(partners),
		prospects: await t.db.$count(prospects),
		contacts: await t.db.$count(prospectContacts),
		referrals: await t.db.$count(referrals),
		roles: await t.db.$count(roleAssignments)
	});

	beforeAll(async () => {
		t = await freshDatabase(backend);
		expect(await seedDemo(t.services)).toEqual({ created: true });
		const [u] = await t.db.select().from(users).where(eq(users.email, TEAM_EMAIL));
		team = await actorFor(t.db, u.id);
		const [call] = await t.db.select().from(calls).where(eq(calls.slug, 'appel-a-projets-2016'));
		callId = call.id;
		programmeId = call.programmeId;
		rows = await t.db
			.select()
			.from(applications)
			.where(eq(applications.callId, callId))
			.orderBy(asc(applications.createdAt));
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('holds about sixty submitted applications to the 2016 call, numbered in order', async () => {
		expect(rows).toHaveLength(DEMO_APPS.length);
		expect(await t.db.$count(applications)).toBe(rows.length);
		expect(rows.every((r) => SUBMITTED_STATUSES.includes(r.status as ApplicationStatus))).toBe(
			true
		);
		expect(rows.map((r) => r.reference)).toEqual(
			rows.map((_, i) => `TN-2016-${String(i + 1).padStart(4, '0')}`)
		);
		for (const r of rows) {
			expect(r.createdAt.getTime()).toBeGreaterThanOrEqual(WINDOW.opensAt.getTime());
			expect(r.submittedAt!.getTime()).toBeGreaterThan(r.createdAt.getTime());
			expect(r.submittedAt!.getTime()).toBeLessThan(WINDOW.closesAt.getTime());
		}
		// Spread over the open period, not bunched on one day.
		const days = new Set(rows.map((r) => r.submittedAt!.toISOString().slice(0, 10)));
		expect(days.size).toBeGreaterThan(30);
		// No e-mail for any of them.
		expect(await t.db.$count(outbox)).toBe(0);
	});

	it('comes from all 18 regions and every applicant type, as the team’s filters see them', async () => {
		const orgs = await t.db
			.select()
			.from(organisations)
			.where(
				inArray(
					organisations.id,
					rows.map((r) => r.organisationId!)
				)
			);
		expect(orgs).toHaveLength(rows.length);
		expect(new Set(orgs.map((o) => o.regionCode))).toEqual(new Set(REGIONS.map((r) => r.code)));
		expect(new Set(orgs.map((o) => o.type))).toEqual(new Set(ORGANISATION_TYPES));
		for (const o of orgs) {
			expect(o.regionCode).toBe(regionFromPostalCode(o.postalCode));
			if (o.siret) expect(checkSiret(o.siret).ok).toBe(true);
			else expect(SIRET_REQUIRED_TYPES).not.toContain(o.type);
		}
		const mayotte = await listApplications(t.db, team, { call: callId, region: '06' });
		expect(mayotte.items).toHaveLength(orgs.filter((o) => o.regionCode === '06').length);
		expect(mayotte.items.length).toBeGreaterThan(0);
		const freelancers = await listApplications(t.db, team, { call: callId, type: 'freelancer' });
		expect(freelancers.items.length).toBeGreaterThan(0);
		expect(freelancers.items.every((i) => i.organisation?.type === 'freelancer')).toBe(true);
	});

	it('answers its form version validly and completely, with the search text of a real save', async () => {
		const lists = await formListsOf(t.db, anonymous, programmeId);
		const typologies = new Set<string>();
		for (const r of rows) {
			const app = (await findApplication(t.db, r.id))!;
			const def = app.form.definition;
			const checked = validateAnswers(def, app.answers, lists);
			expect(checked.errors, r.title).toEqual({});
			expect(checked.dropped).toEqual([]);
			expect(checked.answers).toEqual(app.answers);
			expect(missingAnswers(def, app.answers)).toEqual([]);
			expect(app.answers.titre).toBe(r.title);
			expect(r.searchText).toBe(
				searchTextOf(def, r.title, app.answers, app.organisation!.legalName)
			);
			for (const v of app.answers.typologie as string[]) typologies.add(v);
		}
		expect(typologies.size).toBe(5);
	});

	it('has about half screened by the team, with reasons, before the selection phase', async () => {
		const [teamUser] = await t.db.select().from(users).where(eq(users.email, TEAM_EMAIL));
		const byStatus = (s: string) => rows.filter((r) => r.status === s).length;
		const screened = rows.filter((r) => r.status !== 'submitted');
		expect(screened.length).toBeGreaterThanOrEqual(rows.length * 0.4);
		expect(screened.length).toBeLessThanOrEqual(rows.length * 0.6);
		expect(byStatus('eligible')).toBeGreaterThan(5);
		expect(byStatus('ineligible')).toBeGreaterThanOrEqual(3);
		expect(byStatus('under_review')).toBeGreaterThan(3);

		const all = await t.db
			.select()
			.from(applicationTransitions)
			.where(
				inArray(
					applicationTransitions.applicationId,
					rows.map((r) => r.id)
				)
			)
			.orderBy(asc(applicationTransitions.at), asc(applicationTransitions.id));
		for (const r of rows) {
			const steps = all.filter((s) => s.applicationId === r.id);
			const [submitted, ...team] = steps;
			expect(submitted).toMatchObject({ fromStatus: 'draft', toStatus: 'submitted', reason: null });
			expect(submitted.actorId).toBe(r.createdBy);
			expect(submitted.at).toEqual(r.submittedAt);
			let status: ApplicationStatus = 'submitted';
			let last = r.submittedAt!;
			for (const s of team) {
				expect(s.fromStatus).toBe(status);
				expect(() => transition(status, s.toStatus as ApplicationStatus, 'team')).not.toThrow();
				expect(s.actorId).toBe(teamUser.id);
				expect(s.reason?.trim()).toBeTruthy();
				expect(s.at.getTime()).toBeGreaterThan(last.getTime());
				expect(s.at.getTime()).toBeLessThan(WINDOW.screeningEnds.getTime());
				status = s.toStatus as ApplicationStatus;
				last = s.at;
			}
			expect(status).toBe(r.status);
			expect(r.updatedAt).toEqual(last);
		}
		// Every step audited, at its date, by its actor.
		const audited = await t.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityType, 'application'));
		expect(audited.filter((e) => e.action === 'application.submit')).toHaveLength(rows.length);
		expect(audited).toHaveLength(all.length);
		for (const s of all.filter((x) => x.toStatus !== 'submitted')) {
			expect(audited).toContainEqual(
				expect.objectContaining({
					action: `application.status.${s.toStatus}`,
					entityId: s.applicationId,
					actorId: teamUser.id,
					at: s.at
				})
			);
		}

		// The team's application page tells the story.
		const screenedTwice = rows.find((r) => r.status === 'under_review')!;
		const page = await getApplication(t.db, team, screenedTwice.id);
		expect(page.history.map((h) => h.toStatus)).toEqual(['submitted', 'eligible', 'under_review']);
		expect(page.history.slice(1).every((h) => h.actorName === 'Claire Martin')).toBe(true);
		expect(page.missingAnswers).toEqual([]);
		expect(page.eligibility.blocking).toEqual([]);
	});

	it('flags a few for review, exactly as the call’s eligibility rules find', async () => {
		const [call] = await t.db.select().from(calls).where(eq(calls.id, callId));
		const flagged = rows.filter((r) => Array.isArray(r.flags) && r.flags.length > 0);
		expect(flagged.length).toBeGreaterThanOrEqual(3);
		expect(flagged.length).toBeLessThanOrEqual(8);
		expect(flagged.some((r) => r.status === 'submitted')).toBe(true);
		for (const r of rows) {
			const app = (await findApplication(t.db, r.id))!;
			const found = evaluateEligibility(call.eligibilityRules as never, {
				organisation: {
					type: app.organisation!.type as OrganisationType,
					headcountBand: app.organisation!.headcountBand as HeadcountBand,
					region: app.organisation!.regionCode
				},
				answers: app.answers,
				definition: app.form.definition
			});
			expect(found.blocking).toEqual([]);
			expect(r.flags).toEqual(found.review);
		}
		const list = await listApplications(t.db, team, { call: callId, limit: 100 });
		expect(list.items.filter((i) => i.flagCount > 0)).toHaveLength(flagged.length);
	});

	it('finds « charges de travail » with the French full-text search', async () => {
		const literal = rows.filter((r) => /charges? de travail/i.test(r.searchText));
		expect(rows.filter((r) => r.searchText.includes('charges de travail')).length).toBeGreaterThan(
			2
		);
		const found = await listApplications(t.db, team, {
			call: callId,
			q: 'charges de travail',
			limit: 100
		});
		const ids = new Set(found.items.map((i) => i.id));
		expect(ids.size).toBeLessThan(rows.length);
		for (const r of literal) expect(ids.has(r.id), r.title).toBe(true);
		for (const r of rows.filter((x) => ids.has(x.id))) {
			expect(r.searchText).toMatch(/charg/i);
			expect(r.searchText).toMatch(/travail/i);
		}
		// The organisation's name is searched too.
		const byName = await listApplications(t.db, team, { call: callId, q: 'Zarlor' });
		expect(byName.items.map((i) => i.title)).toEqual([
			'Zarlor : reconnaître les compétences informelles par des badges numériques'
		]);
	});

	it('froze one snapshot per submission, with a few real PDF attachments in the storage', async () => {
		const snapshots = await t.db.select().from(applicationSnapshots);
		expect(snapshots).toHaveLength(rows.length);
		const files = await t.db.select().from(attachments);
		expect(files.length).toBeGreaterThanOrEqual(3);
		expect(files.length).toBeLessThanOrEqual(6);
		for (const r of rows) {
			const app = (await findApplication(t.db, r.id))!;
			const snap = snapshots.filter((s) => s.applicationId === r.id);
			expect(snap).toHaveLength(1);
			expect(snap[0].submittedAt).toEqual(r.submittedAt);
			expect(snap[0].formVersionId).toBe(r.formVersionId);
			expect(snap[0].answers).toEqual(r.answers);
			expect(snap[0].organisation).toEqual(presentOrganisation(app.organisation!));
			const own = files.filter((f) => f.applicationId === r.id);
			expect((snap[0].attachments as { id: string }[]).map((a) => a.id)).toEqual(
				own.map((f) => f.id)
			);
			expect(
				((app.answers.presentation as { attachmentId: string }[]) ?? []).map((f) => f.attachmentId)
			).toEqual(own.map((f) => f.id));
		}
		for (const f of files) {
			const owner = rows.find((r) => r.id === f.applicationId)!;
			expect(f.createdAt.getTime()).toBeLessThan(owner.submittedAt!.getTime());
			expect(f.questionKey).toBe('presentation');
			const download = await getAttachmentFile(t.services, team, f.id);
			expect(download.fileName).toMatch(/\.pdf$/);
			expect(download.bytes.length).toBe(f.size);
			expect(detectFileType(download.bytes)?.mime).toBe('application/pdf');
			expect(pdfProblems(download.bytes)).toEqual([]);
		}
		// Frozen: the database refuses to change a snapshot.
		await expect(
			t.db.execute(sql`update application_snapshots set answers = '{}'::jsonb`)
		).rejects.toThrow();
	});

	it('gives each its holders, who cannot sign in; the demo holder has one 2016 application', async () => {
		const holders = await t.db
			.select()
			.from(users)
			.where(
				inArray(
					users.email,
					DEMO_HOLDERS.map((h) => h.email)
				)
			);
		expect(holders).toHaveLength(DEMO_HOLDERS.length);
		for (const h of holders) {
			expect(h.passwordHash).toBeNull();
			expect(h.emailVerifiedAt).not.toBeNull();
			expect(DEMO_ACCOUNTS.map((a) => a.email as string)).not.toContain(h.email);
		}
		// Holders hold no role: the demo accounts' roles, and the demo jury members'.
		expect(await t.db.$count(roleAssignments)).toBe(DEMO_ACCOUNTS.length + 1 + DEMO_JURORS.length);
		await expect(
			logIn({ ...t.services, demo: true }, anonymous, {
				email: holders[0].email,
				password: DEMO_PASSWORD
			})
		).rejects.toThrow();

		const members = await t.db.select().from(applicationMembers);
		for (const r of rows) {
			const own = members.filter((m) => m.applicationId === r.id);
			expect(own.filter((m) => m.role === 'owner').map((m) => m.userId)).toEqual([r.createdBy]);
		}
		expect(members.filter((m) => m.role === 'coholder').length).toBeGreaterThan(0);

		const [demoHolder] = await t.db.select().from(users).where(eq(users.email, HOLDER_EMAIL));
		const mine = await listApplications(t.db, await actorFor(t.db, demoHolder.id));
		expect(mine.items).toHaveLength(1);
		expect(mine.items[0].callTitle).toBe('Appel à projets 2016');
		expect(SUBMITTED_STATUSES).toContain(mine.items[0].status);
		// A generated holder sees their own application only.
		const someone = await actorFor(t.db, holders[0].id);
		const theirs = await listApplications(t.db, someone);
		expect(theirs.items.length).toBeGreaterThan(0);
		expect(
			theirs.items.every((i) =>
				members.some((m) => m.applicationId === i.id && m.userId === holders[0].id)
			)
		).toBe(true);
	});

	it('changes nothing when seeded again', async () => {
		const before = await counts();
		expect(await seedDemo(t.services)).toEqual({ created: false });
		expect(await ensureDemoData(t.services)).toBe(false);
		expect(await counts()).toEqual(before);
	});
});

describe.each(backends)('demo regional partners (%s)', (backend) => {
	let t: TestDatabase;
	let team: UserActor;
	let partner: UserActor;
	let programmeId: string;
	const PARTNER_EMAIL = 'aract-bretagne@transformateur.test';

	beforeAll(async () => {
		t = await freshDatabase(backend);
		expect(await seedDemo(t.services)).toEqual({ created: true });
		const [u] = await t.db.select().from(users).where(eq(users.email, TEAM_EMAIL));
		team = await actorFor(t.db, u.id);
		const [p] = await t.db.select().from(users).where(eq(users.email, PARTNER_EMAIL));
		partner = await actorFor(t.db, p.id);
		programmeId = (
			await t.db.select().from(programmes).where(eq(programmes.slug, DEMO_PROGRAMME_SLUG))
		)[0].id;
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('has one partner per region, Aract Bretagne with the demo account as its member', async () => {
		const list = await listPartners(t.db, team, programmeId);
		expect(list).toHaveLength(REGIONS.length);
		expect(
			list
				.map((p) => p.regions.map((r) => r.code))
				.flat()
				.sort()
		).toEqual(REGIONS.map((r) => r.code).sort());
		expect(list.every((p) => !p.archived && /^(Aract|Anact — délégation) /.test(p.name))).toBe(
			true
		);
		expect(list.map((p) => p.name)).toContain('Anact — délégation Mayotte');
		const bretagne = list.find((p) => p.name === DEMO_PARTNER_NAME)!;
		expect(bretagne.regions).toEqual([{ code: '53', name: 'Bretagne' }]);
		expect(bretagne.members.map((m) => m.email)).toEqual([PARTNER_EMAIL]);
		expect(list.filter((p) => p.members.length > 0)).toHaveLength(1);
		// Its grant names the partner; no region granted by hand is left.
		const grants = await t.db
			.select()
			.from(roleAssignments)
			.where(eq(roleAssignments.role, 'regional_partner'));
		expect(grants.map((g) => [g.userId, g.regionCode, g.partnerId])).toEqual([
			[partner.userId, '53', bretagne.id]
		]);
		expect((await listMyPartners(t.db, partner)).map((p) => p.name)).toEqual([DEMO_PARTNER_NAME]);
	});

	it('gives Aract Bretagne a handful of prospects with contacts and two invitations, no e-mail', async () => {
		const [bretagne] = await t.db
			.select()
			.from(partners)
			.where(eq(partners.name, DEMO_PARTNER_NAME));
		const list = await listProspects(t.db, partner, bretagne.id);
		expect(list.length).toBe(DEMO_PROSPECTS.length);
		expect(list.length).toBeGreaterThanOrEqual(6);
		expect(list.length).toBeLessThanOrEqual(8);
		expect(list.every((p) => p.regionCode === '53' && p.call !== null)).toBe(true);
		expect(list.every((p) => !p.email || p.email.endsWith('transformateur.test'))).toBe(true);
		expect(list.filter((p) => p.stage === 'invited')).toHaveLength(2);
		expect(list.filter((p) => p.stage === 'prospect')).toHaveLength(list.length - 2);
		expect(await t.db.$count(prospectContacts)).toBeGreaterThanOrEqual(list.length);
		expect(await t.db.$count(referrals)).toBe(2);
		expect(await t.db.$count(outbox)).toBe(0);
		const overview = await getPartnerOverview(t.db, partner, bretagne.id);
		expect(overview.dueSoon.length).toBeGreaterThan(0);
		// Other partners see none of them.
		const [other] = await t.db.select().from(partners).where(eq(partners.name, 'Aract Normandie'));
		expect(await listProspects(t.db, team, other.id)).toEqual([]);
		expect(DEMO_PARTNERS).toHaveLength(18);
	});

	it('seeds the partners on their own on a demo seeded before they existed, once', async () => {
		const before = {
			partners: await t.db.$count(partners),
			prospects: await t.db.$count(prospects),
			roles: await t.db.$count(roleAssignments)
		};
		// The demo as it was: no partner, the region granted by hand.
		await t.db.delete(partners);
		await t.db.insert(roleAssignments).values({
			userId: partner.userId,
			programmeId,
			role: 'regional_partner',
			regionCode: '53'
		});
		expect(await t.db.$count(prospects)).toBe(0);

		expect(await ensureDemoData(t.services)).toBe(false);
		expect({
			partners: await t.db.$count(partners),
			prospects: await t.db.$count(prospects),
			roles: await t.db.$count(roleAssignments)
		}).toEqual(before);
		const again = await actorFor(t.db, partner.userId);
		expect(again.roles.filter((r) => r.role === 'regional_partner')).toHaveLength(1);
		expect(again.roles.find((r) => r.role === 'regional_partner')!.partnerId).toBeTruthy();

		expect(await seedDemo(t.services)).toEqual({ created: false });
		expect(await t.db.$count(partners)).toBe(before.partners);
		expect(await t.db.$count(prospects)).toBe(before.prospects);
	});
});

describe.each(backends)('demo jury (%s)', (backend) => {
	let t: TestDatabase;
	let team: UserActor;
	let juror: UserActor;
	let callId: string;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		expect(await seedDemo(t.services)).toEqual({ created: true });
		const [u] = await t.db.select().from(users).where(eq(users.email, TEAM_EMAIL));
		team = await actorFor(t.db, u.id);
		const [j] = await t.db.select().from(users).where(eq(users.email, DEMO_JUROR_EMAIL));
		juror = await actorFor(t.db, j.id);
		callId = (await t.db.select().from(calls).where(eq(calls.title, 'Appel à projets 2016')))[0].id;
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('gives the 2016 call the default grid, settings and a jury of six plus one invitation', async () => {
		const setup = await getJurySetup(t.db, team, callId);
		expect(setup.grid).toEqual(defaultGrid());
		expect(setup.settings).toMatchObject({ reviewsPerApplication: 3, shortlistTarget: 12 });
		expect(setup.settings.reviewDeadline).toBe('2016-12-02T17:00:00.000Z');

		const members = await listJuryMembers(t.db, team, callId);
		expect(members.map((m) => [m.email, m.state])).toEqual([
			[DEMO_JUROR_EMAIL, 'accepted'],
			...DEMO_JURORS.map((m) => [m.email, 'accepted']),
			[DEMO_PENDING_JUROR, 'invited']
		]);
		expect(members[0].name).toBe('Sophie Bernard');
		expect(members.every((m) => m.expertise.length > 0)).toBe(true);
		expect(members.every((m) => m.email.endsWith('@transformateur.test'))).toBe(true);
		// Every tag names a term of the programme or a free skill.
		const [p] = await t.db
			.select()
			.from(programmes)
			.where(eq(programmes.slug, DEMO_PROGRAMME_SLUG));
		const terms = await listTerms(t.db, team, p.id);
		const known = new Set([
			...terms.qvct_theme.map((x) => `theme:${x.value}`),
			...terms.typology.map((x) => `typology:${x.value}`)
		]);
		for (const tag of members.flatMap((m) => m.expertise)) {
			expect(tag.startsWith('skill:') || known.has(tag), tag).toBe(true);
		}
		// The fictitious members cannot sign in; the demo sends no e-mail.
		const accounts = await t.db
			.select()
			.from(users)
			.where(
				inArray(
					users.email,
					DEMO_JURORS.map((m) => m.email)
				)
			);
		expect(accounts).toHaveLength(DEMO_JURORS.length);
		expect(accounts.every((a) => a.passwordHash === null)).toBe(true);
		expect(await t.db.$count(outbox)).toBe(0);
	});

	it('shows the demo juror the 2016 call on their page', async () => {
		const mine = await listMyJuryCalls(t.db, juror);
		expect(mine.map((c) => [c.title, c.members])).toEqual([['Appel à projets 2016', 7]]);
	});

	it('seeds the jury on its own on a demo seeded before juries existed, once', async () => {
		const before = await t.db.$count(juryMembers);
		await t.db.delete(juryMembers);
		expect(await ensureDemoData(t.services)).toBe(false);
		expect(await t.db.$count(juryMembers)).toBe(before);
		expect(await seedDemo(t.services)).toEqual({ created: false });
		expect(await t.db.$count(juryMembers)).toBe(before);
	});
});

describe('demo data on an empty database', () => {
	it('ensureDemoData seeds when the marker is absent', async () => {
		const t = await freshDatabase('pglite');
		try {
			expect(await ensureDemoData(t.services)).toBe(true);
			expect(await ensureDemoData(t.services)).toBe(false);
		} finally {
			await t.drop();
		}
	});
});
