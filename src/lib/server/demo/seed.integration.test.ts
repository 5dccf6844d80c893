import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { actorFor } from '../../../../tests/helpers/factories.ts';
import { anonymous, isPlatformTeam, isTeam } from '../accounts/actor.ts';
import { queryAuditLog } from '../audit/log.ts';
import { calls, cycles, formVersions, programmes, roleAssignments, users } from '../db/schema.ts';
import { checkDefinition } from '../calls/form/check.ts';
import { checkEligibilityRules } from '../applications/eligibility.ts';
import { getCurrentForm, listCalls } from '../calls/index.ts';
import { listCycles, listOpenCalls } from '../programmes/index.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { DEMO_PROGRAMME_SLUG, ensureDemoData, seedDemo } from './seed.ts';

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
		expect(await t.db.$count(users)).toBe(DEMO_ACCOUNTS.length);
		// One role per account on the programme, plus the team's platform-wide role.
		expect(await t.db.$count(roleAssignments)).toBe(DEMO_ACCOUNTS.length + 1);
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

		const audited = await queryAuditLog(t.db, { programmeId: programme.id });
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
			expect(actor.roles).toContainEqual({
				role: account.role,
				programmeId: programme.id,
				regionCode: account.role === 'regional_partner' ? '53' : null
			});
			expect(isPlatformTeam(actor)).toBe(account.role === 'team');
			expect(isTeam(actor, programme.id)).toBe(account.role === 'team');
		}
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
