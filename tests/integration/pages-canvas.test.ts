/**
 * The canvas pages, called as SvelteKit calls them (load and plain POST form actions, as without
 * JavaScript), on each backend: a holder saves (redirect with a notice), an over-long text is
 * refused in French with everything typed kept, a save from a stale version is refused (409) with
 * the text kept and the form now starting from the current version; the team annotates and
 * shares; a version page and the comparison; 404 for outsiders; the holder's application page
 * links to the canvas once it exists for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { apiHarness } from '../helpers/api.ts';
import { canvasScenario, type CanvasScenario } from '../helpers/canvasSetup.ts';
import type { Actor } from '#lib/server/accounts/actor.ts';
import type { App } from '#lib/server/app.ts';
import { translator } from '#lib/i18n/index.ts';
import { listCanvasVersions } from '#lib/server/canvas/canvasVersionList.ts';
import * as canvasPage from '../../src/routes/projets/[applicationId]/canevas/+page.server.ts';
import * as versionPage from '../../src/routes/projets/[applicationId]/canevas/versions/[number]/+page.server.ts';
import * as comparePage from '../../src/routes/projets/[applicationId]/canevas/comparer/+page.server.ts';
import * as holderPage from '../../src/routes/candidatures/[id]/+page.server.ts';

type Outcome = { status: number; location?: string; data?: unknown };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (event: any) => unknown;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe.each(backends)('canvas pages (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let s: CanvasScenario;

	async function run(
		fn: unknown,
		actor: Actor,
		path: string,
		params: Record<string, string>,
		form?: [string, string][]
	): Promise<Outcome> {
		const url = new URL(`http://localhost${path}`);
		const event = {
			url,
			params,
			locals: { app, actor, locale: 'fr', t: translator('fr'), sessionId: null },
			request: new Request(url, form ? { method: 'POST', body: new URLSearchParams(form) } : {})
		};
		try {
			const data = await (fn as AnyFn)(event);
			const failure = data as { status?: number; data?: unknown } | undefined;
			if (failure && typeof failure.status === 'number' && 'data' in failure) {
				return { status: failure.status, data: failure.data };
			}
			return { status: 200, data };
		} catch (e) {
			if (isRedirect(e)) return { status: e.status, location: e.location };
			if (isHttpError(e)) return { status: e.status };
			throw e;
		}
	}

	const path = () => `/projets/${s.apps.a}/canevas`;
	const params = () => ({ applicationId: s.apps.a });
	const saveForm = (base: string, problem: string, extra: [string, string][] = []) =>
		[['base', base], ['problem', problem], ['needs', 'Un terrain\nDes données'], ...extra] as [
			string,
			string
		][];

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		s = await canvasScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('shows the holder an empty canvas with its form, and 404 to outsiders', async () => {
		const r = await run(canvasPage.load, s.actors.a, path(), params());
		expect(r.status).toBe(200);
		expect(r.data).toMatchObject({
			current: null,
			rights: { role: 'holder', edit: true },
			back: { href: `/candidatures/${s.apps.a}` }
		});
		for (const actor of [s.actors.b, s.actors.c, s.actors.outsider]) {
			expect((await run(canvasPage.load, actor, path(), params())).status).toBe(404);
		}
		const d = `/projets/${s.apps.d}/canevas`;
		expect((await run(canvasPage.load, s.actors.d, d, { applicationId: s.apps.d })).status).toBe(
			404
		);
	});

	it('saves, refuses an over-long text keeping what was typed, and a stale save', async () => {
		const ok = await run(
			canvasPage.actions.save,
			s.actors.a,
			`${path()}?/save`,
			params(),
			saveForm('0', 'Premier jet.')
		);
		expect(ok).toMatchObject({
			status: 303,
			location: `${path()}?notice=saved&version=1#canvas-status`
		});

		const long = await run(
			canvasPage.actions.save,
			s.actors.a,
			`${path()}?/save`,
			params(),
			saveForm('1', 'x'.repeat(4001), [['risks', 'Le RGPD.']])
		);
		expect(long.status).toBe(400);
		expect((long.data as Any).fields['sections.problem']).toEqual([
			'« Problème et personnes concernées » ne peut pas dépasser 4 000 caractères.'
		]);
		expect((long.data as Any).values).toMatchObject({ risks: 'Le RGPD.' });
		expect((long.data as Any).action).toBe('save');
		expect(await listCanvasVersions(t.db, s.actors.a, s.apps.a)).toHaveLength(1);

		await run(
			canvasPage.actions.save,
			s.actors.a2,
			`${path()}?/save`,
			params(),
			saveForm('1', 'Deuxième jet.')
		);
		const stale = await run(
			canvasPage.actions.save,
			s.actors.a,
			`${path()}?/save`,
			params(),
			saveForm('1', 'Mon texte à ne pas perdre.')
		);
		expect(stale.status).toBe(409);
		expect((stale.data as Any).message).toMatch(/Votre texte est conservé/);
		expect((stale.data as Any).values.problem).toBe('Mon texte à ne pas perdre.');
		const reloaded = await run(canvasPage.load, s.actors.a, path(), params());
		expect((reloaded.data as Any).current.number).toBe(2);
		expect((reloaded.data as Any).current.content.problem).toBe('Deuxième jet.');
	});

	it('lets the team annotate and share, and shows a version and the differences', async () => {
		const refused = await run(
			canvasPage.actions.annotate,
			s.actors.team,
			`${path()}?/annotate`,
			params(),
			[
				['section', 'needs'],
				['version', '2'],
				['body', '']
			]
		);
		expect(refused.status).toBe(400);
		expect(refused.data).toMatchObject({ action: 'annotate', values: { section: 'needs' } });
		expect((refused.data as Any).fields.body).toEqual(['Écrivez une annotation.']);
		const ok = await run(
			canvasPage.actions.annotate,
			s.actors.expert,
			`${path()}?/annotate`,
			params(),
			[
				['section', 'needs'],
				['version', '2'],
				['body', 'Voyez le protocole du projet B.']
			]
		);
		expect(ok).toMatchObject({ status: 303, location: `${path()}?notice=annotated#section-needs` });
		const holderTries = await run(
			canvasPage.actions.annotate,
			s.actors.a,
			`${path()}?/annotate`,
			params(),
			[
				['section', 'needs'],
				['version', '2'],
				['body', 'Moi.']
			]
		);
		expect(holderTries.status).toBe(403);

		const share = await run(canvasPage.actions.share, s.actors.team, `${path()}?/share`, params(), [
			['shared', 'true']
		]);
		expect(share).toMatchObject({ status: 303, location: `${path()}?notice=shared#canvas-share` });
		const peer = await run(canvasPage.load, s.actors.b, path(), params());
		expect(peer.status).toBe(200);
		expect(peer.data).toMatchObject({ rights: { role: 'peer', edit: false }, annotations: [] });
		expect((await run(canvasPage.load, s.actors.c, path(), params())).status).toBe(404);

		const v1 = await run(versionPage.load, s.actors.juror, `${path()}/versions/1`, {
			...params(),
			number: '1'
		});
		expect(v1.data).toMatchObject({ version: { number: 1 }, currentVersion: 2 });
		expect((v1.data as Any).version.content.problem).toBe('Premier jet.');
		for (const n of ['9', '0', 'abc']) {
			const r = await run(versionPage.load, s.actors.a, `${path()}/versions/${n}`, {
				...params(),
				number: n
			});
			expect(r.status).toBe(404);
		}
		const cmp = await run(comparePage.load, s.actors.team, `${path()}/comparer?de=1&a=2`, params());
		const problem = (cmp.data as Any).diff.sections.find((x: Any) => x.section === 'problem');
		expect(problem.parts).toEqual([
			{ kind: 'removed', text: 'Premier' },
			{ kind: 'added', text: 'Deuxième' },
			{ kind: 'same', text: ' jet.' }
		]);
		const none = await run(comparePage.load, s.actors.team, `${path()}/comparer`, params());
		expect(none.data).toMatchObject({ diff: null, problem: 'Choisissez deux numéros de version.' });
		expect(
			(await run(comparePage.load, s.actors.outsider, `${path()}/comparer?de=1&a=2`, params()))
				.status
		).toBe(404);
	});

	it('links the holder’s application page to the canvas only once it is theirs to open', async () => {
		const page = (actor: Actor, id: string) =>
			run(holderPage.load, actor, `/candidatures/${id}`, { id });
		expect(((await page(s.actors.a, s.apps.a)).data as Any).canvasUrl).toBe(path());
		expect(((await page(s.actors.e, s.apps.e)).data as Any).canvasUrl).toBeNull();
		expect(((await page(s.actors.d, s.apps.d)).data as Any).canvasUrl).toBeNull();
	});
});
