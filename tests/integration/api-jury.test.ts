/**
 * The REST API of a call's grid, review settings and jury, through the very handlers SvelteKit
 * calls, on each backend: the programme's team reads and writes (with `reviews:read` /
 * `reviews:write`), bad input answers 422 with French field errors and changes nothing; a juror,
 * a holder, a regional partner or another programme's team gets 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../helpers/factories.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { apiError } from '#lib/server/api/schemas.ts';
import { calls, juryMembers, outbox } from '#lib/server/db/schema.ts';
import { defaultGrid } from '#lib/server/review/grid.ts';
import { acceptJuryInvitation } from '#lib/server/review/juryAccept.ts';
import * as gridRoute from '../../src/routes/api/v1/calls/[id]/grid/+server.ts';
import * as settingsRoute from '../../src/routes/api/v1/calls/[id]/review-settings/+server.ts';
import * as juryRoute from '../../src/routes/api/v1/calls/[id]/jury/+server.ts';
import * as memberRoute from '../../src/routes/api/v1/calls/[id]/jury/[memberId]/+server.ts';

describe.each(backends)('REST API: jury (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let callId: string;
	let team: Actor;
	let teamReadOnly: Actor;
	let juror: Actor;
	let holder: Actor;
	let partner: Actor;
	let otherTeam: Actor;

	const path = (rest = '') => `/api/v1/calls/${callId}${rest}`;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		const programme = await createTestProgramme(t.db);
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id, { title: 'Appel 2026' })).call.id;
		const other = await createTestProgramme(t.db);
		const teamUser = await createUser(t.db, {
			roles: [{ role: 'team', programmeId: programme.id }]
		});
		team = await api.tokenActor(teamUser.id, ['reviews:read', 'reviews:write']);
		teamReadOnly = await api.tokenActor(teamUser.id, ['reviews:read']);
		otherTeam = await api.tokenActor(
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id,
			null
		);
		partner = await api.tokenActor(
			(
				await createUser(t.db, {
					roles: [{ role: 'regional_partner', programmeId: programme.id, regionCode: '53' }]
				})
			).id,
			null
		);
		holder = await api.tokenActor(
			(await createUser(t.db, { roles: [{ role: 'holder', programmeId: programme.id }] })).id,
			null
		);
		juror = await api.tokenActor((await createUser(t.db)).id, null);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('lets the team put and read the grid; bad input is 422 in French and changes nothing', async () => {
		const empty = await api.call(gridRoute.GET, path('/grid'), {
			actor: team,
			params: { id: callId }
		});
		expect(empty.status).toBe(200);
		expect(empty.body).toMatchObject({ callId, grid: [], editable: true });

		const put = await api.call(gridRoute.PUT, path('/grid'), {
			actor: team,
			method: 'PUT',
			params: { id: callId },
			body: { criteria: defaultGrid() }
		});
		expect(put.status).toBe(200);
		expect(put.body.grid).toHaveLength(6);

		const bad = await api.call(gridRoute.PUT, path('/grid'), {
			actor: team,
			method: 'PUT',
			params: { id: callId },
			body: { criteria: [{ label: { fr: 'Impact' }, weight: -2 }] }
		});
		expect(bad.status).toBe(422);
		expect(apiError.parse(bad.body).error.fields).toEqual({
			'criteria.0.weight': ['Le poids est un nombre strictement positif (100 au plus).']
		});
		const [row] = await t.db.select().from(calls).where(eq(calls.id, callId));
		expect(row.evaluationGrid).toEqual(defaultGrid());

		const readOnly = await api.call(gridRoute.PUT, path('/grid'), {
			actor: teamReadOnly,
			method: 'PUT',
			params: { id: callId },
			body: { criteria: defaultGrid() }
		});
		expect(readOnly.status).toBe(403);
	});

	it('patches only the review settings sent', async () => {
		const patched = await api.call(settingsRoute.PATCH, path('/review-settings'), {
			actor: team,
			method: 'PATCH',
			params: { id: callId },
			body: { blindReview: true, reviewDeadline: '2026-12-15T18:00:00+01:00' }
		});
		expect(patched.status).toBe(200);
		expect(patched.body).toEqual({
			reviewsPerApplication: 3,
			blindReview: true,
			reviewsHiddenUntilSubmitted: true,
			reviewDeadline: '2026-12-15T17:00:00.000Z',
			shortlistTarget: 12
		});
		const bad = await api.call(settingsRoute.PATCH, path('/review-settings'), {
			actor: team,
			method: 'PATCH',
			params: { id: callId },
			body: { shortlistTarget: 0 }
		});
		expect(bad.status).toBe(422);
		expect(bad.body.error.fields.shortlistTarget).toEqual([
			'Indiquez un objectif de présélection entier, de 1 à 500.'
		]);
		const read = await api.call(settingsRoute.GET, path('/review-settings'), {
			actor: teamReadOnly,
			params: { id: callId }
		});
		expect(read.body.shortlistTarget).toBe(12);
		expect(read.body.blindReview).toBe(true);
	});

	it('invites, lists, edits and removes members', async () => {
		const invited = await api.call(juryRoute.POST, path('/jury'), {
			actor: team,
			params: { id: callId },
			body: {
				emails: ['ana@exemple.fr', 'ben@exemple.fr'],
				expertise: ['theme:dialogue_social', 'skill:ergonomie'],
				maxReviews: 6
			}
		});
		expect(invited.status).toBe(201);
		expect(
			invited.body.data.map((m: { email: string; state: string }) => [m.email, m.state])
		).toEqual([
			['ana@exemple.fr', 'invited'],
			['ben@exemple.fr', 'invited']
		]);
		expect(await t.db.$count(outbox, eq(outbox.toAddress, 'ana@exemple.fr'))).toBe(1);
		const rows = await t.db.select().from(juryMembers).where(eq(juryMembers.callId, callId));
		expect(rows.every((r) => r.tokenHash && /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);

		const dup = await api.call(juryRoute.POST, path('/jury'), {
			actor: team,
			params: { id: callId },
			body: { emails: 'ANA@exemple.fr' }
		});
		expect(dup.status).toBe(422);
		expect(dup.body.error.fields.emails).toEqual([
			'Une de ces adresses fait déjà partie du jury de cet appel.'
		]);

		const ana = invited.body.data[0].id as string;
		const edited = await api.call(memberRoute.PATCH, path(`/jury/${ana}`), {
			actor: team,
			method: 'PATCH',
			params: { id: callId, memberId: ana },
			body: { expertise: ['typology:etude_action'], minReviews: 1, maxReviews: 4 }
		});
		expect(edited.status).toBe(200);
		expect(edited.body).toMatchObject({ expertise: ['typology:etude_action'], maxReviews: 4 });

		const removed = await api.call(memberRoute.DELETE, path(`/jury/${ana}`), {
			actor: team,
			method: 'DELETE',
			params: { id: callId, memberId: ana }
		});
		expect(removed.status).toBe(200);
		expect(removed.body.state).toBe('removed');

		const list = await api.call(juryRoute.GET, path('/jury'), {
			actor: teamReadOnly,
			params: { id: callId }
		});
		expect(list.body.data.map((m: { email: string; state: string }) => [m.email, m.state])).toEqual(
			[
				['ben@exemple.fr', 'invited'],
				['ana@exemple.fr', 'removed']
			]
		);
	});

	it('answers 404 to a juror, a holder, a partner and another programme’s team', async () => {
		// The juror has accepted an invitation: still no management.
		const mail = (
			await t.db.select().from(outbox).where(eq(outbox.toAddress, 'ben@exemple.fr'))
		)[0];
		const token = /jury\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
		const jurorUser = await actorFor(t.db, (juror as { userId: string }).userId);
		await acceptJuryInvitation(t.services, jurorUser, token);
		juror = await api.tokenActor(jurorUser.userId, null);

		const [member] = await t.db.select().from(juryMembers).where(eq(juryMembers.callId, callId));
		for (const actor of [juror, holder, partner, otherTeam]) {
			const calls = [
				await api.call(gridRoute.GET, path('/grid'), { actor, params: { id: callId } }),
				await api.call(gridRoute.PUT, path('/grid'), {
					actor,
					method: 'PUT',
					params: { id: callId },
					body: { criteria: defaultGrid() }
				}),
				await api.call(settingsRoute.GET, path('/review-settings'), {
					actor,
					params: { id: callId }
				}),
				await api.call(juryRoute.GET, path('/jury'), { actor, params: { id: callId } }),
				await api.call(juryRoute.POST, path('/jury'), {
					actor,
					params: { id: callId },
					body: { emails: 'x@exemple.fr' }
				}),
				await api.call(memberRoute.DELETE, path(`/jury/${member.id}`), {
					actor,
					method: 'DELETE',
					params: { id: callId, memberId: member.id }
				})
			];
			expect(calls.map((c) => c.status)).toEqual([404, 404, 404, 404, 404, 404]);
		}
		expect(await t.db.$count(juryMembers, eq(juryMembers.callId, callId))).toBe(2);
	});

	it('documents the operations under the Jury tag with their scopes', () => {
		const doc = buildOpenApiDocument() as unknown as {
			tags: { name: string }[];
			paths: Record<string, Record<string, { security: unknown; tags: string[] }>>;
		};
		expect(doc.tags.map((x) => x.name)).toContain('Jury');
		expect(doc.paths['/calls/{id}/grid'].put.security).toEqual([{ bearer: ['reviews:write'] }]);
		expect(doc.paths['/calls/{id}/review-settings'].get.security).toEqual([
			{ bearer: ['reviews:read'] }
		]);
		expect(doc.paths['/calls/{id}/jury/{memberId}'].delete.tags).toEqual(['Jury']);
	});
});
