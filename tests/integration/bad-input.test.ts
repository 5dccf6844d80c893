/**
 * The bad inputs, through the REST API, on each backend: over-long text, HTML and script
 * in answers, an invalid SIRET, a deadline passed during editing. Each gets a clear message in
 * French and changes nothing. (Disguised and oversized files: api-attachments.test.ts; answers
 * shown as text on the pages: the browser tests.)
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
import { apiError } from '#lib/server/api/schemas.ts';
import { calls } from '#lib/server/db/schema.ts';
import * as startRoute from '../../src/routes/api/v1/calls/[id]/applications/+server.ts';
import * as listRoute from '../../src/routes/api/v1/applications/+server.ts';
import * as appRoute from '../../src/routes/api/v1/applications/[id]/+server.ts';
import * as submitRoute from '../../src/routes/api/v1/applications/[id]/submit/+server.ts';

describe.each(backends)('bad input changes nothing (%s)', (backend) => {
	let t: TestDatabase;
	let api: ApiHarness;
	let holder: Actor;
	let callId: string;

	async function newDraft(answers: Record<string, unknown> = {}) {
		const r = await api.call(startRoute.POST, `/api/v1/calls/${callId}/applications`, {
			actor: holder,
			params: { id: callId },
			body: { title: 'Charge de travail', organisation: testOrganisation(), answers }
		});
		expect(r.status).toBe(201);
		return r.body as { id: string; revision: number; answers: Record<string, unknown> };
	}

	const read = async (id: string) =>
		(await api.call(appRoute.GET, `/api/v1/applications/${id}`, { actor: holder, params: { id } }))
			.body;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		api = apiHarness(t);
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id)).call.id;
		holder = await api.tokenActor((await createUser(t.db)).id, null);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('an over-long text is refused with its length and the limit; the draft is unchanged', async () => {
		const draft = await newDraft({ resume: 'Premier jet.' });
		const r = await api.call(appRoute.PATCH, `/api/v1/applications/${draft.id}`, {
			actor: holder,
			method: 'PATCH',
			params: { id: draft.id },
			body: { answers: { resume: 'é'.repeat(5001) }, revision: draft.revision }
		});
		expect(r.status).toBe(422);
		apiError.parse(r.body);
		expect(r.body.error.fields['answers.resume']).toEqual([
			'Ce texte compte 5001 caractères ; 5000 au plus sont acceptés.'
		]);
		const after = await read(draft.id);
		expect(after.answers.resume).toBe('Premier jet.');
		expect(after.revision).toBe(draft.revision);
	});

	it('HTML and script in answers are kept as the text typed, never interpreted', async () => {
		const typed = '<script>alert("x")</script><b>gras</b> & <img src=x onerror=alert(1)>';
		const draft = await newDraft();
		const r = await api.call(appRoute.PATCH, `/api/v1/applications/${draft.id}`, {
			actor: holder,
			method: 'PATCH',
			params: { id: draft.id },
			body: { answers: { resume: typed } }
		});
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toContain('application/json');
		expect((await read(draft.id)).answers.resume).toBe(typed);
	});

	it('an invalid SIRET is refused in French and no application is created', async () => {
		const before = await api.call(listRoute.GET, '/api/v1/applications', { actor: holder });
		const r = await api.call(startRoute.POST, `/api/v1/calls/${callId}/applications`, {
			actor: holder,
			params: { id: callId },
			body: { organisation: testOrganisation({ type: 'company', siret: '73282932000075' }) }
		});
		expect(r.status).toBe(422);
		expect(r.body.error.fields['organisation.siret'][0]).toMatch(/SIRET/);
		const after = await api.call(listRoute.GET, '/api/v1/applications', { actor: holder });
		expect(after.body.data.length).toBe(before.body.data.length);
	});

	it('a deadline passed during editing: submission refused with a clear message, still a draft', async () => {
		const draft = await newDraft({ resume: 'Prêt à déposer', laboratoire: 'LabQVT' });
		await t.db
			.update(calls)
			.set({ closesAt: new Date(Date.now() - 1000) })
			.where(eq(calls.id, callId));
		try {
			const r = await api.call(submitRoute.POST, `/api/v1/applications/${draft.id}/submit`, {
				actor: holder,
				method: 'POST',
				params: { id: draft.id }
			});
			expect(r.status).toBe(409);
			expect(r.body.error.message).toMatch(/date limite de dépôt de cet appel est passée/);
			const after = await read(draft.id);
			expect(after.status).toBe('draft');
			expect(after.submittedAt).toBeNull();
			expect(after.answers.resume).toBe('Prêt à déposer');
		} finally {
			await t.db
				.update(calls)
				.set({ closesAt: new Date(Date.now() + 30 * 86_400_000) })
				.where(eq(calls.id, callId));
		}
	});
});
