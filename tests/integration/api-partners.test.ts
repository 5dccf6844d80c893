/**
 * Regional partners, prospects, contacts and referrals through the REST API, with the very
 * handlers SvelteKit calls, on each backend: the team manages partners and members; a partner's
 * token reads and writes its own prospects and nothing else (404); holders and jury members see
 * nothing; a token without `sourcing:write` may not write (403); bad input answers 422 in French,
 * field by field; every answer matches its documented schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiCall, type ApiHarness, type Handler } from '../helpers/api.ts';
import {
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../helpers/factories.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { hashSecret } from '#lib/server/accounts/tokens.ts';
import { outbox, referrals, roleAssignments } from '#lib/server/db/schema.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { apiError } from '#lib/server/api/schemas.ts';
import {
	contactView,
	partnerMemberView,
	partnerView,
	prospectDetailView,
	prospectView,
	referralView
} from '#lib/server/api/operations/partners.ts';
import * as programmePartnersRoute from '../../src/routes/api/v1/programmes/[id]/partners/+server.ts';
import * as partnerRoute from '../../src/routes/api/v1/partners/[id]/+server.ts';
import * as membersRoute from '../../src/routes/api/v1/partners/[id]/members/+server.ts';
import * as memberRoute from '../../src/routes/api/v1/partners/[id]/members/[userId]/+server.ts';
import * as prospectsRoute from '../../src/routes/api/v1/partners/[id]/prospects/+server.ts';
import * as prospectRoute from '../../src/routes/api/v1/prospects/[id]/+server.ts';
import * as contactsRoute from '../../src/routes/api/v1/prospects/[id]/contacts/+server.ts';
import * as referralsRoute from '../../src/routes/api/v1/prospects/[id]/referrals/+server.ts';

const page = <T extends z.ZodType>(item: T) =>
	z.strictObject({ data: z.array(item), nextCursor: z.string().nullable() });

const prospectBody = {
	organisationName: 'Atelier Breizh Numérique',
	contactName: 'Soizic Le Bihan',
	email: 'soizic@atelier-breizh.test',
	phone: '+33 2 99 12 34 56',
	channel: 'meeting',
	regionCode: '53',
	firstContactOn: '2026-02-03',
	nextStep: 'Envoyer l’invitation',
	nextStepOn: '2026-02-20'
};

describe.each(backends)('REST API: regional partners and prospects (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let programmeId: string;
	let callId: string;
	let team: Actor;
	let teamReader: Actor;
	let holder: Actor;
	let jury: Actor;
	let otherTeam: Actor;
	let memberA: Actor;
	let memberAReader: Actor;
	let memberB: Actor;
	let memberAId: string;
	let memberBId: string;
	let memberAEmail: string;
	let memberBEmail: string;
	let partnerA: string;
	let partnerB: string;

	const call = (handler: Handler | undefined, path: string, c: ApiCall) =>
		api.call(handler, path, c);

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		programmeId = (await createTestProgramme(t.db)).id;
		const cycle = await createTestCycle(t.db, programmeId);
		callId = (await createTestCall(t.db, programmeId, cycle.id, { title: 'Appel ouvert' })).call.id;
		const teamUser = await createUser(t.db, { roles: [{ role: 'team', programmeId }] });
		team = await api.tokenActor(teamUser.id, ['sourcing:read', 'sourcing:write']);
		teamReader = await api.tokenActor(teamUser.id, ['sourcing:read']);
		// All scopes: what refuses them is their role, not their token.
		holder = await api.tokenActor(
			(await createUser(t.db, { roles: [{ role: 'holder' }] })).id,
			null
		);
		jury = await api.tokenActor(
			(await createUser(t.db, { roles: [{ role: 'jury', programmeId }] })).id,
			null
		);
		const other = await createTestProgramme(t.db);
		otherTeam = await api.tokenActor(
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id,
			null
		);
		const a = await createUser(t.db, { name: 'Yann Le Gall' });
		const b = await createUser(t.db, { name: 'Bob Guérin' });
		[memberAId, memberAEmail] = [a.id, a.email];
		[memberBId, memberBEmail] = [b.id, b.email];
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('lets the team create partners and add members; grants follow the regions', async () => {
		const created = await call(
			programmePartnersRoute.POST,
			`/api/v1/programmes/${programmeId}/partners`,
			{
				actor: team,
				params: { id: programmeId },
				body: { name: 'Aract Bretagne', regionCodes: ['53'], contactEmail: 'contact@aract.test' }
			}
		);
		expect(created.status).toBe(201);
		partnerA = partnerView.parse(created.body).id;
		expect(created.headers.get('location')).toBe(`/api/v1/partners/${partnerA}`);
		const b = await call(
			programmePartnersRoute.POST,
			`/api/v1/programmes/${programmeId}/partners`,
			{
				actor: team,
				params: { id: programmeId },
				body: { name: 'Aract Pays de la Loire', regionCodes: ['52'] }
			}
		);
		partnerB = partnerView.parse(b.body).id;

		const added = await call(membersRoute.POST, `/api/v1/partners/${partnerA}/members`, {
			actor: team,
			params: { id: partnerA },
			body: { email: memberAEmail }
		});
		expect(added.status).toBe(201);
		expect(partnerMemberView.parse(added.body).userId).toBe(memberAId);
		await call(membersRoute.POST, `/api/v1/partners/${partnerB}/members`, {
			actor: team,
			params: { id: partnerB },
			body: { email: memberBEmail }
		});
		memberA = await api.tokenActor(memberAId, ['sourcing:read', 'sourcing:write']);
		memberAReader = await api.tokenActor(memberAId, ['sourcing:read']);
		memberB = await api.tokenActor(memberBId, null);

		// Two regions: the member's grants follow.
		const patched = await call(partnerRoute.PATCH, `/api/v1/partners/${partnerA}`, {
			actor: team,
			method: 'PATCH',
			params: { id: partnerA },
			body: { regionCodes: ['53', '28'] }
		});
		expect(patched.status).toBe(200);
		expect(partnerView.parse(patched.body).regions.map((r) => r.code)).toEqual(['28', '53']);
		const grants = await t.db
			.select()
			.from(roleAssignments)
			.where(eq(roleAssignments.partnerId, partnerA));
		expect(grants.map((g) => g.regionCode).sort()).toEqual(['28', '53']);
		await call(partnerRoute.PATCH, `/api/v1/partners/${partnerA}`, {
			actor: team,
			method: 'PATCH',
			params: { id: partnerA },
			body: { regionCodes: ['53'] }
		});

		const list = await call(
			programmePartnersRoute.GET,
			`/api/v1/programmes/${programmeId}/partners`,
			{ actor: teamReader, params: { id: programmeId } }
		);
		expect(list.status).toBe(200);
		expect(
			page(partnerView)
				.parse(list.body)
				.data.map((p) => p.name)
		).toEqual(['Aract Bretagne', 'Aract Pays de la Loire']);
		const members = await call(membersRoute.GET, `/api/v1/partners/${partnerA}/members`, {
			actor: memberA,
			params: { id: partnerA }
		});
		expect(
			page(partnerMemberView)
				.parse(members.body)
				.data.map((m) => m.name)
		).toEqual(['Yann Le Gall']);
	});

	it('refuses partner management to everyone but the team, and to a read-only token', async () => {
		for (const someone of [memberA, holder, jury, otherTeam]) {
			const r = await call(
				programmePartnersRoute.POST,
				`/api/v1/programmes/${programmeId}/partners`,
				{
					actor: someone,
					params: { id: programmeId },
					body: { name: 'Pirate', regionCodes: ['53'] }
				}
			);
			expect(r.status).toBe(404);
			const l = await call(
				programmePartnersRoute.GET,
				`/api/v1/programmes/${programmeId}/partners`,
				{
					actor: someone,
					params: { id: programmeId }
				}
			);
			expect(l.status).toBe(404);
			const d = await call(
				memberRoute.DELETE,
				`/api/v1/partners/${partnerA}/members/${memberAId}`,
				{
					actor: someone,
					method: 'DELETE',
					params: { id: partnerA, userId: memberAId }
				}
			);
			expect(d.status).toBe(404);
		}
		for (const someone of [holder, jury, otherTeam, memberB]) {
			const g = await call(partnerRoute.GET, `/api/v1/partners/${partnerA}`, {
				actor: someone,
				params: { id: partnerA }
			});
			expect(g.status).toBe(404);
		}
		const r = await call(partnerRoute.PATCH, `/api/v1/partners/${partnerA}`, {
			actor: teamReader,
			method: 'PATCH',
			params: { id: partnerA },
			body: { name: 'Lecture seule' }
		});
		expect(r.status).toBe(403);
		const anonymous = await call(partnerRoute.GET, `/api/v1/partners/${partnerA}`, {
			params: { id: partnerA }
		});
		expect(anonymous.status).toBe(401);
	});

	it('lets a member record, follow and invite its prospects; the token never leaks', async () => {
		const created = await call(prospectsRoute.POST, `/api/v1/partners/${partnerA}/prospects`, {
			actor: memberA,
			params: { id: partnerA },
			body: prospectBody
		});
		expect(created.status).toBe(201);
		const prospect = prospectView.parse(created.body);
		expect(prospect).toMatchObject({ stage: 'prospect', call: { id: callId } });
		expect(created.headers.get('location')).toBe(`/api/v1/prospects/${prospect.id}`);

		const contact = await call(contactsRoute.POST, `/api/v1/prospects/${prospect.id}/contacts`, {
			actor: memberA,
			params: { id: prospect.id },
			body: { on: '2026-02-03', channel: 'meeting', summary: 'Rendez-vous dans leurs locaux.' }
		});
		expect(contact.status).toBe(201);
		contactView.parse(contact.body);

		const sent = await call(referralsRoute.POST, `/api/v1/prospects/${prospect.id}/referrals`, {
			actor: memberA,
			params: { id: prospect.id },
			body: { message: 'Au plaisir de lire votre candidature.' }
		});
		expect(sent.status).toBe(201);
		const referral = referralView.parse(sent.body);
		expect(referral).toMatchObject({ state: 'sent', email: 'soizic@atelier-breizh.test' });
		expect(JSON.stringify(sent.body)).not.toMatch(/candidater\//);
		const [mail] = await t.db
			.select()
			.from(outbox)
			.where(eq(outbox.toAddress, 'soizic@atelier-breizh.test'));
		const token = /\/candidater\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
		const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referral.id));
		expect(row.tokenHash).toBe(hashSecret(token));

		const detail = await call(prospectRoute.GET, `/api/v1/prospects/${prospect.id}`, {
			actor: memberAReader,
			params: { id: prospect.id }
		});
		expect(detail.status).toBe(200);
		const d = prospectDetailView.parse(detail.body);
		expect(d.stage).toBe('invited');
		expect(d.contacts).toHaveLength(1);
		expect(d.referrals.map((r) => r.id)).toEqual([referral.id]);

		const listed = await call(prospectsRoute.GET, `/api/v1/partners/${partnerA}/prospects`, {
			actor: memberA,
			params: { id: partnerA }
		});
		expect(
			page(prospectView)
				.parse(listed.body)
				.data.map((p) => p.id)
		).toEqual([prospect.id]);
		const filtered = await call(
			prospectsRoute.GET,
			`/api/v1/partners/${partnerA}/prospects?stage=submitted`,
			{ actor: memberA, params: { id: partnerA } }
		);
		expect(page(prospectView).parse(filtered.body).data).toEqual([]);
		const badFilter = await call(
			prospectsRoute.GET,
			`/api/v1/partners/${partnerA}/prospects?stage=nowhere`,
			{ actor: memberA, params: { id: partnerA } }
		);
		expect(badFilter.status).toBe(422);

		const patched = await call(prospectRoute.PATCH, `/api/v1/prospects/${prospect.id}`, {
			actor: memberA,
			method: 'PATCH',
			params: { id: prospect.id },
			body: { nextStep: 'Relancer', archived: false }
		});
		expect(patched.status).toBe(200);
		expect(prospectView.parse(patched.body)).toMatchObject({
			nextStep: 'Relancer',
			organisationName: 'Atelier Breizh Numérique'
		});
		for (const [handler, path] of [
			[contactsRoute.GET, 'contacts'],
			[referralsRoute.GET, 'referrals']
		] as const) {
			const r = await call(handler, `/api/v1/prospects/${prospect.id}/${path}`, {
				actor: team,
				params: { id: prospect.id }
			});
			expect(r.status).toBe(200);
			expect(r.body.data).toHaveLength(1);
		}
		// A read-only token may not write.
		const refused = await call(contactsRoute.POST, `/api/v1/prospects/${prospect.id}/contacts`, {
			actor: memberAReader,
			params: { id: prospect.id },
			body: { on: '2026-02-03', channel: 'phone', summary: 'Lecture seule' }
		});
		expect(refused.status).toBe(403);
	});

	it('answers 404 to another partner, a holder, a jury member and another team, on every route', async () => {
		const own = await call(prospectsRoute.POST, `/api/v1/partners/${partnerA}/prospects`, {
			actor: memberA,
			params: { id: partnerA },
			body: { ...prospectBody, organisationName: 'Secrète SARL' }
		});
		const id = own.body.id as string;
		for (const outsider of [memberB, holder, jury, otherTeam]) {
			const answers = [
				await call(prospectsRoute.GET, `/api/v1/partners/${partnerA}/prospects`, {
					actor: outsider,
					params: { id: partnerA }
				}),
				await call(prospectsRoute.POST, `/api/v1/partners/${partnerA}/prospects`, {
					actor: outsider,
					params: { id: partnerA },
					body: prospectBody
				}),
				await call(prospectRoute.GET, `/api/v1/prospects/${id}`, {
					actor: outsider,
					params: { id }
				}),
				await call(prospectRoute.PATCH, `/api/v1/prospects/${id}`, {
					actor: outsider,
					method: 'PATCH',
					params: { id },
					body: { notes: 'lu' }
				}),
				await call(contactsRoute.GET, `/api/v1/prospects/${id}/contacts`, {
					actor: outsider,
					params: { id }
				}),
				await call(contactsRoute.POST, `/api/v1/prospects/${id}/contacts`, {
					actor: outsider,
					params: { id },
					body: { on: '2026-02-03', channel: 'phone', summary: 'Intrusion' }
				}),
				await call(referralsRoute.GET, `/api/v1/prospects/${id}/referrals`, {
					actor: outsider,
					params: { id }
				}),
				await call(referralsRoute.POST, `/api/v1/prospects/${id}/referrals`, {
					actor: outsider,
					params: { id },
					body: { email: 'pirate@exemple.fr' }
				}),
				await call(membersRoute.GET, `/api/v1/partners/${partnerA}/members`, {
					actor: outsider,
					params: { id: partnerA }
				})
			];
			for (const a of answers) {
				expect(a.status).toBe(404);
				apiError.parse(a.body);
				expect(JSON.stringify(a.body)).not.toContain('Secrète');
			}
		}
		// An address that is not an id names nothing.
		const bad = await call(prospectRoute.GET, '/api/v1/prospects/pas-un-id', {
			actor: memberA,
			params: { id: 'pas-un-id' }
		});
		expect(bad.status).toBe(404);
	});

	it('answers 422 with French messages per field, and changes nothing', async () => {
		const r = await call(prospectsRoute.POST, `/api/v1/partners/${partnerA}/prospects`, {
			actor: memberA,
			params: { id: partnerA },
			body: {
				...prospectBody,
				organisationName: '',
				email: 'pas-une-adresse',
				regionCode: '52',
				nextStep: 'x'.repeat(501)
			}
		});
		expect(r.status).toBe(422);
		expect(apiError.parse(r.body).error.fields).toEqual({
			organisationName: ['Indiquez le nom de la structure.'],
			email: ['Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.'],
			regionCode: ['Choisissez l’une des régions du partenaire.'],
			nextStep: ['La prochaine étape ne doit pas dépasser 500 caractères.']
		});
		const unknown = await call(
			programmePartnersRoute.POST,
			`/api/v1/programmes/${programmeId}/partners`,
			{
				actor: team,
				params: { id: programmeId },
				body: { name: '', regionCodes: ['99'] }
			}
		);
		expect(unknown.status).toBe(422);
		expect(unknown.body.error.fields).toEqual({
			name: ['Indiquez le nom du partenaire.'],
			regionCodes: ['Choisissez une région de la liste.']
		});
		const member = await call(membersRoute.POST, `/api/v1/partners/${partnerA}/members`, {
			actor: team,
			params: { id: partnerA },
			body: { email: 'pas@' }
		});
		expect(member.status).toBe(422);
		expect(member.body.error.fields.email).toEqual([
			'Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.'
		]);
		const misspelt = await call(prospectsRoute.POST, `/api/v1/partners/${partnerA}/prospects`, {
			actor: memberA,
			params: { id: partnerA },
			body: { ...prospectBody, organisation: 'typo' }
		});
		expect(misspelt.status).toBe(422);
		const listed = await call(prospectsRoute.GET, `/api/v1/partners/${partnerA}/prospects`, {
			actor: memberA,
			params: { id: partnerA }
		});
		expect(
			listed.body.data.map((p: { organisationName: string }) => p.organisationName)
		).not.toContain('');
	});

	it('documents every route in the OpenAPI document', () => {
		const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
		expect(Object.keys(doc.paths['/programmes/{id}/partners'])).toEqual(['get', 'post']);
		expect(Object.keys(doc.paths['/partners/{id}'])).toEqual(['get', 'patch']);
		expect(Object.keys(doc.paths['/partners/{id}/members'])).toEqual(['get', 'post']);
		expect(Object.keys(doc.paths['/partners/{id}/members/{userId}'])).toEqual(['delete']);
		expect(Object.keys(doc.paths['/partners/{id}/prospects'])).toEqual(['get', 'post']);
		expect(Object.keys(doc.paths['/prospects/{id}'])).toEqual(['get', 'patch']);
		expect(Object.keys(doc.paths['/prospects/{id}/contacts'])).toEqual(['get', 'post']);
		expect(Object.keys(doc.paths['/prospects/{id}/referrals'])).toEqual(['get', 'post']);
	});
});
