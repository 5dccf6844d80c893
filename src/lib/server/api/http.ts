/**
 * The edge of the REST API: JSON in, JSON out, and every failure turned into one error shape,
 * `{"error": {"code", "message", "fields"}}`, in the request's language. Domain errors keep their
 * meaning (`httpStatusOf`); anything unexpected is logged and answered with a generic 500, never a
 * stack trace.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { en as zodEn, fr as zodFr } from 'zod/locales';
import {
	DomainError,
	Forbidden,
	Invalid,
	NotFound,
	RateLimited,
	Unauthenticated,
	httpStatusOf,
	type FieldErrors
} from '../errors.ts';
import { allowsScope, isUser, type Actor, type UserActor } from '../accounts/actor.ts';
import type { Scope } from '../accounts/apiTokens.ts';
import {
	translateMessage,
	type Locale,
	type MessageKey,
	type Translate
} from '../../i18n/index.ts';

/** What the API helpers read from a SvelteKit request event (tests pass just this). */
export type ApiEvent = Pick<RequestEvent, 'request' | 'url' | 'params' | 'locals'> & {
	route?: { id: string | null };
};

export type ErrorCode =
	| 'bad_request'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'method_not_allowed'
	| 'conflict'
	| 'unsupported_media_type'
	| 'invalid'
	| 'rate_limited'
	| 'internal';

export const ERROR_CODES: readonly ErrorCode[] = [
	'bad_request',
	'unauthenticated',
	'forbidden',
	'not_found',
	'method_not_allowed',
	'conflict',
	'unsupported_media_type',
	'invalid',
	'rate_limited',
	'internal'
];

/** A failure of the request itself (not of the domain): malformed JSON, wrong media type. */
export class ApiProblem extends Error {
	readonly status: number;
	readonly code: ErrorCode;
	readonly key: MessageKey;
	readonly params: Record<string, string | number>;
	constructor(
		status: number,
		code: ErrorCode,
		key: MessageKey,
		params: Record<string, string | number> = {}
	) {
		super(key);
		this.status = status;
		this.code = code;
		this.key = key;
		this.params = params;
	}
}

/** The messages the domain errors carry when they are thrown without one. */
const DEFAULT_MESSAGES: Record<string, string> = {
	not_found: new NotFound().message,
	forbidden: new Forbidden().message,
	unauthenticated: new Unauthenticated().message
};

const JSON_HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'cache-control': 'no-store'
};

export function jsonResponse(data: unknown, init: { status?: number; headers?: HeadersInit } = {}) {
	const headers = new Headers(JSON_HEADERS);
	for (const [k, v] of new Headers(init.headers)) headers.set(k, v);
	return new Response(JSON.stringify(data), { status: init.status ?? 200, headers });
}

/** A 201 answer with the new resource's address. */
export function created(data: unknown, location: string): Response {
	return jsonResponse(data, { status: 201, headers: { location } });
}

export function errorResponse(
	status: number,
	code: string,
	message: string,
	fields: FieldErrors = {},
	headers: HeadersInit = {}
): Response {
	return jsonResponse({ error: { code, message, fields } }, { status, headers });
}

function translateFields(t: Translate, fields: FieldErrors): FieldErrors {
	const out: FieldErrors = {};
	for (const [k, msgs] of Object.entries(fields)) out[k] = msgs.map((m) => translateMessage(t, m));
	return out;
}

/** Maps anything thrown by a handler to the API's error answer. */
export function toErrorResponse(e: unknown, event: ApiEvent): Response {
	const t = event.locals.t;
	if (e instanceof ApiProblem) {
		return errorResponse(e.status, e.code, t(e.key, e.params));
	}
	if (e instanceof DomainError) {
		const status = httpStatusOf(e);
		const message =
			DEFAULT_MESSAGES[e.code] === e.message
				? t(`api.error.${e.code}` as MessageKey)
				: translateMessage(t, e.message);
		if (e instanceof Invalid) {
			return errorResponse(status, 'invalid', message, translateFields(t, e.fields));
		}
		if (e instanceof RateLimited) {
			return errorResponse(
				status,
				'rate_limited',
				message,
				{},
				{
					'retry-after': String(Math.max(1, Math.ceil(e.retryAfterSeconds)))
				}
			);
		}
		if (e instanceof Unauthenticated) {
			return errorResponse(
				status,
				'unauthenticated',
				message,
				{},
				{
					'www-authenticate': 'Bearer realm="transformateur"'
				}
			);
		}
		const code = (ERROR_CODES as readonly string[]).includes(e.code) ? e.code : 'bad_request';
		return errorResponse(status, code, message);
	}
	console.error(`API ${event.request.method} ${event.url.pathname} :`, e);
	return errorResponse(500, 'internal', t('api.error.internal'));
}

