/**
 * The bidding page of a juror and the team's conflicts page, called as SvelteKit calls them
 * (their `load` and form actions, plain POST as without JavaScript), on each backend: the juror
 * saves bids and declares a conflict in one form, sees field errors next to the right
 * application; the team recomputes, sets and removes conflicts; anyone else gets 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { pageRunner } from '../helpers/pages.ts';
import { apiHarness } from '../helpers/api.ts';
import { insertApplication, juryScenario, type JuryScenario } from '../helpers/conflictsSetup.ts';
import { createUser } from '../helpers/factories.ts';
import type { App } from '#lib/server/app.ts';
import { eq } from 'drizzle-orm';
import { formVersions, reviewBids } from '#lib/server/db/schema.ts';
import { isConflicted } from '#lib/server/review/conflictQueries.ts';
import * as bidsPage from '../../src/routes/jury/appels/[callId]/souhaits/+page.server.ts';
import * as conflictsPage from '../../src/routes/admin/programmes/[id]/appels/[callId]/conflits/+page.server.ts';

describe.each(backends)('bidding and conflicts pages (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let s: JuryScenario;

	const run = pageRunner(() => app);
	const bidsPath = () => `/jury/appels/${s.callId}/souhaits`;
	const adminPath = () => `/admin/programmes/${s.programmeId}/appels/${s.callId}/conflits`;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		s = await juryScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('the team recomputes the automatic conflicts from its page', async () => {
		const params = { id: s.programmeId, callId: s.callId };
		const r = await run(conflictsPage.actions.refresh, s.team, adminPath(), params, []);
		expect(r.status).toBe(303);
		expect(r.location).toContain('notice=refreshed');
		expect(r.location).toContain('ajoutes=4');
		const page = (
			await run(conflictsPage.load, s.team, `${adminPath()}?${r.location!.split('?')[1]}`, params)
		).data as { conflicts: { source: string }[]; refreshed: unknown };
		expect(page.conflicts).toHaveLength(4);
		expect(page.refreshed).toEqual({ added: 4, removed: 0, total: 4 });
	});

	it('a juror saves bids and a conflict in one form, without JavaScript', async () => {
		const params = { callId: s.callId };
		const before = (await run(bidsPage.load, s.actors.org, bidsPath(), params)).data as {
			applications: { id: string }[];
		};
		expect(before.applications.map((a) => a.id)).not.toContain(s.apps.beta);

		const refused = await run(bidsPage.actions.save, s.actors.org, `${bidsPath()}?/save`, params, [
			['application', s.apps.gmail],
			['level-' + s.apps.gmail, 'eager'],
			['application', s.apps.alpha],
			['level-' + s.apps.alpha, 'conflict'],
			['reason-' + s.apps.alpha, ''],
			['application', s.apps.held]
		]);
		expect(refused.status).toBe(400);
		const fields = (refused.data as { fields: Record<string, string[]> }).fields;
		expect(fields[`reason-${s.apps.alpha}`][0]).toMatch(/raison du conflit/);
		expect(await t.db.$count(reviewBids)).toBe(0);

		const saved = await run(bidsPage.actions.save, s.actors.org, `${bidsPath()}?/save`, params, [
			['application', s.apps.gmail],
			['level-' + s.apps.gmail, 'eager'],
			['application', s.apps.alpha],
			['level-' + s.apps.alpha, 'conflict'],
			['reason-' + s.apps.alpha, 'J’y ai travaillé en 2024.'],
			['application', s.apps.held]
		]);
		expect(saved).toMatchObject({ status: 303 });
		expect(saved.location).toContain('notice=saved');
		expect(await isConflicted(t.db, s.jurors.org.memberId, s.apps.alpha)).toBe(true);
		const after = (await run(bidsPage.load, s.actors.org, bidsPath(), params)).data as {
			applications: { id: string; bid: string | null }[];
			counts: { done: number; toDo: number };
			declared: { id: string }[];
		};
		expect(after.applications.map((a) => a.id)).not.toContain(s.apps.alpha);
		expect(after.applications.find((a) => a.id === s.apps.gmail)?.bid).toBe('eager');
		expect(after.counts).toEqual({ done: 1, toDo: 2 });

		const withdrawn = await run(bidsPage.actions.withdraw, s.actors.org, bidsPath(), params, [
			['conflictId', after.declared[0].id]
		]);
		expect(withdrawn.status).toBe(303);
		expect(await isConflicted(t.db, s.jurors.org.memberId, s.apps.alpha)).toBe(false);
	});

	it('the team sets and removes a conflict from its page; field errors in French', async () => {
		const params = { id: s.programmeId, callId: s.callId };
		const bad = await run(conflictsPage.actions.add, s.team, adminPath(), params, [
			['juryMemberId', ''],
			['applicationId', s.apps.gmail],
			['reason', 'Une raison valable.']
		]);
		expect(bad.status).toBe(400);
		expect((bad.data as { fields: Record<string, string[]> }).fields.juryMemberId[0]).toMatch(
			/membre du jury/
		);
		const ok = await run(conflictsPage.actions.add, s.team, adminPath(), params, [
			['juryMemberId', s.jurors.clean.memberId],
			['applicationId', s.apps.gmail],
			['reason', 'Une raison valable.']
		]);
		expect(ok.status).toBe(303);
		const page = (await run(conflictsPage.load, s.team, adminPath(), params)).data as {
			conflicts: { id: string; source: string }[];
			members: { counts: { eager: number } }[];
		};
		const team = page.conflicts.find((c) => c.source === 'team')!;
		const removed = await run(conflictsPage.actions.remove, s.team, adminPath(), params, [
			['conflictId', team.id]
		]);
		expect(removed.status).toBe(303);
		expect(await isConflicted(t.db, s.jurors.clean.memberId, s.apps.gmail)).toBe(false);
	});

	it('pages a long list of applications, keeping the page through a save', async () => {
		const [form] = await t.db
			.select({ id: formVersions.id })
			.from(formVersions)
			.where(eq(formVersions.callId, s.callId));
		const holder = await createUser(t.db, { name: 'Paul Nombreux' });
		for (let i = 0; i < 25; i++) {
			await insertApplication(
				t.db,
				{ callId: s.callId, formVersionId: form.id },
				{ title: `Projet en nombre ${i}`, status: 'eligible', holders: [holder] }
			);
		}
		type Listing = {
			applications: { id: string }[];
			pagination: { page: number; pages: number; total: number };
		};
		const params = { callId: s.callId };
		const load = async (query: string) =>
			(await run(bidsPage.load, s.actors.clean, `${bidsPath()}${query}`, params)).data as Listing;
		const first = await load('');
		expect(first.applications).toHaveLength(bidsPage._PER_PAGE);
		const total = first.pagination.total;
		expect(total).toBeGreaterThan(25);
		expect(first.pagination).toEqual({ page: 1, pages: Math.ceil(total / 20), total });
		const second = await load('?page=2');
		expect(second.pagination.page).toBe(2);
		expect(second.applications.map((a) => a.id)).not.toContain(first.applications[0].id);
		// Out of range or not a number: the nearest page, never an error.
		expect((await load('?page=999')).pagination.page).toBe(first.pagination.pages);
		expect((await load('?page=abc')).pagination.page).toBe(1);

		const id = second.applications[0].id;
		const saved = await run(
			bidsPage.actions.save,
			s.actors.clean,
			`${bidsPath()}?/save&page=2`,
			params,
			[
				['application', id],
				[`level-${id}`, 'willing']
			]
		);
		expect(saved.status).toBe(303);
		expect(saved.location).toContain('page=2');
		expect(saved.location).toContain('notice=saved');
	});

	it('anyone else gets 404 on both pages; the team only under its programme', async () => {
		for (const who of [s.actors.otherCallJuror, s.actors.applicant, s.actors.partnerOnly]) {
			expect((await run(bidsPage.load, who, bidsPath(), { callId: s.callId })).status).toBe(404);
		}
		for (const who of [s.actors.clean, s.actors.partnerOnly]) {
			const params = { id: s.programmeId, callId: s.callId };
			expect((await run(conflictsPage.load, who, adminPath(), params)).status).toBe(404);
		}
		const wrong = { id: '00000000-0000-4000-8000-000000000000', callId: s.callId };
		expect((await run(conflictsPage.load, s.team, adminPath(), wrong)).status).toBe(404);
	});
});
