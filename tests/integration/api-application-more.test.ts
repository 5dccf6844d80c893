/**
 * The rest of the applications API, on each backend: the organisation of a draft, the team's
 * extension of a deadline, and co-holder invitations — who may, what changes, what is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import {
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser,
	testOrganisation
} from '../helpers/factories.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { apiError, applicationView } from '#lib/server/api/schemas.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { calls, outbox } from '#lib/server/db/schema.ts';
import * as startRoute from '../../src/routes/api/v1/calls/[id]/applications/+server.ts';
import * as appRoute from '../../src/routes/api/v1/applications/[id]/+server.ts';
import * as organisationRoute from '../../src/routes/api/v1/applications/[id]/organisation/+server.ts';
import * as extensionRoute from '../../src/routes/api/v1/applications/[id]/extension/+server.ts';
import * as invitationsRoute from '../../src/routes/api/v1/applications/[id]/invitations/+server.ts';
import * as submitRoute from '../../src/routes/api/v1/applications/[id]/submit/+server.ts';

const DAY = 86_400_000;

describe.each(backends)('REST API: organisation, extension, invitations (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let team: Actor;
	let holder: Actor;
	let other: Actor;
	let callId: string;

	async function newDraft() {
		const r = await api.call(startRoute.POST, `/api/v1/calls/${callId}/applications`, {
			actor: holder,
			params: { id: callId },
			body: {
				title: 'Protocole étude-action',
				organisation: testOrganisation(),
				answers: { resume: 'Avec un laboratoire.', laboratoire: 'LabQVT' }
			}
		});
		expect(r.status).toBe(201);
		return applicationView.parse(r.body);
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		const programme = await createTestProgramme(t.db);
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id)).call.id;
		const lead = await createUser(t.db, { roles: [{ role: 'team', programmeId: programme.id }] });
		team = await api.tokenActor(lead.id, null);
		holder = await api.tokenActor((await createUser(t.db)).id, null);
		other = await api.tokenActor((await createUser(t.db)).id, null);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('PUT organisation: the holders change it, the region follows; bad input changes nothing', async () => {
		const draft = await newDraft();
		const path = `/api/v1/applications/${draft.id}/organisation`;
		const body = testOrganisation({
			legalName: 'Coopérative Travail Commun',
			type: 'company',
			siret: '73282932000074',
			postalCode: '97400'
		});
		const bad = await api.call(organisationRoute.PUT, path, {
			actor: holder,
			method: 'PUT',
			params: { id: draft.id },
			body: { ...body, siret: '73282932000075', postalCode: '7' }
		});
		expect(bad.status).toBe(422);
		apiError.parse(bad.body);
		expect(Object.keys(bad.body.error.fields).sort()).toEqual(['postalCode', 'siret']);
		expect(
			(
				await api.call(organisationRoute.PUT, path, {
					actor: other,
					method: 'PUT',
					params: { id: draft.id },
					body
				})
			).status
		).toBe(404);
		const unchanged = await api.call(appRoute.GET, `/api/v1/applications/${draft.id}`, {
			actor: holder,
			params: { id: draft.id }
		});
		expect(unchanged.body.organisation.legalName).toBe(testOrganisation().legalName);

		const ok = await api.call(organisationRoute.PUT, path, {
			actor: holder,
			method: 'PUT',
			params: { id: draft.id },
			body
		});
		expect(ok.status).toBe(200);
		expect(applicationView.parse(ok.body).organisation).toMatchObject({
			legalName: 'Coopérative Travail Commun',
			siret: '73282932000074',
			regionCode: '04'
		});
	});

	it('POST extension: only the team; the draft can then be submitted after the closing', async () => {
		const draft = await newDraft();
		const path = `/api/v1/applications/${draft.id}/extension`;
		await t.db
			.update(calls)
			.set({ closesAt: new Date(Date.now() - 1000) })
			.where(eq(calls.id, callId));
		try {
			const until = new Date(Date.now() + 2 * DAY).toISOString();
			expect(
				(
					await api.call(extensionRoute.POST, path, {
						actor: holder,
						params: { id: draft.id },
						body: { until }
					})
				).status
			).toBe(403);
			const past = await api.call(extensionRoute.POST, path, {
				actor: team,
				params: { id: draft.id },
				body: { until: new Date(Date.now() - DAY).toISOString() }
			});
			expect(past.status).toBe(422);
			const late = await api.call(submitRoute.POST, `/api/v1/applications/${draft.id}/submit`, {
				actor: holder,
				method: 'POST',
				params: { id: draft.id }
			});
			expect(late.status).toBe(409);
			const granted = await api.call(extensionRoute.POST, path, {
				actor: team,
				params: { id: draft.id },
				body: { until, reason: 'Problème de connexion signalé' }
			});
			expect(granted.status).toBe(200);
			expect(new Date(granted.body.extensionUntil).toISOString()).toBe(until);
			const submitted = await api.call(
				submitRoute.POST,
				`/api/v1/applications/${draft.id}/submit`,
				{ actor: holder, method: 'POST', params: { id: draft.id } }
			);
			expect(submitted.status).toBe(200);
		} finally {
			await t.db
				.update(calls)
				.set({ closesAt: new Date(Date.now() + 30 * DAY) })
				.where(eq(calls.id, callId));
		}
	});

	it('POST invitations: the owner invites by e-mail; others are refused; a bad address is 422', async () => {
		const draft = await newDraft();
		const path = `/api/v1/applications/${draft.id}/invitations`;
		const bad = await api.call(invitationsRoute.POST, path, {
			actor: holder,
			params: { id: draft.id },
			body: { email: 'pas-une-adresse' }
		});
		expect(bad.status).toBe(422);
		expect(Object.keys(bad.body.error.fields)).toEqual(['email']);
		expect(
			(
				await api.call(invitationsRoute.POST, path, {
					actor: other,
					params: { id: draft.id },
					body: { email: 'x@exemple.fr' }
				})
			).status
		).toBe(404);
		const sent = await api.call(invitationsRoute.POST, path, {
			actor: holder,
			params: { id: draft.id },
			body: { email: ' Co.Porteuse@Exemple.fr ' }
		});
		expect(sent.status).toBe(201);
		expect(sent.body.email).toBe('co.porteuse@exemple.fr');
		const mails = await t.db
			.select()
			.from(outbox)
			.where(eq(outbox.toAddress, 'co.porteuse@exemple.fr'));
		expect(mails.length).toBe(1);
		expect(mails[0].textBody).toContain('/candidatures/invitation/');
	});

	it('documents the three operations in OpenAPI', () => {
		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown }>>;
		};
		expect(doc.paths['/applications/{id}/organisation'].put.security).toEqual([
			{ bearer: ['applications:write'] }
		]);
		expect(doc.paths['/applications/{id}/extension']).toHaveProperty('post');
		expect(doc.paths['/applications/{id}/invitations']).toHaveProperty('post');
	});
});
