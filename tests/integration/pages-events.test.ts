/**
 * The sessions' pages, called as SvelteKit calls them (load and plain POST form actions, as
 * without JavaScript), on each backend: the team creates a session (a refused form keeps what was
 * typed), adds a pitch, convokes the shortlisted holders, sends the invitations; the reply link
 * works without logging in and an unknown link says so; the holder's page highlights their pitch;
 * attendance is recorded from the sheet; anyone outside the team gets 404 on the team's pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { pageRunner } from '../helpers/pages.ts';
import { apiHarness } from '../helpers/api.ts';
import { eventScenario, SESSION, type EventScenario } from '../helpers/eventsSetup.ts';
import type { App } from '#lib/server/app.ts';
import { anonymous } from '#lib/server/accounts/actor.ts';
import { eventParticipants, outbox } from '#lib/server/db/schema.ts';
import * as listPage from '../../src/routes/admin/programmes/[id]/promotions/[cycleId]/sessions/+page.server.ts';
import * as newPage from '../../src/routes/admin/programmes/[id]/promotions/[cycleId]/sessions/nouvelle/+page.server.ts';
import * as eventPage from '../../src/routes/admin/programmes/[id]/promotions/[cycleId]/sessions/[eventId]/+page.server.ts';
import * as sheetPage from '../../src/routes/admin/programmes/[id]/promotions/[cycleId]/sessions/[eventId]/emargement/+page.server.ts';
import * as replyPage from '../../src/routes/sessions/reponse/[token]/+page.server.ts';
import * as mySessionPage from '../../src/routes/sessions/[eventId]/+page.server.ts';
import * as mySessionsPage from '../../src/routes/sessions/+page.server.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe.each(backends)('session pages (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let s: EventScenario;
	let eventId: string;

	const run = pageRunner(() => app);
	const base = () => `/admin/programmes/${s.programmeId}/promotions/${s.cycleId}/sessions`;
	const params = () => ({ id: s.programmeId, cycleId: s.cycleId });
	const eParams = () => ({ ...params(), eventId });

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		s = await eventScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('creates a session from the form, keeping what was typed when refused', async () => {
		const fields = (over: Record<string, string> = {}) =>
			Object.entries({
				title: SESSION.title,
				kind: 'selection',
				description: SESSION.description,
				startsAt: SESSION.startsAt,
				endsAt: SESSION.endsAt,
				place: SESSION.place,
				videoUrl: '',
				capacity: '5',
				...over
			});
		const refused = await run(
			newPage.actions.default,
			s.team,
			`${base()}/nouvelle`,
			params(),
			fields({ endsAt: '2030-12-01T09:00' })
		);
		expect(refused.status).toBe(400);
		expect((refused.data as Any).values.title).toBe(SESSION.title);
		expect((refused.data as Any).fields.endsAt).toEqual(['La fin doit être après le début.']);
		const ok = await run(newPage.actions.default, s.team, `${base()}/nouvelle`, params(), fields());
		expect(ok.status).toBe(303);
		eventId = /sessions\/([0-9a-f-]{36})\?notice=created/.exec(ok.location!)![1];
		const list = await run(listPage.load, s.team, base(), params());
		expect((list.data as Any).events.map((e: Any) => e.id)).toEqual([eventId]);
		for (const actor of [s.actors.ana, s.actors.holder, s.more.zoe]) {
			expect((await run(listPage.load, actor, base(), params())).status).toBe(404);
			expect((await run(eventPage.load, actor, `${base()}/${eventId}`, eParams())).status).toBe(
				404
			);
		}
	});

	it('adds a pitch, convokes the shortlisted holders and sends the invitations', async () => {
		const url = `${base()}/${eventId}`;
		const overlap = await run(eventPage.actions.addSlot, s.team, `${url}?/addSlot`, eParams(), [
			['_form', 'slot'],
			['kind', 'pitch'],
			['applicationId', s.apps.b],
			['startsAt', '2030-12-10T10:00'],
			['endsAt', '2030-12-10T10:20']
		]);
		expect(overlap.status).toBe(400);
		expect((overlap.data as Any).values._form).toBe('slot');
		const slot = await run(eventPage.actions.addSlot, s.team, `${url}?/addSlot`, eParams(), [
			['_form', 'slot'],
			['kind', 'pitch'],
			['applicationId', s.apps.a],
			['startsAt', '2030-12-10T10:00'],
			['endsAt', '2030-12-10T10:20'],
			['room', 'Salle B']
		]);
		expect(slot.status).toBe(303);
		const holders = await run(
			eventPage.actions.addHolders,
			s.team,
			`${url}?/addHolders`,
			eParams(),
			[]
		);
		expect(holders.location).toBe(`${url}?notice=added&count=2#participants`);
		const before = await run(eventPage.load, s.team, url, eParams());
		expect((before.data as Any).preview).toMatchObject({ total: 2, withSlot: 2 });
		const sent = await run(eventPage.actions.send, s.team, `${url}?/send`, eParams(), []);
		expect(sent.location).toBe(`${url}?notice=sent&count=2#invitations`);
		const again = await run(eventPage.actions.send, s.team, `${url}?/send`, eParams(), []);
		expect(again.status).toBe(409);
	});

	it('takes a reply through the link without logging in; an unknown link says so', async () => {
		const [mail] = await t.db
			.select()
			.from(outbox)
			.where(
				and(eq(outbox.template, 'event_invitation'), eq(outbox.toAddress, s.users.holder.email))
			);
		const token = /\/sessions\/reponse\/([\w-]+)/.exec(mail.textBody)![1];
		const url = `/sessions/reponse/${token}`;
		const page = await run(replyPage.load, anonymous, url, { token });
		expect((page.data as Any).invalid).toBe(false);
		expect((page.data as Any).view.slots.find((x: Any) => x.mine).room).toBe('Salle B');
		const refused = await run(replyPage.actions.default, anonymous, url, { token }, [
			['response', 'attending'],
			['partySize', '99'],
			['note', 'Nous serons nombreux.']
		]);
		expect(refused.status).toBe(400);
		expect((refused.data as Any).values.note).toBe('Nous serons nombreux.');
		const ok = await run(replyPage.actions.default, anonymous, url, { token }, [
			['response', 'attending'],
			['partySize', '2'],
			['note', '']
		]);
		expect(ok).toMatchObject({ status: 303, location: `${url}?notice=saved` });
		const [row] = await t.db
			.select()
			.from(eventParticipants)
			.where(eq(eventParticipants.userId, s.users.holder.id));
		expect(row).toMatchObject({ response: 'attending', partySize: 2 });
		const wrong = 'a'.repeat(43);
		const bad = await run(replyPage.load, anonymous, `/sessions/reponse/${wrong}`, {
			token: wrong
		});
		expect((bad.data as Any).invalid).toBe(true);
		const badPost = await run(
			replyPage.actions.default,
			anonymous,
			`/sessions/reponse/${wrong}`,
			{ token: wrong },
			[['response', 'declined']]
		);
		expect(badPost.status).toBe(404);
		expect((badPost.data as Any).message).toContain('n’est pas (ou plus) valide');
	});

	it('shows the holder their sessions and their pitch; others get 404', async () => {
		const mine = await run(mySessionsPage.load, s.actors.holder, '/sessions', {});
		expect((mine.data as Any).sessions.map((x: Any) => x.id)).toEqual([eventId]);
		const page = await run(mySessionPage.load, s.actors.holder, `/sessions/${eventId}`, {
			eventId
		});
		expect((page.data as Any).view.slots.filter((x: Any) => x.mine)).toHaveLength(1);
		expect((page.data as Any).descriptionHtml).toContain('<strong>formaliser</strong>');
		const changed = await run(
			mySessionPage.actions.default,
			s.actors.holder,
			`/sessions/${eventId}`,
			{ eventId },
			[['response', 'declined']]
		);
		expect(changed.status).toBe(303);
		for (const actor of [s.more.other, s.more.zoe, s.actors.ana]) {
			expect(
				(await run(mySessionPage.load, actor, `/sessions/${eventId}`, { eventId })).status
			).toBe(404);
		}
	});

	it('prints the expected people and records attendance', async () => {
		const url = `${base()}/${eventId}/emargement`;
		const sheet = await run(sheetPage.load, s.team, url, eParams());
		// The holder declined; the co-holder has not answered and is expected.
		expect((sheet.data as Any).expected.map((p: Any) => p.userId)).toEqual([s.coholder.id]);
		const chris = (sheet.data as Any).participants.find((p: Any) => p.userId === s.coholder.id);
		const r = await run(sheetPage.actions.default, s.team, url, eParams(), [
			[`attendance.${chris.id}`, 'present']
		]);
		expect(r).toMatchObject({ status: 303, location: `${url}?notice=saved` });
		const [row] = await t.db
			.select()
			.from(eventParticipants)
			.where(eq(eventParticipants.id, chris.id));
		expect(row.attendance).toBe('present');
		expect((await run(sheetPage.load, s.actors.holder, url, eParams())).status).toBe(404);
	});
});
