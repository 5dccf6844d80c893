/**
 * The REST API of attribution, referral links and regional opinions, through the very handlers
 * SvelteKit calls, on each backend. A partner's token sees only what the partner sees: its
 * region's and its referred applications (list, detail, attachment download), never another
 * region's nor a draft, and writes nothing but its opinion (with `sourcing:write`). Holders accept
 * referral links and name their partner; they never read opinions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser,
	testOrganisation,
	TEST_FORM
} from '../helpers/factories.ts';
import {
	addMember,
	insertPartner,
	insertReferral,
	type TestPartner
} from '../helpers/opinionsSetup.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import type { FormDefinition } from '#lib/server/calls/form/definition.ts';
import { applications, regionalOpinions } from '#lib/server/db/schema.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import {
	apiError,
	applicationDetailView,
	applicationSummaryView,
	applicationView,
	pageOf
} from '#lib/server/api/schemas.ts';
import {
	referredApplicationView,
	regionalOpinionView,
	regionalOpinionsView
} from '#lib/server/api/operations/opinions.ts';
import {
	addAttachment,
	saveDraft,
	saveOrganisation,
	startApplication,
	submitApplication
} from '#lib/server/applications/index.ts';
import * as samples from '#lib/server/storage/testing/samples.ts';
import * as listRoute from '../../src/routes/api/v1/applications/+server.ts';
import * as appRoute from '../../src/routes/api/v1/applications/[id]/+server.ts';
import * as transitionsRoute from '../../src/routes/api/v1/applications/[id]/transitions/+server.ts';
import * as withdrawRoute from '../../src/routes/api/v1/applications/[id]/withdraw/+server.ts';
import * as opinionsRoute from '../../src/routes/api/v1/applications/[id]/regional-opinions/+server.ts';
import * as opinionRoute from '../../src/routes/api/v1/applications/[id]/regional-opinion/+server.ts';
import * as partnerRoute from '../../src/routes/api/v1/applications/[id]/partner/+server.ts';
import * as acceptRoute from '../../src/routes/api/v1/referrals/accept/+server.ts';
import * as downloadRoute from '../../src/routes/candidatures/[id]/pieces/[attachmentId]/+server.ts';

const FILE_FORM: FormDefinition = {
	sections: [
		...TEST_FORM.sections,
		{
			key: 'pieces',
			title: { fr: 'Pièces jointes', en: 'Attachments' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'presentation',
					kind: 'file',
					label: { fr: 'Présentation du projet', en: 'Project presentation' },
					help: { fr: '', en: '' },
					required: false
				}
			]
		}
	]
};
const RESUME = { resume: 'Un baromètre participatif de la charge de travail.' };
const OPINION = 'Structure suivie depuis 2024, projet solide et bien ancré chez les salariés.';

describe.each(backends)(
	'REST API: attribution, referral links, regional opinions (%s)',
	(backend) => {
		let t: TestDatabase;
		let api: ApiHarness;
		let programmeId: string;
		let callId: string;
		let bretagne: TestPartner;
		let normandie: TestPartner;
		/** Bretagne's member, with every scope / with reads only. */
		let partnerToken: Actor;
		let partnerReadOnly: Actor;
		let teamToken: Actor;
		let holderToken: Actor;
		let holderUserId: string;
		let memberId: string;
		let inBretagne: { id: string; attachmentId: string };
		let inNormandie: { id: string; attachmentId: string };
		let draft: string;

		const appPath = (id: string) => `/api/v1/applications/${id}`;
		const opinionRows = (id: string) =>
			t.db.select().from(regionalOpinions).where(eq(regionalOpinions.applicationId, id));

		async function download(id: string, attachmentId: string, actor: Actor): Promise<number> {
			try {
				const r = await api.call(downloadRoute.GET, `/candidatures/${id}/pieces/${attachmentId}`, {
					actor,
					params: { id, attachmentId }
				});
				return r.status;
			} catch (e) {
				if (isHttpError(e) || isRedirect(e)) return e.status;
				throw e;
			}
		}

		async function submitted(postalCode: string) {
			const who = await actorFor(t.db, (await createUser(t.db)).id);
			const app = await startApplication(t.services, who, callId, {
				title: `Projet ${postalCode}`,
				organisation: testOrganisation({ postalCode }),
				answers: RESUME
			});
			const file = await addAttachment(t.services, who, app.id, {
				questionKey: 'presentation',
				fileName: 'presentation.pdf',
				bytes: samples.pdf()
			});
			await submitApplication(t.services, who, app.id);
			return { id: app.id, attachmentId: file.id };
		}

		beforeAll(async () => {
			t = await freshDatabase(backend);
			api = apiHarness(t);
			programmeId = (await createTestProgramme(t.db, { name: 'Transformateur numérique' })).id;
			const cycleId = (await createTestCycle(t.db, programmeId)).id;
			callId = (await createTestCall(t.db, programmeId, cycleId, { definition: FILE_FORM })).call
				.id;
			bretagne = await insertPartner(t.db, programmeId, {
				name: 'Aract Bretagne',
				regionCodes: ['53']
			});
			normandie = await insertPartner(t.db, programmeId, {
				name: 'Aract Normandie',
				regionCodes: ['28']
			});
			const member = await createUser(t.db);
			memberId = member.id;
			await addMember(t.db, member.id, bretagne);
			partnerToken = await api.tokenActor(member.id, [
				'applications:read',
				'applications:write',
				'sourcing:read',
				'sourcing:write'
			]);
			partnerReadOnly = await api.tokenActor(member.id, ['applications:read', 'sourcing:read']);
			teamToken = await api.tokenActor(
				(await createUser(t.db, { roles: [{ role: 'team', programmeId }] })).id,
				null
			);
			holderUserId = (await createUser(t.db)).id;
			holderToken = await api.tokenActor(holderUserId, null);

			inBretagne = await submitted('35000');
			inNormandie = await submitted('14000');
			draft = (
				await startApplication(t.services, await actorFor(t.db, holderUserId), callId, {
					title: 'Brouillon breton',
					organisation: testOrganisation({ postalCode: '35000' })
				})
			).id;
		});
		afterAll(async () => {
			await t?.drop();
		});

		it('a partner’s token reads its region’s applications only, and writes none', async () => {
			const list = await api.call(listRoute.GET, '/api/v1/applications', { actor: partnerToken });
			expect(list.status).toBe(200);
			const page = pageOf(applicationSummaryView).parse(list.body);
			expect(page.data.map((a) => a.id)).toEqual([inBretagne.id]);

			const mine = await api.call(appRoute.GET, appPath(inBretagne.id), {
				actor: partnerToken,
				params: { id: inBretagne.id }
			});
			expect(mine.status).toBe(200);
			expect(applicationDetailView.parse(mine.body)).toMatchObject({
				viewerRole: 'partner',
				allowedTransitions: [],
				attribution: null
			});
			for (const id of [inNormandie.id, draft]) {
				const r = await api.call(appRoute.GET, appPath(id), {
					actor: partnerToken,
					params: { id }
				});
				expect(r.status).toBe(404);
				apiError.parse(r.body);
			}
			expect(await download(inBretagne.id, inBretagne.attachmentId, partnerToken)).toBe(200);
			expect(await download(inNormandie.id, inNormandie.attachmentId, partnerToken)).toBe(404);
			// The holder and the team are as before.
			expect(await download(inNormandie.id, inNormandie.attachmentId, teamToken)).toBe(200);

			// Writes: refused, nothing changed.
			const [before] = await t.db
				.select()
				.from(applications)
				.where(eq(applications.id, inBretagne.id));
			const patch = await api.call(appRoute.PATCH, appPath(inBretagne.id), {
				actor: partnerToken,
				method: 'PATCH',
				params: { id: inBretagne.id },
				body: { answers: { resume: 'Réécrit par le partenaire.' } }
			});
			expect(patch.status).toBe(403);
			for (const [handler, body] of [
				[transitionsRoute.POST, { to: 'eligible', reason: 'Je décide.' }],
				[withdrawRoute.POST, { reason: 'Retirée.' }],
				[partnerRoute.PUT, { partnerId: bretagne.id }]
			] as const) {
				const r = await api.call(handler, `${appPath(inBretagne.id)}/x`, {
					actor: partnerToken,
					method: handler === partnerRoute.PUT ? 'PUT' : 'POST',
					params: { id: inBretagne.id },
					body
				});
				expect(r.status).toBe(403);
			}
			const [after] = await t.db
				.select()
				.from(applications)
				.where(eq(applications.id, inBretagne.id));
			expect(after).toMatchObject({
				status: before.status,
				revision: before.revision,
				answers: before.answers,
				partnerId: null
			});
		});

		it('referral links: the holder starts from one, is attributed; used, unknown links refused', async () => {
			const { token, referral } = await insertReferral(t.db, bretagne, callId);
			const anonymous = await api.call(acceptRoute.POST, '/api/v1/referrals/accept', {
				body: { token }
			});
			expect(anonymous.status).toBe(401);

			const holder = await createUser(t.db);
			const holderActor = await api.tokenActor(holder.id, ['applications:write']);
			const made = await api.call(acceptRoute.POST, '/api/v1/referrals/accept', {
				actor: holderActor,
				body: { token }
			});
			expect(made.status).toBe(200);
			const accepted = referredApplicationView.parse(made.body);
			expect(accepted.outcome).toBe('started');
			expect(accepted.application.attribution).toEqual({
				partnerId: bretagne.id,
				partnerName: 'Aract Bretagne',
				sourcing: 'referral'
			});
			const [row] = await t.db
				.select()
				.from(applications)
				.where(eq(applications.id, accepted.application.id));
			expect(row.referralId).toBe(referral.id);

			const other = await api.call(acceptRoute.POST, '/api/v1/referrals/accept', {
				actor: holderToken,
				body: { token }
			});
			expect(other.status).toBe(422);
			expect(apiError.parse(other.body).error.fields.token).toEqual([
				'Ce lien d’invitation a déjà servi à une autre personne. Vous pouvez candidater sans lui depuis la page de l’appel à projets.'
			]);
			const unknown = await api.call(acceptRoute.POST, '/api/v1/referrals/accept', {
				actor: holderToken,
				body: { token: 'inconnu-mais-assez-long' }
			});
			expect(unknown.status).toBe(422);
			expect(unknown.body.error.fields.token[0]).toMatch(/^Ce lien d’invitation est inconnu/);

			// The referred application, in Normandie once submitted: Bretagne still reads it.
			const holderFull = await actorFor(t.db, holder.id);
			await saveOrganisation(
				t.services,
				holderFull,
				row.id,
				testOrganisation({ postalCode: '14000' })
			);
			await saveDraft(t.services, holderFull, row.id, { title: 'Orienté', answers: RESUME });
			await submitApplication(t.services, holderFull, row.id);
			const list = await api.call(listRoute.GET, '/api/v1/applications', { actor: partnerToken });
			expect(list.body.data.map((a: { id: string }) => a.id)).toEqual([row.id, inBretagne.id]);
		});

		it('a holder names their partner through the API', async () => {
			const path = `${appPath(draft)}/partner`;
			const call = (body: unknown, actor: Actor = holderToken) =>
				api.call(partnerRoute.PUT, path, { actor, method: 'PUT', params: { id: draft }, body });
			const named = await call({ partnerId: normandie.id });
			expect(named.status).toBe(200);
			expect(applicationView.parse(named.body).attribution).toEqual({
				partnerId: normandie.id,
				partnerName: 'Aract Normandie',
				sourcing: 'declared'
			});
			const bad = await call({ partnerId: '00000000-0000-4000-8000-000000000000' });
			expect(bad.status).toBe(422);
			expect(bad.body.error.fields.partnerId).toEqual([
				'Choisissez un partenaire régional de la liste, ou « Aucun ».'
			]);
			// Another person: it does not exist.
			const stranger = await api.tokenActor((await createUser(t.db)).id, null);
			expect((await call({ partnerId: null }, stranger)).status).toBe(404);
			const none = await call({ partnerId: null });
			expect(none.body.attribution).toBeNull();
		});

		it('regional opinions: the partner writes with sourcing:write; others read as the rules say', async () => {
			const path = `${appPath(inBretagne.id)}/regional-opinion`;
			const put = (body: unknown, actor: Actor = partnerToken) =>
				api.call(opinionRoute.PUT, path, {
					actor,
					method: 'PUT',
					params: { id: inBretagne.id },
					body
				});
			const get = (actor: Actor, id = inBretagne.id) =>
				api.call(opinionsRoute.GET, `${appPath(id)}/regional-opinions`, {
					actor,
					params: { id }
				});

			const readOnly = await put({ recommendation: 'support', text: OPINION }, partnerReadOnly);
			expect(readOnly.status).toBe(403);
			expect(readOnly.body.error.message).toContain('sourcing:write');

			// Bad input: 422, in French, field by field; nothing stored.
			const bad = await put({ recommendation: 'enthousiaste', text: 'Trop court.' });
			expect(bad.status).toBe(422);
			expect(bad.body.error.fields).toEqual({
				recommendation: [
					'Choisissez une recommandation : très favorable, favorable, réservé ou défavorable.'
				],
				text: ['L’avis doit compter entre 20 et 5 000 caractères.']
			});
			expect(await opinionRows(inBretagne.id)).toHaveLength(0);

			const saved = await put({ recommendation: 'strong_support', text: OPINION });
			expect(saved.status).toBe(200);
			expect(regionalOpinionView.parse(saved.body)).toMatchObject({
				partnerName: 'Aract Bretagne',
				recommendation: 'strong_support'
			});
			const again = await put({ recommendation: 'support', text: OPINION });
			expect(again.body.id).toBe(saved.body.id);
			expect(await opinionRows(inBretagne.id)).toHaveLength(1);

			const seen = await get(partnerReadOnly);
			expect(seen.status).toBe(200);
			expect(regionalOpinionsView.parse(seen.body)).toMatchObject({
				data: [{ partnerName: 'Aract Bretagne', recommendation: 'support' }],
				writableAs: [{ partnerId: bretagne.id, name: 'Aract Bretagne' }]
			});
			expect((await get(teamToken)).body.data).toHaveLength(1);
			// Without sourcing:read; the holders; another region's application; a draft: nothing.
			const noScope = await api.tokenActor(memberId, ['applications:read']);
			expect((await get(noScope)).status).toBe(403);
			expect((await get(holderToken, draft)).status).toBe(404);
			for (const id of [inNormandie.id, draft]) {
				expect((await get(partnerToken, id)).status).toBe(404);
				const r = await api.call(opinionRoute.PUT, `${appPath(id)}/regional-opinion`, {
					actor: partnerToken,
					method: 'PUT',
					params: { id },
					body: { recommendation: 'against', text: OPINION }
				});
				expect(r.status).toBe(404);
			}
			// The team reads but gives no opinion.
			expect((await put({ recommendation: 'against', text: OPINION }, teamToken)).status).toBe(403);
			expect(await opinionRows(inNormandie.id)).toHaveLength(0);
		});

		it('documents the operations', () => {
			const doc = buildOpenApiDocument() as unknown as {
				paths: Record<string, Record<string, { security: unknown }>>;
			};
			expect(doc.paths['/applications/{id}/regional-opinions'].get.security).toEqual([
				{ bearer: ['sourcing:read'] }
			]);
			expect(doc.paths['/applications/{id}/regional-opinion'].put.security).toEqual([
				{ bearer: ['sourcing:write'] }
			]);
			expect(doc.paths['/applications/{id}/partner'].put.security).toEqual([
				{ bearer: ['applications:write'] }
			]);
			expect(doc.paths['/referrals/accept'].post.security).toEqual([
				{ bearer: ['applications:write'] }
			]);
		});
	}
);
