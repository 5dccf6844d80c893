/**
 * The pages of regional partners and prospects, called as SvelteKit calls them (their `load` and
 * form actions), on each backend, with each role: the partner's member and the programme's team
 * reach the prospect's record and its forms; a member of another partner, a holder, a jury member
 * and another programme's team get a 404 on every page and every action, and change nothing;
 * anonymous visitors are sent to the login page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness } from '../helpers/api.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../helpers/factories.ts';
import { anonymous, type Actor } from '#lib/server/accounts/actor.ts';
import type { App } from '#lib/server/app.ts';
import { auditLog, prospectContacts, prospects, referrals } from '#lib/server/db/schema.ts';
import { translator } from '#lib/i18n/index.ts';
import {
	addPartnerMember,
	createPartner,
	createProspect,
	listMyPartners
} from '#lib/server/sourcing/partners.ts';
import * as spaceLayout from '../../src/routes/partenaire/+layout.server.ts';
import * as spaceHome from '../../src/routes/partenaire/+page.server.ts';
import * as spaceList from '../../src/routes/partenaire/prospects/+page.server.ts';
import * as spaceNew from '../../src/routes/partenaire/prospects/nouveau/+page.server.ts';
import * as spaceProspect from '../../src/routes/partenaire/prospects/[id]/+page.server.ts';
import * as adminList from '../../src/routes/admin/programmes/[id]/partenaires/+page.server.ts';
import * as adminPartner from '../../src/routes/admin/programmes/[id]/partenaires/[partnerId]/+page.server.ts';
import * as adminNew from '../../src/routes/admin/programmes/[id]/partenaires/[partnerId]/prospects/nouveau/+page.server.ts';
import * as adminProspect from '../../src/routes/admin/programmes/[id]/partenaires/[partnerId]/prospects/[prospectId]/+page.server.ts';

type Outcome = { status: number; location?: string; data?: unknown };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (event: any) => unknown;

describe.each(backends)('partner and prospect pages, for each role (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let programmeId: string;
	let partnerId: string;
	let prospectId: string;
	let member: Actor;
	let otherMember: Actor;
	let team: Actor;
	let otherTeam: Actor;
	let holder: Actor;
	let jury: Actor;

	/** Runs a load or an action as SvelteKit would, and says how it ended. */
	async function run(
		fn: unknown,
		actor: Actor,
		path: string,
		params: Record<string, string>,
		form?: Record<string, string>
	): Promise<Outcome> {
		const url = new URL(`http://localhost${path}`);
		const body = new URLSearchParams(form ?? {});
		const event = {
			url,
			params,
			locals: { app, actor, locale: 'fr', t: translator('fr'), sessionId: null },
			request: new Request(url, form ? { method: 'POST', body } : {}),
			cookies: { get: () => undefined },
			parent: async () => ({ partners: await listMyPartners(app.db, actor) })
		};
		try {
			const data = await (fn as AnyFn)(event);
			const failure = data as { status?: number; data?: unknown } | undefined;
			if (failure && typeof failure.status === 'number' && 'data' in failure) {
				return { status: failure.status, data: failure.data };
			}
			return { status: 200, data };
		} catch (e) {
			if (isRedirect(e)) return { status: e.status, location: e.location };
			if (isHttpError(e)) return { status: e.status };
			throw e;
		}
	}

	const counts = async () => ({
		prospects: await t.db.$count(prospects),
		contacts: await t.db.$count(prospectContacts),
		referrals: await t.db.$count(referrals),
		audit: await t.db.$count(auditLog)
	});

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		programmeId = (await createTestProgramme(t.db)).id;
		const cycle = await createTestCycle(t.db, programmeId);
		await createTestCall(t.db, programmeId, cycle.id);
		const teamUser = await createUser(t.db, { roles: [{ role: 'team', programmeId }] });
		team = await actorFor(t.db, teamUser.id);
		const other = await createTestProgramme(t.db);
		otherTeam = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id
		);
		holder = await actorFor(t.db, (await createUser(t.db, { roles: [{ role: 'holder' }] })).id);
		jury = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'jury', programmeId }] })).id
		);
		partnerId = (
			await createPartner(app, team, programmeId, { name: 'Aract Bretagne', regionCodes: ['53'] })
		).id;
		const otherPartner = await createPartner(app, team, programmeId, {
			name: 'Aract Normandie',
			regionCodes: ['28']
		});
		const m = await createUser(t.db, { name: 'Yann Le Gall' });
		const o = await createUser(t.db, { name: 'Odile Normand' });
		await addPartnerMember(app, team, partnerId, { email: m.email });
		await addPartnerMember(app, team, otherPartner.id, { email: o.email });
		member = await actorFor(t.db, m.id);
		otherMember = await actorFor(t.db, o.id);
		prospectId = (
			await createProspect(app, member, partnerId, {
				organisationName: 'Kerlabo',
				email: 'contact@kerlabo.test',
				channel: 'event',
				regionCode: '53',
				firstContactOn: '2026-02-03'
			})
		).id;
	});
	afterAll(async () => {
		await t?.drop();
	});

	const spacePath = () => `/partenaire/prospects/${prospectId}`;
	const adminBase = () => `/admin/programmes/${programmeId}/partenaires`;
	const adminParams = () => ({ id: programmeId, partnerId, prospectId });
	const contact = { on: '2026-03-01', channel: 'phone', summary: 'Intrusion' };

	it('opens the partner’s space to its members only', async () => {
		expect((await run(spaceLayout.load, member, '/partenaire', {})).status).toBe(200);
		for (const someone of [team, holder, jury, otherTeam]) {
			expect((await run(spaceLayout.load, someone, '/partenaire', {})).status).toBe(404);
		}
		const anon = await run(spaceLayout.load, anonymous, '/partenaire', {});
		expect(anon.status).toBe(303);
		expect(anon.location).toMatch(/^\/connexion\?redirectTo=/);
		const home = await run(spaceHome.load, member, '/partenaire', {});
		expect(home.data).toMatchObject({ overviews: [{ partner: { name: 'Aract Bretagne' } }] });
		const list = await run(spaceList.load, member, '/partenaire/prospects', {});
		expect((list.data as { prospects: { id: string }[] }).prospects.map((p) => p.id)).toEqual([
			prospectId
		]);
		// The other partner's member sees their own (empty) list, never this one.
		const others = await run(
			spaceList.load,
			otherMember,
			`/partenaire/prospects?partenaire=${partnerId}`,
			{}
		);
		expect((others.data as { prospects: unknown[] }).prospects).toEqual([]);
	});

	it('shows the record and runs its forms for the member and the team', async () => {
		const page = await run(spaceProspect.load, member, spacePath(), { id: prospectId });
		expect(page.status).toBe(200);
		expect(page.data).toMatchObject({ prospect: { organisationName: 'Kerlabo' } });
		const added = await run(
			spaceProspect.actions.contact,
			member,
			`${spacePath()}?/contact`,
			{ id: prospectId },
			{ on: '2026-03-01', channel: 'phone', summary: 'Rappel' }
		);
		expect(added).toMatchObject({ status: 303 });
		expect(added.location).toContain('notice=contactAdded');
		const refused = await run(
			spaceProspect.actions.update,
			member,
			`${spacePath()}?/update`,
			{ id: prospectId },
			{ organisationName: '', channel: 'event', regionCode: '53', firstContactOn: '2026-02-03' }
		);
		expect(refused.status).toBe(400);
		expect(refused.data).toMatchObject({
			section: 'update',
			fields: { organisationName: ['Indiquez le nom de la structure.'] }
		});

		const adminPage = await run(adminProspect.load, team, adminBase(), adminParams());
		expect(adminPage.status).toBe(200);
		const sent = await run(
			adminProspect.actions.referral,
			team,
			`${adminBase()}?/referral`,
			adminParams(),
			{ email: '', message: '' }
		);
		expect(sent.status).toBe(303);
		expect((await run(adminPartner.load, team, adminBase(), adminParams())).status).toBe(200);
		expect((await run(adminList.load, team, adminBase(), { id: programmeId })).status).toBe(200);
		expect((await run(adminNew.load, team, adminBase(), adminParams())).status).toBe(200);
	});

	it('answers 404 on every page and action to everyone else, and changes nothing', async () => {
		const before = await counts();
		for (const someone of [otherMember, holder, jury, otherTeam]) {
			const outcomes: [string, Outcome][] = [
				['space record', await run(spaceProspect.load, someone, spacePath(), { id: prospectId })],
				...(
					await Promise.all(
						(['update', 'archive', 'contact', 'referral'] as const).map(async (name) => [
							`space ${name}`,
							await run(
								spaceProspect.actions[name],
								someone,
								`${spacePath()}?/${name}`,
								{ id: prospectId },
								{ ...contact, archived: 'true', organisationName: 'X', email: 'x@exemple.fr' }
							)
						])
					)
				).map((x) => x as [string, Outcome]),
				[
					'space new',
					await run(
						spaceNew.actions.default,
						someone,
						'/partenaire/prospects/nouveau',
						{},
						{
							partnerId,
							organisationName: 'Pirate',
							channel: 'event',
							regionCode: '53',
							firstContactOn: '2026-02-03'
						}
					)
				],
				['admin list', await run(adminList.load, someone, adminBase(), { id: programmeId })],
				['admin partner', await run(adminPartner.load, someone, adminBase(), adminParams())],
				[
					'admin add member',
					await run(adminPartner.actions.addMember, someone, adminBase(), adminParams(), {
						email: 'pirate@exemple.fr'
					})
				],
				['admin new', await run(adminNew.load, someone, adminBase(), adminParams())],
				['admin record', await run(adminProspect.load, someone, adminBase(), adminParams())],
				[
					'admin contact',
					await run(adminProspect.actions.contact, someone, adminBase(), adminParams(), contact)
				]
			];
			for (const [what, outcome] of outcomes) expect(outcome.status, what).toBe(404);
		}
		expect(await counts()).toEqual(before);
	});

	it('answers 404 under an address that is not the prospect’s', async () => {
		const wrong = { ...adminParams(), partnerId: '00000000-0000-4000-8000-000000000000' };
		expect((await run(adminProspect.load, team, adminBase(), wrong)).status).toBe(404);
		const stranger = await createTestProgramme(t.db);
		expect(
			(
				await run(adminProspect.load, team, adminBase(), {
					...adminParams(),
					id: stranger.id
				})
			).status
		).toBe(404);
		expect(
			(await run(spaceProspect.load, member, '/partenaire/prospects/x', { id: 'pas-un-id' })).status
		).toBe(404);
	});
});
