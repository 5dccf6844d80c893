import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, isNotNull, sql } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createUser
} from '../../../../tests/helpers/factories.ts';
import { insertPartner, insertReferral } from '../../../../tests/helpers/opinionsSetup.ts';
import { startReferredApplication } from '../sourcing/referralLink.ts';
import { anonymous } from '../accounts/actor.ts';
import { createApiToken } from '../accounts/apiTokens.ts';
import { audit } from '../audit/log.ts';
import { applications, auditLog, programmes, prospects, referrals, settings } from './schema.ts';
import {
	appTables,
	checkDump,
	countRows,
	dumpDatabase,
	DumpError,
	restoreDatabase,
	type Dump
} from './dump.ts';

/** Some rows in every kind of column: bytea, jsonb, arrays, enums, bigserial, timestamps. */
async function fill(t: TestDatabase) {
	const user = await createUser(t.db, {
		name: 'Zoé « Ünïcode » O’Brien',
		roles: [{ role: 'regional_partner', regionCode: '53' }]
	});
	await createApiToken(t.db, user.id, {
		name: 'jeton',
		scopes: ['programmes:read', 'profile:read']
	});
	const [p] = await t.db
		.insert(programmes)
		.values({
			slug: 'dump',
			name: 'Programme sauvegardé',
			logo: new Uint8Array([0, 1, 2, 250, 255, 10, 13]),
			logoMime: 'image/png'
		})
		.returning();
	await t.db
		.insert(settings)
		.values({ key: 'demo', value: { seeded: true, list: [1, 'deux', null] } });
	for (let i = 0; i < 3; i++) {
		await audit(t.db, anonymous, {
			action: 'test',
			entityType: 'programme',
			entityId: p.id,
			after: { i }
		});
	}
	// Microseconds that a JavaScript Date would lose.
	await t.db.execute(
		sql`update ${programmes} set created_at = '2025-06-01T10:20:30.123456+02:00' where id = ${p.id}`
	);
	// References that go round: an application started from a referral names it, the referral its
	// prospect, the prospect the application.
	const cycle = await createTestCycle(t.db, p.id);
	const { call } = await createTestCall(t.db, p.id, cycle.id);
	const partner = await insertPartner(t.db, p.id, { regionCodes: ['53'] });
	const { token } = await insertReferral(t.db, partner, call.id);
	const holder = await createUser(t.db, { email: 'invitee@exemple.fr' });
	await startReferredApplication(t.services, await actorFor(t.db, holder.id), { token });
	// A row naming a later row of its own table (rows are dumped by id): an application merged
	// into another.
	const [first] = await t.db.select().from(applications);
	const base = { callId: first.callId, formVersionId: first.formVersionId };
	await t.db.insert(applications).values([
		{ ...base, id: 'ffffffff-ffff-4fff-bfff-ffffffffffff', reference: 'DUMP-2' },
		{
			...base,
			id: '00000000-0000-4000-8000-000000000001',
			reference: 'DUMP-1',
			mergedIntoId: 'ffffffff-ffff-4fff-bfff-ffffffffffff'
		}
	]);
	return { user, programme: p };
}

describe('the table list', () => {
	it('holds every table of the schema, parents before children', () => {
		const tables = appTables();
		const names = tables.map((t) => t.name);
		expect(names).toContain('users');
		expect(names).toContain('cycle_phases');
		for (const t of tables) {
			for (const parent of t.parents) {
				expect(names.indexOf(parent), `${parent} avant ${t.name}`).toBeLessThan(
					names.indexOf(t.name)
				);
			}
		}
	});
});

describe('restore refuses what it cannot trust', () => {
	const ok = (): Dump => ({
		format: 'transformateur-dump',
		formatVersion: 1,
		appVersion: '0.1.0',
		migration: { idx: 0, tag: '0000_init', hash: 'x' },
		createdAt: new Date().toISOString(),
		database: 'pglite',
		tables: {}
	});
	it('checks the marker, the format version, the schema, tables and columns', () => {
		expect(() => checkDump(ok())).not.toThrow();
		expect(() => checkDump({ hello: 'world' })).toThrow(/pas une sauvegarde/);
		expect(() => checkDump(null)).toThrow(DumpError);
		expect(() => checkDump({ ...ok(), formatVersion: 2 })).toThrow(/plus récent/);
		expect(() =>
			checkDump({ ...ok(), migration: { idx: 99, tag: '0099_future', hash: 'x' } })
		).toThrow(/schéma plus récent/);
		expect(() => checkDump({ ...ok(), tables: { nope: [] } })).toThrow(/Table inconnue/);
		expect(() => checkDump({ ...ok(), tables: { users: [{ id: 'x', shoe_size: 42 }] } })).toThrow(
			/shoe_size/
		);
		expect(() => checkDump({ ...ok(), tables: { users: 'oops' } })).toThrow(/abîmée/);
	});
});

