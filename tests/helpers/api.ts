/**
 * Calling the REST API's route handlers in integration tests, the way SvelteKit calls them: a
 * request, the locals the server hooks would set (the App, the actor, the locale), and the JSON
 * answer read back. One harness per test database.
 */
import { anonymous, type Actor } from '#lib/server/accounts/actor.ts';
import {
	authenticateApiToken,
	createApiToken,
	type Scope
} from '#lib/server/accounts/apiTokens.ts';
import type { App } from '#lib/server/app.ts';
import { loadConfig } from '#lib/server/config.ts';
import { translator, type Locale } from '#lib/i18n/index.ts';
import type { TestDatabase } from './db.ts';

export type Handler = (event: never) => Promise<Response> | Response;

export type ApiCall = {
	actor?: Actor;
	params?: Record<string, string>;
	/** A JSON body (sent with content-type application/json), or a FormData (multipart). */
	body?: unknown;
	/** Sent as it is (for malformed bodies), with `contentType` (default application/json). */
	raw?: string;
	contentType?: string;
	locale?: Locale;
	method?: string;
	/** The route id SvelteKit would give (null: no route matched). */
	routeId?: string;
};

export type ApiAnswer = {
	status: number;
	headers: Headers;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	body: any;
	/** The raw text of the answer (for CSV and other non-JSON bodies). */
	text: string;
};

export type ApiHarness = {
	app: App;
	call(handler: Handler | undefined, pathname: string, c?: ApiCall): Promise<ApiAnswer>;
	/** An actor authenticated by a new personal access token with these scopes (null: all). */
	tokenActor(userId: string, scopes: Scope[] | null): Promise<Actor>;
};

export function apiHarness(t: TestDatabase): ApiHarness {
	const app: App = {
		...t.services,
		config: loadConfig({ DATA_DIR: '/tmp/unused' }),
		database: t,
		transport: { kind: 'mailbox', async send() {}, close() {} },
		async close() {}
	};
	return {
		app,
		async call(handler, pathname, c = {}) {
			if (!handler) throw new Error('pas de handler pour cette méthode');
			const url = new URL(`http://localhost${pathname}`);
			const multipart = c.body instanceof FormData;
			const hasBody = c.body !== undefined || c.raw !== undefined;
			const request = new Request(url, {
				method: c.method ?? (hasBody ? 'POST' : 'GET'),
				headers:
					hasBody && !multipart ? { 'content-type': c.contentType ?? 'application/json' } : {},
				body: multipart
					? (c.body as FormData)
					: hasBody
						? (c.raw ?? JSON.stringify(c.body))
						: undefined
			});
			const locale = c.locale ?? 'fr';
			const response = await handler({
				request,
				url,
				params: c.params ?? {},
				locals: {
					app,
					actor: c.actor ?? anonymous,
					locale,
					t: translator(locale),
					sessionId: null
				},
				route: { id: c.routeId ?? null }
			} as never);
			const text = await response.text();
			const json = (response.headers.get('content-type') ?? '').includes('json');
			return {
				status: response.status,
				headers: response.headers,
				body: json && text ? JSON.parse(text) : null,
				text
			};
		},
		async tokenActor(userId, scopes) {
			const { token } = await createApiToken(t.db, userId, { name: 'test', scopes });
			const actor = await authenticateApiToken(t.db, token);
			if (!actor) throw new Error('jeton refusé');
			return actor;
		}
	};
}
