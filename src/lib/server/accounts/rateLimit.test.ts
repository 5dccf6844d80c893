import { describe, expect, it } from 'vitest';
import { accountKey, msUntilAllowed } from './rateLimit.ts';

const MIN = 60_000;
const now = new Date('2026-03-10T10:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * MIN);

describe('msUntilAllowed', () => {
	it('allows while there are fewer failures than the limit', () => {
		expect(msUntilAllowed([], 5, 15 * MIN, now)).toBe(0);
		expect(msUntilAllowed([ago(1), ago(2), ago(3), ago(4)], 5, 15 * MIN, now)).toBe(0);
	});

	it('blocks at the limit until the oldest counted failure leaves the window', () => {
		const failures = [ago(1), ago(2), ago(3), ago(4), ago(10)];
		expect(msUntilAllowed(failures, 5, 15 * MIN, now)).toBe(5 * MIN);
	});

	it('over the limit, waits until enough failures have left the window', () => {
		// Seven failures, limit five: three must expire; the third oldest is 8 minutes old.
		const failures = [ago(14), ago(12), ago(8), ago(3), ago(2), ago(1), ago(0)];
		expect(msUntilAllowed(failures, 5, 15 * MIN, now)).toBe(7 * MIN);
	});

	it('ignores failures older than the window', () => {
		const failures = [ago(16), ago(20), ago(30), ago(40), ago(50), ago(1)];
		expect(msUntilAllowed(failures, 5, 15 * MIN, now)).toBe(0);
	});
});

describe('accountKey', () => {
	it('is the same whatever the case or surrounding spaces', () => {
		expect(accountKey('  Camille@Exemple.FR ')).toBe(accountKey('camille@exemple.fr'));
	});
});
