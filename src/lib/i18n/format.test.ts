import { describe, expect, it } from 'vitest';
import {
	formatDateTime,
	parisWallTimeToInstant,
	toParisDateInput,
	toParisDateTimeInput
} from './format.ts';

describe('Paris time', () => {
	it('reads wall-clock times in winter (UTC+1) and summer (UTC+2)', () => {
		expect(parisWallTimeToInstant('2016-12-08T09:30')?.toISOString()).toBe(
			'2016-12-08T08:30:00.000Z'
		);
		expect(parisWallTimeToInstant('2017-06-15T09:30')?.toISOString()).toBe(
			'2017-06-15T07:30:00.000Z'
		);
		expect(parisWallTimeToInstant('2016-12-08')?.toISOString()).toBe('2016-12-07T23:00:00.000Z');
	});

	it('handles the daylight-saving changes', () => {
		// 26 March 2017: 02:00 → 03:00. 01:30 is still winter time, 03:30 summer time.
		expect(parisWallTimeToInstant('2017-03-26T01:30')?.toISOString()).toBe(
			'2017-03-26T00:30:00.000Z'
		);
		expect(parisWallTimeToInstant('2017-03-26T03:30')?.toISOString()).toBe(
			'2017-03-26T01:30:00.000Z'
		);
		// 29 October 2017: 03:00 → 02:00.
		expect(parisWallTimeToInstant('2017-10-29T04:00')?.toISOString()).toBe(
			'2017-10-29T03:00:00.000Z'
		);
	});

	it('refuses impossible dates', () => {
		expect(parisWallTimeToInstant('2017-02-30')).toBeNull();
		expect(parisWallTimeToInstant('2017-13-01')).toBeNull();
		expect(parisWallTimeToInstant('2017-01-01T24:10')).toBeNull();
		expect(parisWallTimeToInstant('demain')).toBeNull();
	});

	it('round-trips through the form inputs', () => {
		const d = new Date('2016-12-08T08:30:00Z');
		expect(toParisDateTimeInput(d)).toBe('2016-12-08T09:30');
		expect(toParisDateInput(new Date('2016-12-07T23:30:00Z'))).toBe('2016-12-08');
	});

	it('formats in French by default', () => {
		expect(formatDateTime('2016-12-08T08:30:00Z', 'fr')).toBe('8 décembre 2016 à 09:30');
	});
});
