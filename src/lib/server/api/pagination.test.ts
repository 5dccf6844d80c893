import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Invalid } from '../errors.ts';
import {
	decodeCursor,
	encodeCursor,
	idPosition,
	pageOf,
	pageQuery,
	pageRequest
} from './pagination.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('cursors', () => {
	it('round-trip, and are opaque URL-safe text', () => {
		const cursor = encodeCursor(id(7));
		expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(cursor).not.toContain(id(7));
		expect(decodeCursor(cursor, idPosition)).toBe(id(7));
	});

	it('refuse forged or foreign cursors on the cursor field', () => {
		const forged = [
			'pas un curseur',
			Buffer.from(id(7)).toString('base64url'),
			encodeCursor("1' or 1=1 --"),
			''
		];
		for (const c of forged) {
			try {
				decodeCursor(c, idPosition);
				expect.unreachable(c);
			} catch (e) {
				expect(e).toBeInstanceOf(Invalid);
				expect(Object.keys((e as Invalid).fields)).toEqual(['cursor']);
			}
		}
	});
});

describe('page query', () => {
	it('defaults to 20 and accepts 1 to 100', () => {
		expect(pageQuery.parse({})).toEqual({ limit: 20 });
		expect(pageQuery.parse({ limit: '100' }).limit).toBe(100);
		for (const limit of ['0', '101', '2.5', 'vingt']) {
			expect(pageQuery.safeParse({ limit }).success, limit).toBe(false);
		}
		const page = pageRequest({ limit: 5, cursor: encodeCursor(id(1)) }, idPosition);
		expect(page).toEqual({ limit: 5, after: id(1) });
		expect(pageRequest({ limit: 5 }, z.string())).toEqual({ limit: 5, after: undefined });
	});
});

describe('pages of a list held in memory', () => {
	it('walk every item exactly once', () => {
		const items = Array.from({ length: 7 }, (_, i) => ({ id: id(i) }));
		const seen: string[] = [];
		let after: string | undefined;
		for (;;) {
			const page = pageOf(items, { limit: 3, after });
			seen.push(...page.data.map((x) => x.id));
			if (!page.nextCursor) break;
			after = decodeCursor(page.nextCursor, idPosition);
		}
		expect(seen).toEqual(items.map((x) => x.id));
		expect(pageOf(items, { limit: 7, after: undefined }).nextCursor).toBeNull();
		expect(() => pageOf(items, { limit: 3, after: id(99) })).toThrow(Invalid);
	});
});
