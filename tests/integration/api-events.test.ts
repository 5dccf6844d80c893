/**
 * The REST API of sessions, through the very handlers SvelteKit calls, on each backend: the team
 * creates a session, builds its agenda (422 for a pitch outside the session), convokes the
 * shortlisted holders and the jury, sends the invitations (dry run first), reads the replies and
 * records attendance; anyone else gets 404, a token without `programmes:write` 403; an invited
 * participant reads their invitation and replies, others get 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import { eventScenario, SESSION, type EventScenario } from '../helpers/eventsSetup.ts';
import { outbox } from '#lib/server/db/schema.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import * as cycleEvents from '../../src/routes/api/v1/cycles/[id]/events/+server.ts';
import * as eventRoute from '../../src/routes/api/v1/events/[id]/+server.ts';
import * as cancelRoute from '../../src/routes/api/v1/events/[id]/cancel/+server.ts';
import * as slotsRoute from '../../src/routes/api/v1/events/[id]/slots/+server.ts';
import * as slotRoute from '../../src/routes/api/v1/events/[id]/slots/[slotId]/+server.ts';
import * as participantsRoute from '../../src/routes/api/v1/events/[id]/participants/+server.ts';
import * as holdersRoute from '../../src/routes/api/v1/events/[id]/participants/shortlisted-holders/+server.ts';
import * as juryRoute from '../../src/routes/api/v1/events/[id]/participants/jury/+server.ts';
import * as participantRoute from '../../src/routes/api/v1/events/[id]/participants/[participantId]/+server.ts';
import * as invitationsRoute from '../../src/routes/api/v1/events/[id]/invitations/+server.ts';
import * as attendanceRoute from '../../src/routes/api/v1/events/[id]/attendance/+server.ts';
import * as invitationRoute from '../../src/routes/api/v1/events/[id]/invitation/+server.ts';
import * as replyRoute from '../../src/routes/api/v1/events/[id]/reply/+server.ts';

describe.each(backends)('API of sessions (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let s: EventScenario;
	let eventId: string;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		s = await eventScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('creates and lists a cycle’s sessions for the team; 404 for others, 403 without write', async () => {
		const path = `/api/v1/cycles/${s.cycleId}/events`;
		for (const actor of [s.actors.ana, s.actors.holder, s.more.zoe]) {
			const r = await api.call(cycleEvents.POST, path, {
				actor,
				params: { id: s.cycleId },
				body: SESSION
			});
			expect(r.status).toBe(404);
			expect(
				(await api.call(cycleEvents.GET, path, { actor, params: { id: s.cycleId } })).status
			).toBe(404);
		}
		const readOnly = await api.tokenActor(s.team.userId, ['programmes:read']);
		expect(
			(
				await api.call(cycleEvents.POST, path, {
					actor: readOnly,
					params: { id: s.cycleId },
					body: SESSION
				})
			).status
		).toBe(403);
		const bad = await api.call(cycleEvents.POST, path, {
			actor: s.team,
			params: { id: s.cycleId },
			body: { ...SESSION, endsAt: '2030-12-01T09:00' }
		});
		expect(bad.status).toBe(422);
		const r = await api.call(cycleEvents.POST, path, {
			actor: s.team,
			params: { id: s.cycleId },
			body: { ...SESSION, startsAt: '2030-12-10T09:00:00+01:00' }
		});
		expect(r.status).toBe(201);
		expect(r.body).toMatchObject({ status: 'draft', startsAt: '2030-12-10T08:00:00.000Z' });
		eventId = r.body.id;
		expect(r.headers.get('location')).toBe(`/api/v1/events/${eventId}`);
		const list = await api.call(cycleEvents.GET, path, {
			actor: s.team,
			params: { id: s.cycleId }
		});
		expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([eventId]);
	});

	it('builds the agenda and the participants, sends invitations, records attendance', async () => {
		const params = { id: eventId };
		const outside = await api.call(slotsRoute.POST, `/api/v1/events/${eventId}/slots`, {
			actor: s.team,
			params,
			body: {
				kind: 'pitch',
				startsAt: '2030-12-12T10:00',
				endsAt: '2030-12-12T10:20',
				applicationId: s.apps.a
			}
		});
		expect(outside.status).toBe(422);
		const pitch = await api.call(slotsRoute.POST, `/api/v1/events/${eventId}/slots`, {
			actor: s.team,
			params,
			body: {
				kind: 'pitch',
				startsAt: '2030-12-10T10:00',
				endsAt: '2030-12-10T10:20',
				applicationId: s.apps.a
			}
		});
		expect(pitch.status).toBe(201);
		const moved = await api.call(slotRoute.PUT, `/api/v1/events/${eventId}/slots/x`, {
			actor: s.team,
			params: { id: eventId, slotId: pitch.body.id },
			body: {
				kind: 'pitch',
				startsAt: '2030-12-10T11:00',
				endsAt: '2030-12-10T11:20',
				room: 'Salle B',
				applicationId: s.apps.a
			}
		});
		expect(moved.status).toBe(200);
		expect(moved.body.room).toBe('Salle B');
		const holders = await api.call(holdersRoute.POST, '/x', { actor: s.team, params });
		expect(holders.body).toEqual({ added: 2, already: 0 });
		const jury = await api.call(juryRoute.POST, '/x', { actor: s.team, params });
		expect(jury.body.added).toBe(4);
		const byMail = await api.call(participantsRoute.POST, '/x', {
			actor: s.team,
			params,
			body: { role: 'partner', emails: ['aract@exemple.fr', 'retirer@exemple.fr'] }
		});
		expect(byMail.body).toEqual({ added: 2, already: 0 });
		let detail = await api.call(eventRoute.GET, '/x', { actor: s.team, params });
		const toRemove = detail.body.participants.find(
			(p: { email: string }) => p.email === 'retirer@exemple.fr'
		);
		expect(
			(
				await api.call(participantRoute.DELETE, '/x', {
					actor: s.team,
					params: { id: eventId, participantId: toRemove.id }
				})
			).body
		).toEqual({ removed: true });
		const dry = await api.call(invitationsRoute.POST, '/x', {
			actor: s.team,
			params,
			body: { dryRun: true }
		});
		expect(dry.body).toMatchObject({ dryRun: true, emails: 0, withSlot: 2 });
		expect(dry.body.byRole).toEqual({ holder: 2, jury: 4, expert: 0, partner: 1, team: 0 });
		const sent = await api.call(invitationsRoute.POST, '/x', { actor: s.team, params, body: {} });
		expect(sent.body.emails).toBe(7);
		expect(
			(await t.db.select().from(outbox).where(eq(outbox.template, 'event_invitation'))).length
		).toBe(7);
		detail = await api.call(eventRoute.GET, '/x', { actor: s.team, params });
		expect(detail.body.event.status).toBe('published');
		expect(detail.body.counts).toMatchObject({ invited: 7, pending: 7 });
		expect(JSON.stringify(detail.body)).not.toContain('tokenHash');
		const first = detail.body.participants[0];
		const att = await api.call(attendanceRoute.PUT, '/x', {
			actor: s.team,
			params,
			body: { attendance: { [first.id]: 'present' } }
		});
		expect(att.body).toMatchObject({ present: 1, absent: 0 });
		for (const actor of [s.actors.holder, s.more.zoe]) {
			expect((await api.call(eventRoute.GET, '/x', { actor, params })).status).toBe(404);
			expect(
				(await api.call(attendanceRoute.PUT, '/x', { actor, params, body: { attendance: {} } }))
					.status
			).toBe(404);
		}
	});

	it('lets an invited participant read their invitation and reply; 404 for others', async () => {
		const params = { id: eventId };
		const mine = await api.call(invitationRoute.GET, '/x', { actor: s.actors.holder, params });
		expect(mine.status).toBe(200);
		expect(mine.body.slots.filter((x: { mine: boolean }) => x.mine)).toHaveLength(1);
		const r = await api.call(replyRoute.POST, '/x', {
			actor: s.actors.holder,
			params,
			body: { response: 'attending', partySize: 2, note: 'À deux.' }
		});
		expect(r.status).toBe(200);
		expect(r.body.reply).toMatchObject({ response: 'attending', partySize: 2, note: 'À deux.' });
		for (const actor of [s.more.other, s.more.zoe]) {
			expect((await api.call(invitationRoute.GET, '/x', { actor, params })).status).toBe(404);
			expect(
				(await api.call(replyRoute.POST, '/x', { actor, params, body: { response: 'declined' } }))
					.status
			).toBe(404);
		}
	});

	it('updates (bumping the sequence) and cancels', async () => {
		const params = { id: eventId };
		const upd = await api.call(eventRoute.PATCH, '/x', {
			actor: s.team,
			params,
			body: { place: 'Lyon, salle Rhône' }
		});
		expect(upd.status).toBe(200);
		expect(upd.body).toMatchObject({ emails: 7, event: { icsSequence: 1, title: SESSION.title } });
		const c = await api.call(cancelRoute.POST, '/x', { actor: s.team, params });
		expect(c.body).toMatchObject({ emails: 7, event: { status: 'cancelled', icsSequence: 2 } });
		expect((await api.call(cancelRoute.POST, '/x', { actor: s.team, params })).status).toBe(409);
		const gone = await api.call(slotRoute.DELETE, '/x', {
			actor: s.team,
			params: { id: eventId, slotId: '00000000-0000-4000-8000-000000000000' }
		});
		expect(gone.status).toBe(404);
	});

	it('declares the scopes and the tag « Sessions »', () => {
		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown; tags: string[] }>>;
		};
		expect(doc.paths['/cycles/{id}/events'].post.security).toEqual([
			{ bearer: ['programmes:write'] }
		]);
		expect(doc.paths['/events/{id}'].get.tags).toEqual(['Sessions']);
	});
});
