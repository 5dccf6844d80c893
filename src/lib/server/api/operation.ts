/**
 * An API operation is declared once — method, path, access, scope, input and output schemas — and
 * that declaration both runs the request (authentication, scope, validation) and writes the
 * operation's part of the OpenAPI document. The declarations live together in `operations.ts`.
 */
import type { z } from 'zod';
import type { App } from '../app.ts';
import { allowsScope, anonymous, isUser, type Actor, type UserActor } from '../accounts/actor.ts';
import type { Scope } from '../accounts/apiTokens.ts';
import { NotFound } from '../errors.ts';
import type { Locale, Translate } from '../../i18n/index.ts';
import {
	apiHandler,
	jsonResponse,
	parseWith,
	readBody,
	requireScope,
	requireUser,
	type ApiEvent
} from './http.ts';

/** Where the API lives; operation paths are relative to it. */
export const API_BASE = '/api/v1';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * `public`: anyone may call it (a token lacking the scope is treated as anonymous);
 * `user`: someone must be identified (401 otherwise) and a token must carry the scope (403).
 */
export type Access = 'public' | 'user';

type ZodObject = z.ZodObject<z.ZodRawShape>;

export type BodySpec<B extends z.ZodType> = {
	/** Name of the schema in the OpenAPI document. */
	name: string;
	schema: B;
	/**
	 * Partial update: only the fields the client sent reach the use case (defaults of the schema
	 * do not overwrite what was not sent).
	 */
	patch?: boolean;
	/** The domain's own parser, when it reports fields its own way (same keys as the forms). */
	parse?: (schema: B, raw: unknown) => z.output<B>;
	/**
	 * The body is `multipart/form-data` instead of JSON (file uploads): each field is a string,
	 * each file a `File` (declare it with `z.file()`); a field sent several times is an array.
	 */
	multipart?: boolean;
};

export type ResponseSpec<R extends z.ZodType> = {
	status: 200 | 201;
	description: string;
	/** Name of the schema in the OpenAPI document. */
	name: string;
	schema: R;
	/**
	 * A file instead of JSON (an export): its media types. The handler returns the `Response`
	 * itself; `schema` is then not used.
	 */
	files?: string[];
};

export type Operation<
	A extends Access = Access,
	P extends ZodObject = ZodObject,
	Q extends ZodObject = ZodObject,
	B extends z.ZodType = z.ZodType,
	R extends z.ZodType = z.ZodType
> = {
	/** `operationId` in OpenAPI: a verb and a noun, in camelCase. */
	id: string;
	method: Method;
	/** Relative to `/api/v1`, with OpenAPI templates: `/programmes/{id}`. */
	path: string;
	tag: string;
	summary: string;
	description?: string;
	access: A;
	scope: Scope | null;
	/** Path parameters; a value the schema refuses answers 404. */
	params?: P;
	query?: Q;
	body?: BodySpec<B>;
	response: ResponseSpec<R>;
	/** Error statuses the use case may answer besides those the declaration implies. */
	errors?: number[];
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<Access, any, any, any, any>;

export function defineOperation<
	A extends Access,
	P extends ZodObject = ZodObject,
	Q extends ZodObject = ZodObject,
	B extends z.ZodType = z.ZodType,
	R extends z.ZodType = z.ZodType
>(op: Operation<A, P, Q, B, R>): Operation<A, P, Q, B, R> {
	return op;
}

/** The error statuses an operation can answer, from its declaration. */
export function errorStatuses(op: AnyOperation): number[] {
	const s = new Set<number>(op.errors ?? []);
	if (op.access === 'user') s.add(401);
	if (op.access === 'user' && op.scope) s.add(403);
	if (op.params) s.add(404);
	if (op.query) s.add(422);
	if (op.body) [400, 415, 422].forEach((n) => s.add(n));
	s.add(500);
	return [...s].sort((a, b) => a - b);
}

export type OperationContext<O extends AnyOperation> = {
	event: ApiEvent;
	app: App;
	actor: O['access'] extends 'user' ? UserActor : Actor;
	locale: Locale;
	t: Translate;
	params: z.output<NonNullable<O['params']>>;
	query: z.output<NonNullable<O['query']>>;
	body: NonNullable<O['body']> extends BodySpec<infer B> ? z.output<B> : undefined;
	/** The 201 answer of a creation, with the new resource's address. */
	created(data: z.input<O['response']['schema']>, location: string): Response;
};

function queryObject(url: URL): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const key of new Set(url.searchParams.keys())) {
		const all = url.searchParams.getAll(key).filter((v) => v !== '');
		if (all.length) out[key] = all.length > 1 ? all : all[0];
	}
	return out;
}

/** Keeps only the top-level fields the client sent. */
function onlySent(parsed: unknown, raw: unknown): unknown {
	if (!parsed || typeof parsed !== 'object' || !raw || typeof raw !== 'object') return parsed;
	return Object.fromEntries(Object.entries(parsed).filter(([k]) => k in raw));
}

/**
 * The SvelteKit handler of an operation: checks access and scope, parses path, query and body,
 * then calls `fn`, whose result is sent as JSON with the declared status.
 */
export function route<O extends AnyOperation>(
	op: O,
	fn: (ctx: OperationContext<O>) => Promise<z.input<O['response']['schema']> | Response>
) {
	return apiHandler(async (event: ApiEvent) => {
		const { locals } = event;
		let actor: Actor = locals.actor;
		if (op.access === 'user') {
			actor = op.scope ? requireScope(actor, op.scope) : requireUser(actor);
		} else if (op.scope && isUser(actor) && !allowsScope(actor, op.scope)) {
			actor = anonymous;
		}

		let params: unknown = {};
		if (op.params) {
			const parsed = op.params.safeParse(event.params);
			if (!parsed.success) throw new NotFound();
			params = parsed.data;
		}
		const query: unknown = op.query
			? parseWith(op.query, queryObject(event.url), locals.locale)
			: {};
		let body: unknown = undefined;
		if (op.body) {
			const spec = op.body;
			const raw = await readBody(event, spec.schema, spec.parse, spec.multipart);
			body = spec.patch ? onlySent(raw.parsed, raw.raw) : raw.parsed;
		}

		const ctx = {
			event,
			app: locals.app,
			actor,
			locale: locals.locale,
			t: locals.t,
			params,
			query,
			body,
			created: (data: unknown, location: string) =>
				jsonResponse(data, { status: 201, headers: { location } })
		} as OperationContext<O>;
		const result = await fn(ctx);
		return result instanceof Response
			? result
			: jsonResponse(result, { status: op.response.status });
	});
}