describe.each(backends)('dump and restore (%s)', (backend) => {
	let source: TestDatabase;
	let target: TestDatabase;
	beforeAll(async () => {
		source = await freshDatabase(backend);
		// Across backends when both are there: PGlite → PostgreSQL, PostgreSQL → PGlite.
		target = await freshDatabase(
			backend === 'postgres' ? 'pglite' : backends.includes('postgres') ? 'postgres' : 'pglite'
		);
	});
	afterAll(async () => {
		await source?.drop();
		await target?.drop();
	});

	it('gives back the same rows, byte for byte, and sequences continue', async () => {
		const { programme } = await fill(source);
		const dump = await dumpDatabase(source.db, source.kind);
		expect(dump.format).toBe('transformateur-dump');
		expect(dump.migration.tag).toMatch(/^\d{4}_/);
		expect(dump.tables.programmes[0].logo).toBe(
			Buffer.from([0, 1, 2, 250, 255, 10, 13]).toString('base64')
		);
		expect(dump.tables.programmes[0].created_at).toBe('2025-06-01T08:20:30.123456+00:00');

		// Something already there is replaced.
		await createUser(target.db, { email: 'remplacee@exemple.fr' });
		const counts = await restoreDatabase(target.db, JSON.parse(JSON.stringify(dump)));
		expect(counts).toEqual(await countRows(target.db));
		expect(counts.users).toBe(2);
		// Three entries written here, two by the application started from the referral.
		expect(counts.audit_log).toBe(5);

		const again = await dumpDatabase(target.db, target.kind);
		expect(again.tables).toEqual(dump.tables);
		// The references that go round are back too.
		const [app] = await target.db
			.select()
			.from(applications)
			.where(isNotNull(applications.referralId));
		const [merged] = await target.db
			.select()
			.from(applications)
			.where(eq(applications.reference, 'DUMP-1'));
		expect(merged.mergedIntoId).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
		const [referral] = await target.db.select().from(referrals);
		const [prospect] = await target.db.select().from(prospects);
		expect(app.referralId).toBe(referral.id);
		expect(referral.applicationId).toBe(app.id);
		expect(prospect.applicationId).toBe(app.id);

		const [p] = await target.db.select().from(programmes).where(eq(programmes.id, programme.id));
		expect([...(p.logo ?? [])]).toEqual([0, 1, 2, 250, 255, 10, 13]);
		const [s] = await target.db.select().from(settings);
		expect(s.value).toEqual({ seeded: true, list: [1, 'deux', null] });

		// The audit log's bigserial goes on after the restored ids.
		await audit(target.db, anonymous, { action: 'after', entityType: 'x', entityId: 'y' });
		const ids = (await target.db.select({ id: auditLog.id }).from(auditLog)).map((r) => r.id);
		expect(new Set(ids).size).toBe(6);
		expect(Math.max(...ids)).toBe(Math.max(...dump.tables.audit_log.map((r) => Number(r.id))) + 1);
	});

	it('a restore that fails changes nothing', async () => {
		const before = await dumpDatabase(target.db, target.kind);
		const broken = JSON.parse(JSON.stringify(before)) as Dump;
		// A role for a user that the dump does not hold: the foreign key refuses it.
		broken.tables.role_assignments = [
			{
				...broken.tables.role_assignments[0],
				id: crypto.randomUUID(),
				user_id: crypto.randomUUID()
			}
		];
		await expect(restoreDatabase(target.db, broken)).rejects.toThrow();
		const after = await dumpDatabase(target.db, target.kind);
		expect(after.tables).toEqual(before.tables);
	});
});
