import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { anonymous, type UserActor } from '../accounts/actor.ts';
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from '../errors.ts';
import { translator, type Locale } from '../../i18n/index.ts';
import { apiHandler, readBody, requireScope, type ApiEvent } from './http.ts';

function event(init: { body?: string; type?: string; locale?: Locale } = {}): ApiEvent {
	const url = new URL('http://localhost/api/v1/test');
	const locale = init.locale ?? 'fr';
	return {
		url,
		params: {},
		request: new Request(url, {
			method: init.body === undefined ? 'GET' : 'POST',
			headers: init.type ? { 'content-type': init.type } : {},
			body: init.body
		}),
		locals: { actor: anonymous, locale, t: translator(locale), sessionId: null } as never
	};
}

async function answer(fn: () => Promise<unknown>, locale: Locale = 'fr') {
	const r = await apiHandler(fn)(event({ locale }));
	return { status: r.status, headers: r.headers, body: await r.json() };
}

const user = (scopes: string[] | null): UserActor => ({
	kind: 'user',
	userId: 'u',
	email: 'u@exemple.fr',
	name: '',
	locale: 'fr',
	roles: [],
	scopes
});

describe('apiHandler', () => {
	it('sends what the handler returns as JSON', async () => {
		const r = await answer(async () => ({ ok: true }));
		expect(r).toMatchObject({ status: 200, body: { ok: true } });
		expect(r.headers.get('content-type')).toContain('application/json');
	});

	it('maps each domain error to its status and code, with fields always present', async () => {
		const cases: [Error, number, string][] = [
			[new NotFound(), 404, 'not_found'],
			[new Forbidden(), 403, 'forbidden'],
			[new Unauthenticated(), 401, 'unauthenticated'],
			[new Conflict('Déjà là'), 409, 'conflict'],
			[new Invalid('Non', { name: ['Trop court'] }), 422, 'invalid']
		];
		for (const [error, status, code] of cases) {
			const r = await answer(async () => {
				throw error;
			});
			expect(r.status).toBe(status);
			expect(r.body.error.code).toBe(code);
			expect(typeof r.body.error.message).toBe('string');
			expect(r.body.error.fields).toEqual(code === 'invalid' ? { name: ['Trop court'] } : {});
		}
	});

	it('speaks the request’s language, even for the domain’s default messages', async () => {
		const fr = await answer(async () => {
			throw new NotFound();
		});
		const en = await answer(async () => {
			throw new NotFound();
		}, 'en');
		expect(fr.body.error.message).toMatch(/introuvable/i);
		expect(en.body.error.message).toMatch(/not found/i);
	});
});

describe('requireScope', () => {
	it('lets browser sessions and unrestricted tokens through, and names the missing scope', () => {
		expect(() => requireScope(user(null), 'programmes:write')).not.toThrow();
		expect(() => requireScope(user(['programmes:write']), 'programmes:write')).not.toThrow();
		expect(() => requireScope(user(['programmes:read']), 'programmes:write')).toThrow(
			expect.objectContaining({ status: 403, params: { scope: 'programmes:write' } })
		);
		expect(() => requireScope(anonymous, 'programmes:read')).toThrow(Unauthenticated);
	});
});

describe('readBody', () => {
	const schema = z.object({ name: z.string().min(2) });
	it('refuses what is not a JSON object, and reports invalid fields in the locale', async () => {
		await expect(
			readBody(event({ body: '{', type: 'application/json' }), schema)
		).rejects.toMatchObject({ status: 400, code: 'bad_request' });
		await expect(
			readBody(event({ body: 'name=x', type: 'text/plain' }), schema)
		).rejects.toMatchObject({ status: 415 });
		await expect(
			readBody(event({ body: '"x"', type: 'application/json' }), schema)
		).rejects.toMatchObject({ status: 400 });
		const invalid = readBody(event({ body: '{"name":"x"}', type: 'application/json' }), schema);
		await expect(invalid).rejects.toBeInstanceOf(Invalid);
		await expect(invalid).rejects.toMatchObject({
			fields: { name: [expect.stringMatching(/Trop petit/)] }
		});
		const ok = await readBody(
			event({ body: '{"name":"Anact"}', type: 'application/json; charset=utf-8' }),
			schema
		);
		expect(ok.parsed).toEqual({ name: 'Anact' });
	});
});
