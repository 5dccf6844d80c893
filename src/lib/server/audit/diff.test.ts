import { describe, expect, it } from 'vitest';
import { auditChanges } from './diff.ts';

describe('auditChanges', () => {
	it('keeps only the keys whose value changed', () => {
		expect(
			auditChanges(
				{ name: 'Promo 2025', description: 'x', phases: [{ kind: 'call_open' }] },
				{ name: 'Promo 2026', description: 'x', phases: [{ kind: 'call_open' }] }
			)
		).toEqual([{ key: 'name', before: 'Promo 2025', after: 'Promo 2026' }]);
	});

	it('shows a creation as every key going from nothing to its value', () => {
		expect(auditChanges(null, { role: 'jury', regionCode: null })).toEqual([
			{ key: 'role', before: null, after: 'jury' }
		]);
	});

	it('shows a deletion as every key going to nothing', () => {
		expect(auditChanges({ role: 'team' }, null)).toEqual([
			{ key: 'role', before: 'team', after: null }
		]);
	});

	it('does not count the order of keys inside a value as a change', () => {
		expect(auditChanges({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual([]);
		expect(auditChanges({ a: [1, 2] }, { a: [2, 1] })).toHaveLength(1);
	});

	it('compares plain values as one unnamed change', () => {
		expect(auditChanges('a', 'b')).toEqual([{ key: '', before: 'a', after: 'b' }]);
		expect(auditChanges(null, undefined)).toEqual([]);
	});
});
