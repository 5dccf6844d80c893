import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../../../../tests/helpers/factories.ts';
import { anonymous, type UserActor } from '../accounts/actor.ts';
import { queryAuditLog } from '../audit/log.ts';
import { cyclePhases, programmes } from '../db/schema.ts';
import { Forbidden, Invalid, NotFound, Unauthenticated } from '../errors.ts';
import {
	createCycle,
	createProgramme,
	getCycle,
	getProgramme,
	getProgrammeLogo,
	listCycles,
	listOpenCalls,
	listProgrammes,
	updateCycle,
	updateProgramme
} from './index.ts';

const PNG = Uint8Array.from([
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52
]);

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

describe.each(backends)('programmes and cycles (%s)', (backend) => {
	let t: TestDatabase;
	let platform: UserActor;
	beforeAll(async () => {
		t = await freshDatabase(backend);
		const u = await createUser(t.db, { roles: [{ role: 'team', programmeId: null }] });
		platform = await actorFor(t.db, u.id);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('the platform team creates a programme and a cycle with its calendar, all audited', async () => {
		const programme = await createProgramme(t.services, platform, {
			name: 'Transformateur numérique — Bretagne',
			operators: 'Aract Bretagne',
			description: 'Édition régionale.'
		});
		expect(programme.slug).toBe('transformateur-numerique-bretagne');
		expect(programme.hasLogo).toBe(false);
		expect(await getProgramme(t.db, anonymous, programme.slug)).toEqual(programme);

		const cycle = await createCycle(t.services, platform, programme.id, {
			name: 'Promotion 1 — 2016-2017',
			phases: [
				{ kind: 'call_open', startsAt: '2016-09-29T09:00' },
				{ kind: 'call_closed', startsAt: '2016-11-21T12:00' },
				{
					kind: 'selection_session',
					startsAt: '2016-12-08T09:00',
					endsAt: '2016-12-09T18:00+01:00'
				}
			]
		});
		expect(cycle.phases.map((p) => p.kind)).toEqual([
			'call_open',
			'call_closed',
			'selection_session'
		]);
		// Paris wall time: 09:00 in late September is 07:00 UTC.
		expect(cycle.phases[0].startsAt).toBe('2016-09-29T07:00:00.000Z');
		expect(cycle.phases[2].endsAt).toBe('2016-12-09T17:00:00.000Z');
		expect(cycle.currentPhase).toBe('over');
		expect(await getCycle(t.db, anonymous, cycle.id)).toEqual(cycle);

		const [programmeEntry] = await queryAuditLog(t.db, {
			entityType: 'programme',
			entityId: programme.id
		});
		expect(programmeEntry).toMatchObject({
			action: 'programme.create',
			actorId: platform.userId,
			actorLabel: platform.email,
			programmeId: programme.id,
			before: null
		});
		expect(programmeEntry.after).toMatchObject({ name: 'Transformateur numérique — Bretagne' });

		const renamed = await updateCycle(t.services, platform, cycle.id, {
			name: 'Promotion 1',
			phases: []
		});
		expect(renamed.phases).toEqual([]);
		const [update, create] = await queryAuditLog(t.db, { entityType: 'cycle', entityId: cycle.id });
		expect(create.action).toBe('cycle.create');
		expect(update.action).toBe('cycle.update');
		expect(update.before).toMatchObject({ name: 'Promotion 1 — 2016-2017' });
		expect((update.before as { phases: unknown[] }).phases).toHaveLength(3);
		expect(update.after).toMatchObject({ name: 'Promotion 1', phases: [] });
	});

	it('a change that changes nothing leaves no audit entry', async () => {
		const p = await createProgramme(t.services, platform, { name: 'Programme stable' });
		const same = await updateProgramme(t.services, platform, p.id, { name: 'Programme stable' });
		expect(same.updatedAt).toBe(p.updatedAt);
		expect(await queryAuditLog(t.db, { entityId: p.id })).toHaveLength(1);
	});

	it('only the right people may write', async () => {
		const mine = await createTestProgramme(t.db);
		const theirs = await createTestProgramme(t.db);
		const other = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: theirs.id }] })).id
		);
		const jury = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'jury', programmeId: mine.id }] })).id
		);

		// A team member of another programme sees this one (public) but cannot change it.
		expect(
			await rejection(updateProgramme(t.services, other, mine.id, { name: 'Piraté' }))
		).toBeInstanceOf(Forbidden);
		expect(
			await rejection(createCycle(t.services, other, mine.id, { name: 'Promotion pirate' }))
		).toBeInstanceOf(Forbidden);
		// …but may change their own.
		await expect(
			updateProgramme(t.services, other, theirs.id, { operators: 'Aract Normandie' })
		).resolves.toMatchObject({ operators: 'Aract Normandie' });
		// Creating programmes is for the platform team only.
		expect(await rejection(createProgramme(t.services, jury, { name: 'Nouveau' }))).toBeInstanceOf(
			Forbidden
		);
		expect(await rejection(createProgramme(t.services, other, { name: 'Nouveau' }))).toBeInstanceOf(
			Forbidden
		);
		expect(
			await rejection(createProgramme(t.services, anonymous, { name: 'Nouveau' }))
		).toBeInstanceOf(Unauthenticated);
		// A token without the write scope cannot write, even for the platform team.
		expect(
			await rejection(
				createProgramme(t.services, { ...platform, scopes: ['programmes:read'] }, { name: 'X' })
			)
		).toBeInstanceOf(Forbidden);
		// What does not exist is not found.
		expect(
			await rejection(
				updateProgramme(t.services, platform, '00000000-0000-4000-8000-000000000000', {})
			)
		).toBeInstanceOf(NotFound);

		const [row] = await t.db.select().from(programmes).where(eq(programmes.id, mine.id));
		expect(row.name).toBe(mine.name);
		expect(await queryAuditLog(t.db, { programmeId: mine.id })).toHaveLength(0);
	});

	it('a duplicate address is refused on the slug field', async () => {
		await createProgramme(t.services, platform, { name: 'Édition Occitanie' });
		const e = await rejection(createProgramme(t.services, platform, { name: 'Edition occitanie' }));
		expect(e).toBeInstanceOf(Invalid);
		expect((e as Invalid).fields).toEqual({ slug: ['programmes.error.slugTaken'] });
		const other = await createProgramme(t.services, platform, {
			name: 'Edition occitanie',
			slug: 'edition-occitanie-2'
		});
		const e2 = await rejection(
			updateProgramme(t.services, platform, other.id, { slug: 'edition-occitanie' })
		);
		expect((e2 as Invalid).fields.slug).toEqual(['programmes.error.slugTaken']);
	});

	it('an invalid calendar is refused and nothing changes', async () => {
		const p = await createTestProgramme(t.db);
		const c = await createTestCycle(t.db, p.id, {
			name: 'Promotion A',
			phases: [{ kind: 'call_open', startsAt: new Date('2026-09-01T07:00:00Z') }]
		});
		const e = await rejection(
			updateCycle(t.services, platform, c.id, {
				name: 'Promotion B',
				phases: [
					{ kind: 'call_open', startsAt: '2026-09-01T09:00', endsAt: '2026-08-01T09:00' },
					{ kind: 'call_closed', startsAt: '2026-08-15T09:00' }
				]
			})
		);
		expect(e).toBeInstanceOf(Invalid);
		expect((e as Invalid).fields).toEqual({
			'phases.call_open.endsAt': ['programmes.error.endBeforeStart'],
			'phases.call_closed.startsAt': ['programmes.error.startsBefore.call_open']
		});
		const unchanged = await getCycle(t.db, anonymous, c.id);
		expect(unchanged.name).toBe('Promotion A');
		expect(unchanged.phases).toEqual([
			{ kind: 'call_open', startsAt: '2026-09-01T07:00:00.000Z', endsAt: null }
		]);

		const before = (await listCycles(t.db, anonymous, p.id)).length;
		const e2 = await rejection(
			createCycle(t.services, platform, p.id, {
				name: 'Promotion C',
				phases: [{ kind: 'shortlisting', startsAt: '31/12/2026' }]
			})
		);
		expect((e2 as Invalid).fields).toEqual({
			'phases.shortlisting.startsAt': ['programmes.error.dateFormat']
		});
		expect(await listCycles(t.db, anonymous, p.id)).toHaveLength(before);
		expect(await queryAuditLog(t.db, { programmeId: p.id })).toHaveLength(0);
	});

	it('a cycle name is unique within its programme', async () => {
		const p = await createTestProgramme(t.db);
		await createCycle(t.services, platform, p.id, { name: 'Promotion 2027' });
		const e = await rejection(createCycle(t.services, platform, p.id, { name: 'Promotion 2027' }));
		expect((e as Invalid).fields).toEqual({ name: ['programmes.error.cycleNameTaken'] });
	});

	it('lists programmes by name, a page at a time', async () => {
		// Same names: the id breaks the tie, so no programme is skipped or repeated.
		for (let i = 0; i < 3; i++) await createTestProgramme(t.db, { name: 'Programme homonyme' });
		const all: string[] = [];
		let after: string | undefined;
		let pages = 0;
		for (; pages < 50; pages++) {
			const page = await listProgrammes(t.db, anonymous, { after, limit: 2 });
			expect(page.items.length).toBeLessThanOrEqual(2);
			all.push(...page.items.map((p) => p.id));
			if (!page.nextCursor) break;
			after = page.nextCursor;
		}
		expect(pages).toBeGreaterThan(2);
		const single = await listProgrammes(t.db, anonymous, { limit: 100 });
		expect(single.nextCursor).toBeNull();
		expect(all).toEqual(single.items.map((p) => p.id));
		expect(all).toHaveLength(await t.db.$count(programmes));
		expect(new Set(all).size).toBe(all.length);
		expect(await rejection(listProgrammes(t.db, anonymous, { after: 'nope' }))).toBeInstanceOf(
			Invalid
		);
	});

	it('a logo is checked by its bytes, served with its type, and can be removed', async () => {
		const p = await createProgramme(t.services, platform, { name: 'Programme illustré' });
		const text = new TextEncoder().encode('ceci n’est pas une image, malgré son nom logo.png');
		const e = await rejection(updateProgramme(t.services, platform, p.id, {}, { logo: text }));
		expect((e as Invalid).fields).toEqual({ logo: ['programmes.error.logoType'] });
		expect((await getProgramme(t.db, anonymous, p.id)).hasLogo).toBe(false);
		// Every problem is reported at once, and nothing is created.
		const both = await rejection(
			createProgramme(t.services, platform, { name: 'X' }, { logo: text })
		);
		expect(Object.keys((both as Invalid).fields).sort()).toEqual(['logo', 'name']);

		const withLogo = await updateProgramme(t.services, platform, p.id, {}, { logo: PNG });
		expect(withLogo.hasLogo).toBe(true);
		expect(withLogo.logoUrl).toMatch(/^\/programmes\/programme-illustre\/logo\?v=\d+$/);
		const served = await getProgrammeLogo(t.db, anonymous, p.slug);
		expect(served.mime).toBe('image/png');
		expect(Array.from(served.bytes)).toEqual(Array.from(PNG));

		const [entry] = await queryAuditLog(t.db, { entityId: p.id });
		expect(entry.before).toMatchObject({ hasLogo: false, logoMime: null });
		expect(entry.after).toMatchObject({ hasLogo: true, logoMime: 'image/png' });
		expect(JSON.stringify(entry.after)).not.toContain('"logo":');

		const removed = await updateProgramme(t.services, platform, p.id, {}, { logo: null });
		expect(removed.hasLogo).toBe(false);
		expect(await rejection(getProgrammeLogo(t.db, anonymous, p.slug))).toBeInstanceOf(NotFound);
	});

	it('lists open calls with their closing date', async () => {
		const p = await createTestProgramme(t.db, { name: 'Programme ouvert' });
		const now = new Date();
		const day = 24 * 3600_000;
		const open = await createTestCycle(t.db, p.id, {
			phases: [
				{ kind: 'call_open', startsAt: new Date(now.getTime() - 10 * day) },
				{ kind: 'call_closed', startsAt: new Date(now.getTime() + 20 * day) }
			]
		});
		await createTestCycle(t.db, p.id, {
			phases: [
				{ kind: 'call_open', startsAt: new Date(now.getTime() - 30 * day) },
				{ kind: 'call_closed', startsAt: new Date(now.getTime() - 1 * day) }
			]
		});
		const calls = (await listOpenCalls(t.db, anonymous, now)).filter(
			(c) => c.programme.id === p.id
		);
		expect(calls.map((c) => c.cycle.id)).toEqual([open.id]);
		expect(calls[0].programme.name).toBe('Programme ouvert');
		expect(calls[0].closesAt).toBe(new Date(now.getTime() + 20 * day).toISOString());
		const [phase] = await t.db
			.select()
			.from(cyclePhases)
			.where(and(eq(cyclePhases.cycleId, open.id), eq(cyclePhases.kind, 'call_open')));
		expect(phase).toBeTruthy();
	});
});
