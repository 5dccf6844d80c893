/**
 * The team's assignment page, called as SvelteKit calls it (its `load` and form actions, plain
 * POST as without JavaScript), on each backend: preview, apply, lock, remove, add by hand (with
 * a French error next to the field); anyone else gets 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { pageRunner } from '../helpers/pages.ts';
import { apiHarness } from '../helpers/api.ts';
import { juryScenario, type JuryScenario } from '../helpers/conflictsSetup.ts';
import type { App } from '#lib/server/app.ts';
import { eq } from 'drizzle-orm';
import { juryMembers, reviewAssignments, reviewConflicts } from '#lib/server/db/schema.ts';
import { refreshAutomaticConflicts } from '#lib/server/review/conflictRefresh.ts';
import * as assignPage from '../../src/routes/admin/programmes/[id]/appels/[callId]/affectation/+page.server.ts';

type PageData = {
	applications: { id: string; reviewers: { id: string; locked: boolean }[] }[];
	reviewers: { id: string; load: number; max: number }[];
	preview: null | {
		fingerprint: string;
		filled: number;
		demand: number;
		applications: { reviewers: { reasons: unknown[] }[] }[];
	};
	applied: null | { added: number; removed: number; notified: number };
};

describe.each(backends)('assignment page (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let s: JuryScenario;

	const run = pageRunner(() => app);
	const pagePath = () => `/admin/programmes/${s.programmeId}/appels/${s.callId}/affectation`;
	const params = () => ({ id: s.programmeId, callId: s.callId });

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		s = await juryScenario(t.db);
		await t.db.update(juryMembers).set({ maxReviews: 3 });
		await refreshAutomaticConflicts(t.services, s.team, s.callId);
	});
	afterAll(async () => t?.drop());

	it('previews, then applies from the page', async () => {
		const first = (await run(assignPage.load, s.team, pagePath(), params())).data as PageData;
		expect(first.preview).toBeNull();
		expect(first.applications).toHaveLength(5);

		const shown = (await run(assignPage.load, s.team, `${pagePath()}?apercu=1`, params()))
			.data as PageData;
		expect(shown.preview).toMatchObject({ filled: 15, demand: 15 });

		const applied = await run(assignPage.actions.apply, s.team, `${pagePath()}?/apply`, params(), [
			['fingerprint', shown.preview!.fingerprint]
		]);
		expect(applied.status).toBe(303);
		const after = (
			await run(
				assignPage.load,
				s.team,
				`${pagePath()}?${applied.location!.split('?')[1]}`,
				params()
			)
		).data as PageData;
		expect(after.applied).toMatchObject({ added: 15, removed: 0 });
		expect(after.applications.every((a) => a.reviewers.length === 3)).toBe(true);

		const stale = await run(assignPage.actions.apply, s.team, `${pagePath()}?/apply`, params(), [
			['fingerprint', '0'.repeat(32)]
		]);
		expect(stale.status).toBe(409);
		expect((stale.data as { message: string }).message).toMatch(/a changé depuis l’aperçu/);
	});

	it('locks, removes and adds by hand, with field errors in French', async () => {
		const [one] = await t.db.select().from(reviewAssignments);
		const locked = await run(assignPage.actions.lock, s.team, pagePath(), params(), [
			['assignmentId', one.id],
			['locked', 'true']
		]);
		expect(locked.location).toContain('notice=locked');
		const removed = await run(assignPage.actions.remove, s.team, pagePath(), params(), [
			['assignmentId', one.id]
		]);
		expect(removed.location).toContain('notice=removed');
		expect(await t.db.$count(reviewAssignments)).toBe(14);

		const refused = await run(assignPage.actions.add, s.team, pagePath(), params(), [
			['juryMemberId', s.jurors.holder.memberId],
			['applicationId', s.apps.held]
		]);
		expect(refused.status).toBe(400);
		expect((refused.data as { fields: Record<string, string[]> }).fields.applicationId[0]).toMatch(
			/conflit d’intérêts/
		);
		const empty = await run(assignPage.actions.add, s.team, pagePath(), params(), [
			['juryMemberId', ''],
			['applicationId', '']
		]);
		expect(empty.status).toBe(400);
		expect(await t.db.$count(reviewAssignments)).toBe(14);

		const added = await run(assignPage.actions.add, s.team, pagePath(), params(), [
			['juryMemberId', one.juryMemberId],
			['applicationId', one.applicationId],
			['locked', 'on']
		]);
		expect(added.location).toContain('notice=added');
		const page = (await run(assignPage.load, s.team, pagePath(), params())).data as PageData;
		const app = page.applications.find((a) => a.id === one.applicationId)!;
		expect(app.reviewers.filter((r) => r.locked)).toHaveLength(1);
	});

	it('hands a review to another member from its row; a refusal names the row’s field', async () => {
		const [one] = await t.db.select().from(reviewAssignments);
		const same = await run(assignPage.actions.swap, s.team, pagePath(), params(), [
			['assignmentId', one.id],
			['juryMemberId', one.juryMemberId]
		]);
		expect(same.status).toBe(400);
		const data = same.data as { fields: Record<string, string[]>; values: Record<string, string> };
		expect(Object.keys(data.fields)).toEqual(['swapMember']);
		expect(data.values.assignmentId).toBe(one.id);
		await t.db.update(juryMembers).set({ maxReviews: 99 });
		const page = (await run(assignPage.load, s.team, pagePath(), params())).data as {
			applications: { id: string; reviewers: { juryMemberId: string }[] }[];
			reviewers: { id: string }[];
		};
		const onIt = page.applications.find((a) => a.id === one.applicationId)!.reviewers;
		const conflicts = await t.db.select().from(reviewConflicts);
		const taker = page.reviewers.find(
			(m) =>
				!onIt.some((r) => r.juryMemberId === m.id) &&
				!conflicts.some((c) => c.juryMemberId === m.id && c.applicationId === one.applicationId)
		)!;
		const swapped = await run(assignPage.actions.swap, s.team, pagePath(), params(), [
			['assignmentId', one.id],
			['juryMemberId', taker.id]
		]);
		expect(swapped.location).toContain('notice=swapped');
		const now = await t.db
			.select()
			.from(reviewAssignments)
			.where(eq(reviewAssignments.applicationId, one.applicationId));
		expect(now.map((r) => r.juryMemberId)).toContain(taker.id);
		expect(now.map((r) => r.id)).not.toContain(one.id);
		expect(now).toHaveLength(onIt.length);
		await t.db.update(juryMembers).set({ maxReviews: 3 });
	});

	it('anyone but the team, or another programme in the address, gets 404', async () => {
		for (const who of [s.actors.clean, s.actors.applicant, s.actors.partnerOnly]) {
			expect((await run(assignPage.load, who, pagePath(), params())).status).toBe(404);
			const r = await run(assignPage.actions.apply, who, pagePath(), params(), []);
			expect([403, 404]).toContain(r.status);
		}
		const wrong = { id: '00000000-0000-4000-8000-000000000000', callId: s.callId };
		expect((await run(assignPage.load, s.team, pagePath(), wrong)).status).toBe(404);
	});
});
