/**
 * The team's jury page, the invitation link and the juror's home, called as SvelteKit calls them
 * (their `load` and form actions, plain POST as without JavaScript), on each backend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { pageRunner } from '../helpers/pages.ts';
import { apiHarness } from '../helpers/api.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../helpers/factories.ts';
import { anonymous, type UserActor } from '#lib/server/accounts/actor.ts';
import type { App } from '#lib/server/app.ts';
import { calls, outbox } from '#lib/server/db/schema.ts';
import { readGrid } from '#lib/server/review/grid.ts';
import * as juryPage from '../../src/routes/admin/programmes/[id]/appels/[callId]/jury/+page.server.ts';
import * as invitationPage from '../../src/routes/jury/invitation/[token]/+page.server.ts';
import * as homePage from '../../src/routes/jury/+page.server.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

describe.each(backends)('jury pages (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let programmeId: string;
	let callId: string;
	let team: UserActor;
	let outsider: UserActor;

	const run = pageRunner(() => app);
	const adminPath = () => `/admin/programmes/${programmeId}/appels/${callId}/jury`;
	const params = () => ({ id: programmeId, callId });
	const grid = async () =>
		readGrid((await t.db.select().from(calls).where(eq(calls.id, callId)))[0].evaluationGrid);

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		const programme = await createTestProgramme(t.db);
		programmeId = programme.id;
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id, { title: 'Appel 2026' })).call.id;
		team = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId }] })).id
		);
		outsider = await actorFor(t.db, (await createUser(t.db)).id);
	});
	afterAll(async () => t?.drop());

	it('the team uses the default grid, adds, moves and removes criteria without JavaScript', async () => {
		const page = (await run(juryPage.load, team, adminPath(), params())).data as Data;
		expect(page.rows).toEqual([]);
		expect(page.terms.themes.length).toBeGreaterThan(0);

		const used = await run(juryPage.actions.grid, team, adminPath(), params(), [
			['rowCount', '0'],
			['intent', 'default']
		]);
		expect(used).toMatchObject({ status: 303 });
		expect(used.location).toContain('notice=gridSaved');
		expect((await grid()).map((c) => c.key)[0]).toBe('impact-qvt');

		// The form as the page posts it, with one more empty row added.
		const rows = ((await run(juryPage.load, team, adminPath(), params())).data as Data).rows;
		const posted: [string, string][] = [['rowCount', String(rows.length)]];
		rows.forEach((r: Data, i: number) => {
			posted.push(
				[`criteria.${i}.key`, r.key],
				[`criteria.${i}.label.fr`, r.labelFr],
				[`criteria.${i}.label.en`, r.labelEn],
				[`criteria.${i}.guidance.fr`, r.guidanceFr],
				[`criteria.${i}.guidance.en`, r.guidanceEn],
				[`criteria.${i}.weight`, r.weight],
				[`criteria.${i}.scale.min`, r.min],
				[`criteria.${i}.scale.max`, r.max],
				[`criteria.${i}.allowNotApplicable`, 'on']
			);
		});
		const added = await run(juryPage.actions.grid, team, adminPath(), params(), [
			...posted,
			['intent', 'add']
		]);
		expect((added.data as Data).rows).toHaveLength(7);

		// Move the second up: saved at once, comments no longer required (unticked).
		const moved = await run(juryPage.actions.grid, team, adminPath(), params(), [
			...posted,
			['intent', 'up:1']
		]);
		expect(moved.status).toBe(303);
		const after = await grid();
		expect(after.map((c) => c.key).slice(0, 2)).toEqual(['demarche-participative', 'impact-qvt']);
		expect(after.every((c) => !c.commentRequired && c.allowNotApplicable)).toBe(true);

		// A bad weight: French error under the row's field, nothing saved, rows given back.
		const bad = posted.map(([k, v]): [string, string] =>
			k === 'criteria.2.weight' ? [k, 'zéro'] : [k, v]
		);
		const refused = await run(juryPage.actions.grid, team, adminPath(), params(), [
			...bad,
			['intent', 'remove:0']
		]);
		expect(refused.status).toBe(400);
		expect((refused.data as Data).fields).toEqual({
			'criteria.1.weight': ['Le poids est un nombre strictement positif (100 au plus).']
		});
		expect((refused.data as Data).rows).toHaveLength(5);
		expect(await grid()).toEqual(after);
	});

	it('the team saves the review settings; a bad value is said next to its field', async () => {
		const bad = await run(juryPage.actions.settings, team, adminPath(), params(), [
			['reviewsPerApplication', '12'],
			['reviewDeadline', '2026-13-45T25:00'],
			['shortlistTarget', '12']
		]);
		expect(bad.status).toBe(400);
		expect(Object.keys((bad.data as Data).fields).sort()).toEqual([
			'reviewDeadline',
			'reviewsPerApplication'
		]);
		expect((bad.data as Data).which).toBe('settings');

		const ok = await run(juryPage.actions.settings, team, adminPath(), params(), [
			['reviewsPerApplication', '2'],
			['blindReview', 'on'],
			['reviewDeadline', '2026-12-15T18:00'],
			['shortlistTarget', '10']
		]);
		expect(ok.status).toBe(303);
		const page = (await run(juryPage.load, team, adminPath(), params())).data as Data;
		expect(page.settingsInitial).toEqual({
			reviewsPerApplication: '2',
			blindReview: 'on',
			reviewsHiddenUntilSubmitted: '',
			reviewDeadline: '2026-12-15T18:00',
			shortlistTarget: '10'
		});
	});

	it('invites, and the invited person joins through the link, then sees the call', async () => {
		const refused = await run(juryPage.actions.invite, team, adminPath(), params(), [
			['emails', 'pas une adresse'],
			['expertise', 'theme:sante_travail'],
			['minReviews', '0'],
			['maxReviews', '12']
		]);
		expect(refused.status).toBe(400);
		expect((refused.data as Data).fields).toEqual({
			'invite-emails': ['Une des adresses e-mail n’est pas valide.']
		});
		expect((refused.data as Data).expertise).toEqual(['theme:sante_travail']);

		const invited = await run(juryPage.actions.invite, team, adminPath(), params(), [
			['emails', 'lea@exemple.fr'],
			['expertise', 'theme:sante_travail'],
			['skills', 'ergonomie, droit du travail'],
			['minReviews', '0'],
			['maxReviews', '5']
		]);
		expect(invited.status).toBe(303);
		const page = (await run(juryPage.load, team, adminPath(), params())).data as Data;
		expect(page.members).toMatchObject([
			{
				email: 'lea@exemple.fr',
				state: 'invited',
				expertise: ['theme:sante_travail', 'skill:ergonomie', 'skill:droit du travail']
			}
		]);
		const [mail] = await t.db.select().from(outbox).where(eq(outbox.toAddress, 'lea@exemple.fr'));
		const token = /jury\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];

		// Anonymous: log in first, and come back.
		const anon = await run(invitationPage.load, anonymous, `/jury/invitation/${token}`, {
			token
		});
		expect(anon.status).toBe(303);
		expect(anon.location).toContain('/connexion?redirectTo=');

		const lea = await actorFor(t.db, (await createUser(t.db, { email: 'lea@ailleurs.fr' })).id);
		const preview = await run(invitationPage.load, lea, `/jury/invitation/${token}`, { token });
		expect((preview.data as Data).invitation).toMatchObject({
			state: 'valid',
			invitedEmail: 'lea@exemple.fr'
		});
		const joined = await run(
			invitationPage.actions.default,
			lea,
			`/jury/invitation/${token}`,
			{
				token
			},
			[]
		);
		expect(joined).toMatchObject({ status: 303, location: '/jury?notice=joined' });
		const again = await run(
			invitationPage.actions.default,
			lea,
			`/jury/invitation/${token}`,
			{
				token
			},
			[]
		);
		expect(again.status).toBe(400);
		expect((again.data as Data).message).toMatch(/^Ce lien d’invitation n’est pas valide/);

		const home = (await run(homePage.load, lea, '/jury?notice=joined', {})).data as Data;
		expect(home.joined).toBe(true);
		expect(home.calls.map((c: Data) => c.title)).toEqual(['Appel 2026']);
		const empty = (await run(homePage.load, outsider, '/jury', {})).data as Data;
		expect(empty.calls).toEqual([]);

		// The team removes her.
		const memberId = page.members[0].id;
		const removed = await run(juryPage.actions.member, team, adminPath(), params(), [
			['memberId', memberId],
			['intent', 'remove']
		]);
		expect(removed.status).toBe(303);
		expect(((await run(homePage.load, lea, '/jury', {})).data as Data).calls).toEqual([]);
	});

	it('answers 404 to anyone but the programme team', async () => {
		for (const actor of [outsider]) {
			expect((await run(juryPage.load, actor, adminPath(), params())).status).toBe(404);
			expect(
				(
					await run(juryPage.actions.invite, actor, adminPath(), params(), [
						['emails', 'x@exemple.fr']
					])
				).status
			).toBe(404);
		}
		// Under another programme's address: 404 too.
		const other = await createTestProgramme(t.db);
		expect((await run(juryPage.load, team, adminPath(), { id: other.id, callId })).status).toBe(
			404
		);
	});
});