/**
 * Wraps a `+server.ts` handler: what it returns is sent as JSON (a `Response` is sent as it is),
 * and what it throws becomes the error shape.
 */
export function apiHandler<E extends ApiEvent>(
	fn: (event: E) => Promise<unknown>
): (event: E) => Promise<Response> {
	return async (event) => {
		try {
			const result = await fn(event);
			return result instanceof Response ? result : jsonResponse(result);
		} catch (e) {
			return toErrorResponse(e, event);
		}
	};
}

/** Someone must be identified (a token or a browser session). */
export function requireUser(actor: Actor): UserActor {
	if (!isUser(actor)) throw new Unauthenticated();
	return actor;
}

/**
 * The token used must carry the scope. Browser sessions and tokens without scopes allow all that
 * the person's roles allow (the use case checks the roles).
 */
export function requireScope(actor: Actor, scope: Scope): UserActor {
	const user = requireUser(actor);
	if (!allowsScope(user, scope)) {
		throw new ApiProblem(403, 'forbidden', 'api.error.missingScope', { scope });
	}
	return user;
}

/** Zod's own messages in the request's language; messages set by our schemas stay (keys). */
function zodErrorMap(locale: Locale) {
	return (locale === 'en' ? zodEn() : zodFr()).localeError;
}

export function zodFields(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldErrors {
	const fields: FieldErrors = {};
	for (const i of issues) {
		const key = [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '_';
		(fields[key] ??= []).push(i.message);
	}
	return fields;
}

/** Parses a value with a schema; a failure is a 422 `invalid` naming each field. */
export function parseWith<S extends z.ZodType>(
	schema: S,
	value: unknown,
	locale: Locale,
	prefix = ''
): z.output<S> {
	const parsed = schema.safeParse(value, { error: zodErrorMap(locale) });
	if (parsed.success) return parsed.data;
	const fields = zodFields(parsed.error.issues, prefix);
	throw new Invalid('api.error.invalid', fields);
}

/** Reads the JSON body of a request: 415 if it is not JSON, 400 if it does not parse. */
export async function readJson(request: Request): Promise<unknown> {
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type !== 'application/json' && !type.endsWith('+json')) {
		throw new ApiProblem(415, 'unsupported_media_type', 'api.error.unsupportedMediaType');
	}
	const text = await request.text();
	try {
		return JSON.parse(text);
	} catch {
		throw new ApiProblem(400, 'bad_request', 'api.error.invalidJson');
	}
}

/**
 * Reads a `multipart/form-data` body as an object: strings and `File`s, an array for a field
 * sent several times. 415 if it is not multipart, 400 if it cannot be read (including a body
 * over the server's `BODY_SIZE_LIMIT`).
 */
export async function readMultipart(request: Request): Promise<Record<string, unknown>> {
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type !== 'multipart/form-data') {
		throw new ApiProblem(415, 'unsupported_media_type', 'applications.error.multipartExpected');
	}
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		throw new ApiProblem(400, 'bad_request', 'applications.error.multipartInvalid');
	}
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key);
		out[key] = all.length > 1 ? all : all[0];
	}
	return out;
}

/**
 * Reads a JSON object body (or, with `multipart`, a `multipart/form-data` one) and parses it with
 * the schema (or with the domain's own parser, which throws `Invalid`). Returns the parsed value
 * and the raw one.
 */
export async function readBody<S extends z.ZodType>(
	event: ApiEvent,
	schema: S,
	parse?: (schema: S, raw: unknown) => z.output<S>,
	multipart = false
): Promise<{ raw: Record<string, unknown>; parsed: z.output<S> }> {
	const raw = multipart ? await readMultipart(event.request) : await readJson(event.request);
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		throw new ApiProblem(400, 'bad_request', 'api.error.jsonObjectExpected');
	}
	// A misspelt field would otherwise be dropped without a word.
	if (schema instanceof z.ZodObject) {
		const known = new Set(Object.keys(schema.shape));
		const unknown = Object.keys(raw).filter((k) => !known.has(k));
		if (unknown.length) {
			const allowed = [...known].join(', ');
			throw new Invalid(
				event.locals.t('api.error.unknownField', { allowed }),
				Object.fromEntries(
					unknown.map((k) => [k, [event.locals.t('api.error.unknownField', { allowed })]])
				)
			);
		}
	}
	const parsed = parse ? parse(schema, raw) : parseWith(schema, raw, event.locals.locale);
	return { raw: raw as Record<string, unknown>, parsed };
}
