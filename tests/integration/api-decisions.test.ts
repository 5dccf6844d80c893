/**
 * The REST API of shortlist decisions and of the jury's discussion, through the very handlers
 * SvelteKit calls, on each backend: a decision with a reason and `from` (stale: 409), the team's
 * only (404 for others, 403 without `applications:write`); the notification refused while an
 * application is undecided, then one e-mail per holder with the comments to the applicant and
 * never the private ones, and never twice; the discussion for the jurors who submitted and the
 * team. Scopes `reviews:read`/`reviews:write`, tag « Jury ».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness, type ApiHarness } from '../helpers/api.ts';
import {
	COMMENTS,
	PRIVATE,
	decisionScenario,
	type DecisionScenario
} from '../helpers/decisionsSetup.ts';
import { outbox } from '#lib/server/db/schema.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import * as decisionRoute from '../../src/routes/api/v1/applications/[id]/decision/+server.ts';
import * as discussionRoute from '../../src/routes/api/v1/applications/[id]/discussion/+server.ts';
import * as notifyRoute from '../../src/routes/api/v1/calls/[id]/decisions/notify/+server.ts';

describe.each(backends)('API of shortlist decisions (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let s: DecisionScenario;
	const decide = (id: string, body: unknown, actor: Actor = s.team) =>
		api.call(decisionRoute.POST, `/api/v1/applications/${id}/decision`, {
			actor,
			params: { id },
			body
		});
	const notify = (body: unknown, actor: Actor = s.team) =>
		api.call(notifyRoute.POST, `/api/v1/calls/${s.callId}/decisions/notify`, {
			actor,
			params: { id: s.callId },
			body
		});
	const mails = () => t.db.select().from(outbox).where(eq(outbox.template, 'shortlist_decision'));

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		s = await decisionScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('answers 404 to anyone outside the team, 403 to a token without applications:write', async () => {
		for (const actor of [s.actors.ana, s.actors.holder, s.actors.partner]) {
			const r = await decide(
				s.apps.a,
				{ decision: 'shortlisted', reason: 'Oui.', from: 'under_review' },
				actor
			);
			expect(r.status).toBe(404);
			expect((await notify({ dryRun: true }, actor)).status).toBe(404);
		}
		// It reads the application (applications:read) but may not change it (no applications:write).
		const token = await api.tokenActor(s.team.kind === 'user' ? s.team.userId : '', [
			'reviews:read',
			'reviews:write',
			'applications:read'
		]);
		const r = await decide(
			s.apps.a,
			{ decision: 'shortlisted', reason: 'Oui.', from: 'under_review' },
			token
		);
		expect(r.status).toBe(403);
	});

	it('decides with a reason and the status seen; a stale `from` is a 409', async () => {
		const missing = await decide(s.apps.a, { decision: 'shortlisted', from: 'under_review' });
		expect(missing.status).toBe(422);
		const bad = await decide(s.apps.a, { decision: 'retained', reason: 'x', from: 'under_review' });
		expect(bad.status).toBe(422);
		const ok = await decide(s.apps.a, {
			decision: 'shortlisted',
			reason: 'Projet exemplaire.',
			from: 'under_review'
		});
		expect(ok.status).toBe(200);
		expect(ok.body.status).toBe('shortlisted');
		const stale = await decide(s.apps.a, {
			decision: 'not_shortlisted',
			reason: 'Changement.',
			from: 'under_review'
		});
		expect(stale.status).toBe(409);
		expect(await mails()).toHaveLength(0);
	});

	it('refuses to notify while an application is undecided; the dry run says so', async () => {
		const dry = await notify({ dryRun: true });
		expect(dry.status).toBe(200);
		expect(dry.body).toEqual({
			dryRun: true,
			undecided: 1,
			notified: { shortlisted: 1, waitlisted: 0, not_shortlisted: 0 },
			alreadyNotified: 0,
			emails: 0
		});
		const refused = await notify({});
		expect(refused.status).toBe(409);
		expect(await mails()).toHaveLength(0);
	});

	it('notifies every holder once, with the comments to the applicant only', async () => {
		expect(
			(
				await decide(s.apps.b, {
					decision: 'waitlisted',
					reason: 'Liste d’attente.',
					from: 'under_review'
				})
			).status
		).toBe(200);
		const sent = await notify({});
		expect(sent.status).toBe(200);
		expect(sent.body).toMatchObject({
			undecided: 0,
			notified: { shortlisted: 1, waitlisted: 1, not_shortlisted: 0 },
			emails: 3
		});
		const all = await mails();
		expect(all).toHaveLength(3);
		const b = all.find((m) => m.textBody.includes('Atelier des métiers'))!;
		expect(b.textBody).toContain('sur liste d’attente');
		expect(b.textBody).toContain(COMMENTS.anaB);
		for (const m of all) {
			expect(m.textBody).not.toContain(PRIVATE);
			expect(m.textBody).not.toContain('Ana Jurée');
		}
		const again = await notify({});
		expect(again.status).toBe(409);
		expect(await mails()).toHaveLength(3);
	});

	it('serves the discussion to jurors who submitted and to the team only', async () => {
		const path = `/api/v1/applications/${s.apps.a}/discussion`;
		const posted = await api.call(discussionRoute.POST, path, {
			actor: s.actors.ben,
			params: { id: s.apps.a },
			body: { body: 'Je soutiens ce dossier.' }
		});
		expect(posted.status).toBe(201);
		expect(posted.body).toMatchObject({ body: 'Je soutiens ce dossier.', authorName: 'Ben Juré' });
		const empty = await api.call(discussionRoute.POST, path, {
			actor: s.actors.ben,
			params: { id: s.apps.a },
			body: { body: '' }
		});
		expect(empty.status).toBe(422);
		const read = await api.call(discussionRoute.GET, path, {
			actor: s.team,
			params: { id: s.apps.a }
		});
		expect(read.status).toBe(200);
		expect(read.body.data.map((m: { body: string }) => m.body)).toEqual([
			'Je soutiens ce dossier.'
		]);
		for (const actor of [s.actors.dan, s.actors.cleo, s.actors.holder, s.actors.partner]) {
			const r = await api.call(discussionRoute.GET, path, { actor, params: { id: s.apps.a } });
			expect(r.status).toBe(404);
		}
	});

	it('declares the scopes and the tag « Jury »', () => {
		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, { security: unknown; tags: string[] }>>;
		};
		expect(doc.paths['/applications/{id}/decision'].post.security).toEqual([
			{ bearer: ['reviews:write'] }
		]);
		expect(doc.paths['/applications/{id}/discussion'].get.security).toEqual([
			{ bearer: ['reviews:read'] }
		]);
		expect(doc.paths['/applications/{id}/discussion'].post.tags).toEqual(['Jury']);
		expect(doc.paths['/calls/{id}/decisions/notify'].post.tags).toEqual(['Jury']);
	});
});
