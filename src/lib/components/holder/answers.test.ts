import { describe, expect, it } from 'vitest';
import { clockTime, formatBytes } from './answers.ts';

describe('formatBytes', () => {
	it('reads as people write sizes, in French and in English', () => {
		expect(formatBytes(250, 'fr')).toBe('250 o');
		expect(formatBytes(12 * 1024, 'fr')).toBe('12 ko');
		expect(formatBytes(2.44 * 1024 * 1024, 'fr')).toBe('2,4 Mo');
		expect(formatBytes(250, 'en')).toBe('250 B');
		expect(formatBytes(2.44 * 1024 * 1024, 'en')).toBe('2.4 MB');
	});
});

describe('clockTime', () => {
	it('gives the time in Paris, « 14 h 32 » in French', () => {
		// 12:32 UTC in summer is 14:32 in Paris; 8:05 UTC in winter is 9:05.
		expect(clockTime('2026-07-01T12:32:00Z', 'fr')).toBe('14\u00a0h\u00a032');
		expect(clockTime('2026-01-15T08:05:00Z', 'fr')).toBe('9\u00a0h\u00a005');
		expect(clockTime('2026-01-15T08:05:00Z', 'en')).toBe('09:05');
	});
});
