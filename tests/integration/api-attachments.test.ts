/**
 * Attachments through the REST API and the download route, through the very handlers SvelteKit
 * calls, on each backend: a multipart upload, the error shape of a refused file, isolation between
 * holders, the team's download, removal, and the OpenAPI description of the upload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import {
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser,
	testOrganisation,
	TEST_FORM
} from '../helpers/factories.ts';
import { anonymous, type Actor } from '#lib/server/accounts/actor.ts';
import {
	authenticateApiToken,
	createApiToken,
	type Scope
} from '#lib/server/accounts/apiTokens.ts';
import type { App } from '#lib/server/app.ts';
import { loadConfig } from '#lib/server/config.ts';
import { buildOpenApiDocument } from '#lib/server/api/openapi.ts';
import { apiError, applicationView, attachmentView } from '#lib/server/api/schemas.ts';
import { attachments } from '#lib/server/db/schema.ts';
import type { FormDefinition } from '#lib/server/calls/form/definition.ts';
import * as samples from '#lib/server/storage/testing/samples.ts';
import { translator } from '#lib/i18n/index.ts';
import * as startRoute from '../../src/routes/api/v1/calls/[id]/applications/+server.ts';
import * as appRoute from '../../src/routes/api/v1/applications/[id]/+server.ts';
import * as uploadRoute from '../../src/routes/api/v1/applications/[id]/attachments/+server.ts';
import * as removeRoute from '../../src/routes/api/v1/applications/[id]/attachments/[attachmentId]/+server.ts';
import * as downloadRoute from '../../src/routes/candidatures/[id]/pieces/[attachmentId]/+server.ts';

type Handler = (event: never) => Promise<Response> | Response;

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
					required: false,
					maxBytes: 64 * 1024
				}
			]
		}
	]
};

describe.each(backends)('REST API: attachments (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let team: Actor;
	let holder: Actor;
	let other: Actor;
	let callId: string;

	function event(
		pathname: string,
		actor: Actor,
		params: Record<string, string>,
		init: RequestInit
	) {
		const url = new URL(`http://localhost${pathname}`);
		return {
			request: new Request(url, init),
			url,
			params,
			locals: { app, actor, locale: 'fr', t: translator('fr'), sessionId: null },
			route: { id: null }
		} as never;
	}

	async function call(
		handler: Handler | undefined,
		pathname: string,
		actor: Actor,
		params: Record<string, string>,
		init: RequestInit = {}
	) {
		if (!handler) throw new Error('pas de handler');
		const response = await handler(event(pathname, actor, params, init));
		const text = await response.text();
		return {
			status: response.status,
			headers: response.headers,
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			body: (text ? JSON.parse(text) : null) as any
		};
	}

	function upload(id: string, actor: Actor, fields: Record<string, string | [Uint8Array, string]>) {
		const form = new FormData();
		for (const [k, v] of Object.entries(fields)) {
			if (typeof v === 'string') form.set(k, v);
			else form.set(k, new Blob([v[0] as Uint8Array<ArrayBuffer>]), v[1]);
		}
		return call(
			uploadRoute.POST,
			`/api/v1/applications/${id}/attachments`,
			actor,
			{ id },
			{
				method: 'POST',
				body: form
			}
		);
	}

	/** The download route: the response, or the status of what it threw (404, redirect). */
	async function download(id: string, attachmentId: string, actor: Actor) {
		try {
			const response = await (downloadRoute.GET as Handler)(
				event(`/candidatures/${id}/pieces/${attachmentId}`, actor, { id, attachmentId }, {})
			);
			return { status: response.status, headers: response.headers, response };
		} catch (e) {
			if (isHttpError(e) || isRedirect(e))
				return { status: e.status, headers: null, response: null };
			throw e;
		}
	}

	async function tokenActor(userId: string, scopes: Scope[] | null) {
		const { token } = await createApiToken(t.db, userId, { name: 'test', scopes });
		const actor = await authenticateApiToken(t.db, token);
		if (!actor) throw new Error('jeton refusé');
		return actor;
	}

	async function draft(): Promise<string> {
		const made = await call(
			startRoute.POST,
			`/api/v1/calls/${callId}/applications`,
			holder,
			{ id: callId },
			{
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ organisation: testOrganisation(), answers: { resume: 'Résumé.' } })
			}
		);
		expect(made.status).toBe(201);
		return made.body.id as string;
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = {
			...t.services,
			config: loadConfig({ DATA_DIR: '/tmp/unused' }),
			database: t,
			transport: { kind: 'mailbox', async send() {}, close() {} },
			async close() {}
		};
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id, { definition: FILE_FORM })).call
			.id;
		const teamUser = await createUser(t.db, {
			roles: [{ role: 'team', programmeId: programme.id }]
		});
		team = await tokenActor(teamUser.id, ['applications:read']);
		holder = await tokenActor((await createUser(t.db)).id, [
			'applications:read',
			'applications:write'
		]);
		other = await tokenActor((await createUser(t.db)).id, null);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('uploads a PDF as multipart/form-data and downloads it byte for byte', async () => {
		const id = await draft();
		const pdf = samples.concat(samples.pdf(), samples.bytesOf('fin'));
		const made = await upload(id, holder, {
			question: 'presentation',
			file: [pdf, 'Présentation "finale".pdf']
		});
		expect(made.status).toBe(201);
		const view = attachmentView.parse(made.body);
		expect(view).toMatchObject({
			questionKey: 'presentation',
			fileName: 'Présentation _finale_.pdf',
			mime: 'application/pdf',
			size: pdf.length
		});
		expect(made.headers.get('location')).toBe(`/candidatures/${id}/pieces/${view.id}`);
		const detail = await call(appRoute.GET, `/api/v1/applications/${id}`, holder, { id });
		expect(detail.body.answers.presentation).toEqual([{ attachmentId: view.id }]);

		const got = await download(id, view.id, holder);
		expect(got.status).toBe(200);
		expect(got.headers!.get('content-type')).toBe('application/pdf');
		expect(got.headers!.get('x-content-type-options')).toBe('nosniff');
		expect(got.headers!.get('cache-control')).toBe('private, no-store');
		expect(got.headers!.get('content-disposition')).toBe(
			`attachment; filename="Presentation _finale_.pdf"; filename*=UTF-8''Pr%C3%A9sentation%20_finale_.pdf`
		);
		const bytes = new Uint8Array(await got.response!.arrayBuffer());
		expect(Buffer.from(bytes).equals(Buffer.from(pdf))).toBe(true);
		// The programme team, with a read-only token, downloads it too.
		expect((await download(id, view.id, team)).status).toBe(200);
		// Another holder: 404 for the download, the upload and the removal; nobody: log in first.
		expect((await download(id, view.id, other)).status).toBe(404);
		expect((await download(id, view.id, anonymous)).status).toBe(303);
		const otherId = await draft();
		expect((await download(otherId, view.id, holder)).status).toBe(404);
		const byOther = await upload(id, other, {
			question: 'presentation',
			file: [samples.pdf(), 'a.pdf']
		});
		expect(byOther.status).toBe(404);
		apiError.parse(byOther.body);
		const path = `/api/v1/applications/${id}/attachments/${view.id}`;
		const params = { id, attachmentId: view.id };
		expect((await call(removeRoute.DELETE, path, other, params, { method: 'DELETE' })).status).toBe(
			404
		);
		// The team may read, not write.
		expect((await call(removeRoute.DELETE, path, team, params, { method: 'DELETE' })).status).toBe(
			403
		);

		const removed = await call(removeRoute.DELETE, path, holder, params, { method: 'DELETE' });
		expect(removed.status).toBe(200);
		expect(applicationView.parse(removed.body).answers.presentation).toBeUndefined();
		expect((await download(id, view.id, holder)).status).toBe(404);
	});

	it('refuses a disguised or oversized file with the error shape, changing nothing', async () => {
		const id = await draft();
		const html = samples.bytesOf('<!DOCTYPE html><html><script>alert(1)</script></html>');
		const disguised = await upload(id, holder, {
			question: 'presentation',
			file: [html, 'rapport.pdf']
		});
		expect(disguised.status).toBe(422);
		const error = apiError.parse(disguised.body).error;
		expect(error.code).toBe('invalid');
		expect(error.fields.file).toEqual([
			'Le contenu du fichier ne correspond à aucun format accepté, ou ne correspond pas à son extension.'
		]);
		const big = await upload(id, holder, {
			question: 'presentation',
			file: [samples.concat(samples.pdf(), new Uint8Array(64 * 1024)), 'gros.pdf']
		});
		expect(big.status).toBe(422);
		expect(big.body.error.fields.file).toEqual([
			'Le fichier est trop volumineux (0,1 Mo au plus).'
		]);

		// Missing fields, unknown fields, JSON instead of multipart.
		const missing = await upload(id, holder, { question: 'presentation' });
		expect(missing.status).toBe(422);
		expect(missing.body.error.fields).toEqual({ file: ['Choisissez un fichier à joindre.'] });
		const unknown = await upload(id, holder, {
			question: 'presentation',
			file: [samples.pdf(), 'a.pdf'],
			extra: 'x'
		});
		expect(unknown.status).toBe(422);
		expect(Object.keys(unknown.body.error.fields)).toEqual(['extra']);
		const notFile = await upload(id, holder, {
			question: 'resume',
			file: [samples.pdf(), 'a.pdf']
		});
		expect(notFile.status).toBe(422);
		expect(Object.keys(notFile.body.error.fields)).toEqual(['question']);
		const json = await call(
			uploadRoute.POST,
			`/api/v1/applications/${id}/attachments`,
			holder,
			{ id },
			{
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ question: 'presentation' })
			}
		);
		expect(json.status).toBe(415);
		expect(json.body.error.code).toBe('unsupported_media_type');

		expect(await t.db.select().from(attachments).where(eq(attachments.applicationId, id))).toEqual(
			[]
		);
		const detail = await call(appRoute.GET, `/api/v1/applications/${id}`, holder, { id });
		expect(detail.body.revision).toBe(0);
		expect(detail.body.answers).toEqual({ resume: 'Résumé.' });
	});

	it('documents the upload as multipart/form-data with a binary file', () => {
		const doc = buildOpenApiDocument() as unknown as {
			paths: Record<string, Record<string, Record<string, unknown>>>;
			components: { schemas: Record<string, { properties: Record<string, unknown> }> };
		};
		const post = doc.paths['/applications/{id}/attachments'].post;
		expect(post.security).toEqual([{ bearer: ['applications:write'] }]);
		expect(post.requestBody).toEqual({
			required: true,
			content: {
				'multipart/form-data': { schema: { $ref: '#/components/schemas/AttachmentUpload' } }
			}
		});
		expect(doc.components.schemas.AttachmentUpload.properties.file).toMatchObject({
			type: 'string',
			format: 'binary'
		});
		expect(doc.components.schemas.Attachment).toBeTruthy();
		expect(doc.paths['/applications/{id}/attachments/{attachmentId}'].delete).toBeTruthy();
	});
});
