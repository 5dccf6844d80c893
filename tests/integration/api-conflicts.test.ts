/**
 * The REST API of bids and conflicts of interest, through the very handlers SvelteKit calls, on
 * each backend: the team lists, sets, removes and recomputes conflicts and reads every bid; a
 * juror declares and withdraws their own conflicts, reads and saves their own bids, and never
 * gets a conflicted application; anyone else gets 404; bad input is a 422 with French field
 * errors and changes nothing; the scopes are `reviews:read` and `reviews:write`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import { juryScenario, type JuryScenario } from '../helpers/conflictsSetup.ts';
import { reviewBids, reviewConflicts } from '#lib/server/db/schema.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { apiError } from '#lib/server/api/schemas.ts';
import { bidView, conflictView } from '#lib/server/api/operations/conflicts.ts';
import * as conflictsRoute from '../../src/routes/api/v1/calls/[id]/conflicts/+server.ts';
import * as conflictRoute from '../../src/routes/api/v1/calls/[id]/conflicts/[conflictId]/+server.ts';
import * as refreshRoute from '../../src/routes/api/v1/calls/[id]/conflicts/refresh/+server.ts';
import * as bidsRoute from '../../src/routes/api/v1/calls/[id]/bids/+server.ts';

describe.each(backends)('API of bids and conflicts (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let s: JuryScenario;
	const path = (callId: string, rest = '') => `/api/v1/calls/${callId}/${rest}`;
	const snapshot = async () => ({
		bids: (await t.db.select().from(reviewBids))
			.map((b) => `${b.juryMemberId}/${b.applicationId}/${b.level}`)
			.sort(),
		conflicts: (await t.db.select().from(reviewConflicts)).map((c) => c.id).sort()
	});

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		s = await juryScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('the team recomputes (idempotent) and lists the conflicts', async () => {
		const first = await api.call(refreshRoute.POST, path(s.callId, 'conflicts/refresh'), {
			actor: s.team,
			params: { id: s.callId },
			method: 'POST'
		});
		expect(first.status).toBe(200);
		expect(first.body).toEqual({ added: 4, removed: 0, total: 4 });
		const again = await api.call(refreshRoute.POST, path(s.callId, 'conflicts/refresh'), {
			actor: s.team,
			params: { id: s.callId },
			method: 'POST'
		});
		expect(again.body).toEqual({ added: 0, removed: 0, total: 4 });

		const list = await api.call(conflictsRoute.GET, path(s.callId, 'conflicts'), {
			actor: s.team,
			params: { id: s.callId }
		});
		expect(list.status).toBe(200);
		expect(list.body.data).toHaveLength(4);
		for (const c of list.body.data) conflictView.parse(c);
		expect(list.body.data.map((c: { source: string }) => c.source).sort()).toEqual([
			'email_domain',
			'holder',
			'organisation',
			'partner'
		]);
	});

	it('a juror never gets a conflicted application, and bids on the others', async () => {
		const token = await api.tokenActor(s.jurors.org.user.id, ['reviews:read', 'reviews:write']);
		const hidden = await api.call(bidsRoute.PUT, path(s.callId, 'bids'), {
			actor: token,
			params: { id: s.callId },
			method: 'PUT',
			body: { bids: [{ applicationId: s.apps.beta, level: 'eager' }] }
		});
		expect(hidden.status).toBe(422);
		expect(apiError.parse(hidden.body).error.fields['bids.0.applicationId']).toEqual([
			'Cette candidature n’est pas proposée au jury de cet appel.'
		]);

		const saved = await api.call(bidsRoute.PUT, path(s.callId, 'bids'), {
			actor: token,
			params: { id: s.callId },
			method: 'PUT',
			body: {
				bids: [
					{ applicationId: s.apps.gmail, level: 'eager' },
					{ applicationId: s.apps.alpha, level: 'conflict', reason: 'Ancien administrateur.' }
				]
			}
		});
		expect(saved.status).toBe(200);
		expect(saved.body.declared).toBe(1);
		expect(saved.body.data).toHaveLength(1);
		bidView.parse(saved.body.data[0]);

		// Another juror bids on the application the first one is in conflict with.
		const other = await api.call(bidsRoute.PUT, path(s.callId, 'bids'), {
			actor: s.actors.clean,
			params: { id: s.callId },
			method: 'PUT',
			body: { bids: [{ applicationId: s.apps.beta, level: 'willing' }] }
		});
		expect(other.status).toBe(200);

		const own = await api.call(bidsRoute.GET, path(s.callId, 'bids'), {
			actor: token,
			params: { id: s.callId }
		});
		expect(own.body.data.map((b: { applicationId: string }) => b.applicationId)).toEqual([
			s.apps.gmail
		]);
		const all = await api.call(bidsRoute.GET, path(s.callId, 'bids'), {
			actor: s.team,
			params: { id: s.callId }
		});
		expect(all.body.data).toHaveLength(2);
	});

	it('a juror declares and withdraws their own conflict; the team sets and removes one', async () => {
		const declared = await api.call(conflictsRoute.POST, path(s.callId, 'conflicts'), {
			actor: s.actors.clean,
			params: { id: s.callId },
			body: { applicationId: s.apps.gmail, reason: 'Je connais la gérante.' }
		});
		expect(declared.status).toBe(201);
		expect(declared.body).toMatchObject({
			source: 'declared',
			juryMemberId: s.jurors.clean.memberId
		});
		expect(declared.headers.get('location')).toBe(
			`/api/v1/calls/${s.callId}/conflicts/${declared.body.id}`
		);
		const set = await api.call(conflictsRoute.POST, path(s.callId, 'conflicts'), {
			actor: s.team,
			params: { id: s.callId },
			body: {
				juryMemberId: s.jurors.webmail.memberId,
				applicationId: s.apps.held,
				reason: 'Signalé par la direction.'
			}
		});
		expect(set.status).toBe(201);
		expect(set.body.source).toBe('team');

		// A juror may not remove the team's conflict, nor another's declaration.
		const notOwn = await api.call(
			conflictRoute.DELETE,
			path(s.callId, `conflicts/${set.body.id}`),
			{
				actor: s.actors.webmail,
				params: { id: s.callId, conflictId: set.body.id },
				method: 'DELETE'
			}
		);
		expect(notOwn.status).toBe(404);
		const list = await api.call(conflictsRoute.GET, path(s.callId, 'conflicts'), {
			actor: s.team,
			params: { id: s.callId }
		});
		const automatic = list.body.data.find((c: { source: string }) => c.source === 'holder');
		const refused = await api.call(
			conflictRoute.DELETE,
			path(s.callId, `conflicts/${automatic.id}`),
			{
				actor: s.team,
				params: { id: s.callId, conflictId: automatic.id },
				method: 'DELETE'
			}
		);
		expect(refused.status).toBe(409);

		const withdrawn = await api.call(
			conflictRoute.DELETE,
			path(s.callId, `conflicts/${declared.body.id}`),
			{
				actor: s.actors.clean,
				params: { id: s.callId, conflictId: declared.body.id },
				method: 'DELETE'
			}
		);
		expect(withdrawn.status).toBe(200);
		const removed = await api.call(
			conflictRoute.DELETE,
			path(s.callId, `conflicts/${set.body.id}`),
			{
				actor: s.team,
				params: { id: s.callId, conflictId: set.body.id },
				method: 'DELETE'
			}
		);
		expect(removed.status).toBe(200);
	});

	it('bad input: 422 with French field errors, nothing changed', async () => {
		const before = await snapshot();
		const cases: [unknown, string, RegExp][] = [
			[{ bids: [{ applicationId: s.apps.gmail, level: 'bof' }] }, 'bids.0.level', /Très envie/],
			[{ bids: [{ applicationId: s.apps.gmail, level: 'conflict' }] }, 'bids.0.reason', /raison/],
			[
				{ bids: [{ applicationId: s.apps.otherCall, level: 'eager' }] },
				'bids.0.applicationId',
				/n’est pas proposée/
			]
		];
		for (const [body, field, message] of cases) {
			const r = await api.call(bidsRoute.PUT, path(s.callId, 'bids'), {
				actor: s.actors.clean,
				params: { id: s.callId },
				method: 'PUT',
				body
			});
			expect(r.status, field).toBe(422);
			expect(r.body.error.fields[field][0]).toMatch(message);
		}
		const noReason = await api.call(conflictsRoute.POST, path(s.callId, 'conflicts'), {
			actor: s.actors.clean,
			params: { id: s.callId },
			body: { applicationId: s.apps.gmail }
		});
		expect(noReason.status).toBe(422);
		expect(noReason.body.error.fields.reason[0]).toMatch(/raison du conflit/);
		expect(await snapshot()).toEqual(before);
	});

	it('a juror of another call, a holder, a partner get 404; scopes are enforced', async () => {
		for (const who of [s.actors.otherCallJuror, s.actors.applicant, s.actors.partnerOnly]) {
			const params = { id: s.callId };
			expect(
				(await api.call(bidsRoute.GET, path(s.callId, 'bids'), { actor: who, params })).status
			).toBe(404);
			expect(
				(
					await api.call(bidsRoute.PUT, path(s.callId, 'bids'), {
						actor: who,
						params,
						method: 'PUT',
						body: { bids: [{ applicationId: s.apps.gmail, level: 'eager' }] }
					})
				).status
			).toBe(404);
			expect(
				(await api.call(conflictsRoute.GET, path(s.callId, 'conflicts'), { actor: who, params }))
					.status
			).toBe(404);
			expect(
				(
					await api.call(refreshRoute.POST, path(s.callId, 'conflicts/refresh'), {
						actor: who,
						params,
						method: 'POST'
					})
				).status
			).toBe(404);
		}
		const readOnly = await api.tokenActor(s.jurors.clean.user.id, ['reviews:read']);
		const write = await api.call(bidsRoute.PUT, path(s.callId, 'bids'), {
			actor: readOnly,
			params: { id: s.callId },
			method: 'PUT',
			body: { bids: [{ applicationId: s.apps.gmail, level: 'eager' }] }
		});
		expect(write.status).toBe(403);

		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown; tags: string[] }>>;
		};
		expect(doc.paths['/calls/{id}/conflicts'].get.security).toEqual([{ bearer: ['reviews:read'] }]);
		expect(doc.paths['/calls/{id}/bids'].put.security).toEqual([{ bearer: ['reviews:write'] }]);
		expect(doc.paths['/calls/{id}/conflicts/refresh'].post.tags).toEqual(['Jury']);
	});
});
