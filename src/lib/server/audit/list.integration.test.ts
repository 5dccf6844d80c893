import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { actorFor, createUser } from '../../../../tests/helpers/factories.ts';
import { programmes } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import type { UserActor } from '../accounts/actor.ts';
import { audit } from './log.ts';
import { auditListQuery, listAuditLog } from './list.ts';

describe.each(backends)('audit log (%s)', (backend) => {
	let t: TestDatabase;
	let p: string;
	let q: string;
	let leadP: UserActor;
	let leadQ: UserActor;
	let platform: UserActor;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		const rows = await t.db
			.insert(programmes)
			.values([
				{ name: 'Programme P', slug: 'programme-p' },
				{ name: 'Programme Q', slug: 'programme-q' }
			])
			.returning();
		[p, q] = rows.map((r) => r.id);
		leadP = await actorFor(
			t.db,
			(await createUser(t.db, { name: 'Claire Martin', roles: [{ role: 'team', programmeId: p }] }))
				.id
		);
		leadQ = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: q }] })).id
		);
		platform = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: null }] })).id
		);
		await audit(t.db, leadP, {
			action: 'programme.updated',
			entityType: 'programme',
			entityId: p,
			programmeId: p,
			before: { name: 'Programme P', operators: 'Anact' },
			after: { name: 'Programme P', operators: 'Anact, Fing' }
		});
		for (let i = 0; i < 3; i++) {
			await audit(t.db, leadQ, {
				action: 'cycle.created',
				entityType: 'cycle',
				entityId: `cycle-${i}`,
				programmeId: q,
				after: { name: `Promo ${i}` }
			});
		}
		// A change of leadP's own, outside any programme.
		await audit(t.db, leadP, {
			action: 'account.profile_updated',
			entityType: 'user',
			entityId: leadP.userId,
			before: { name: 'Claire' },
			after: { name: 'Claire Martin' }
		});
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('a team member reads the entries of their programmes and their own, newest first', async () => {
		const { items } = await listAuditLog(t.db, leadP);
		expect(items.map((e) => e.action)).toEqual(['account.profile_updated', 'programme.updated']);
		const [, updated] = items;
		expect(updated).toMatchObject({
			programmeName: 'Programme P',
			actor: { id: leadP.userId, name: 'Claire Martin', label: leadP.email }
		});
		expect(updated.changes).toEqual([{ key: 'operators', before: 'Anact', after: 'Anact, Fing' }]);
		// Filtering on another programme does not widen what one may read.
		expect((await listAuditLog(t.db, leadP, { programmeId: q })).items).toEqual([]);
	});

	it('the platform team reads everything, a page at a time, filtered by kind', async () => {
		const first = await listAuditLog(t.db, platform, { limit: 2 });
		expect(first.items).toHaveLength(2);
		expect(first.nextCursor).not.toBeNull();
		const rest = await listAuditLog(
			t.db,
			platform,
			auditListQuery.parse({ before: first.nextCursor, limit: '10' })
		);
		expect(rest.items).toHaveLength(3);
		expect(rest.nextCursor).toBeNull();
		const ids = [...first.items, ...rest.items].map((e) => e.id);
		expect(ids).toEqual([...ids].sort((a, b) => b - a));

		const cycles = await listAuditLog(t.db, platform, { entityType: 'cycle' });
		expect(cycles.items.map((e) => e.entityId)).toEqual(['cycle-2', 'cycle-1', 'cycle-0']);
	});

	it('values that make no sense in an address are dropped, not failed on', () => {
		expect(
			auditListQuery.parse({ before: 'abc', entityType: "x'; drop", programmeId: 'nope' })
		).toEqual({});
	});

	it('anyone else is told the log does not exist', async () => {
		const juror = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'jury', programmeId: p }] })).id
		);
		await expect(listAuditLog(t.db, juror)).rejects.toBeInstanceOf(NotFound);
		await expect(
			listAuditLog(t.db, { ...leadP, scopes: ['programmes:read'] })
		).rejects.toBeInstanceOf(NotFound);
	});
});
