import { describe, expect, it } from 'vitest';
import { parisWallTimeToInstant } from '../../i18n/format.ts';
import { Invalid } from '../errors.ts';
import {
	assertValidCalendar,
	calendarErrors,
	callClosesAt,
	currentPhase,
	isCallOpen,
	phaseStatuses,
	type CalendarPhase
} from './phases.ts';

/** A Paris wall time, as the calendar form sends it. */
const paris = (v: string) => {
	const d = parisWallTimeToInstant(v);
	if (!d) throw new Error(`bad date ${v}`);
	return d;
};

const calendar: CalendarPhase[] = [
	{ kind: 'call_open', startsAt: paris('2016-09-29T09:00'), endsAt: null },
	{ kind: 'call_closed', startsAt: paris('2016-11-21T12:00'), endsAt: null },
	{ kind: 'shortlisting', startsAt: paris('2016-11-22T09:00'), endsAt: paris('2016-12-02T18:00') },
	{
		kind: 'selection_session',
		startsAt: paris('2016-12-08T09:00'),
		endsAt: paris('2016-12-09T18:00')
	},
	{ kind: 'final_selection', startsAt: paris('2016-12-09T16:00'), endsAt: null },
	{ kind: 'closing', startsAt: paris('2017-04-24T09:00'), endsAt: paris('2017-05-31T18:00') }
];

describe('currentPhase', () => {
	it('is not started before the first phase, and over once everything has ended', () => {
		expect(currentPhase(calendar, paris('2016-09-29T08:59'))).toBe('not_started');
		expect(currentPhase(calendar, paris('2017-05-31T18:00'))).toBe('over');
		expect(currentPhase([], paris('2016-10-01T00:00'))).toBe('not_started');
	});

	it('a phase without an end lasts until the next one starts', () => {
		expect(currentPhase(calendar, paris('2016-09-29T09:00'))).toBe('call_open');
		expect(currentPhase(calendar, paris('2016-11-21T11:59'))).toBe('call_open');
		expect(currentPhase(calendar, paris('2016-11-21T12:00'))).toBe('call_closed');
	});

	it('with overlapping phases, the one started last wins', () => {
		expect(currentPhase(calendar, paris('2016-12-09T15:59'))).toBe('selection_session');
		expect(currentPhase(calendar, paris('2016-12-09T16:30'))).toBe('final_selection');
	});

	it('between two phases, the cycle stays at the one that started last', () => {
		expect(currentPhase(calendar, paris('2016-12-05T10:00'))).toBe('shortlisting');
		// final_selection has no end: it runs until closing starts.
		expect(currentPhase(calendar, paris('2017-02-01T10:00'))).toBe('final_selection');
	});

	it('an open-ended last phase never ends', () => {
		const open = [{ kind: 'call_open' as const, startsAt: paris('2026-01-01'), endsAt: null }];
		expect(currentPhase(open, paris('2099-01-01'))).toBe('call_open');
	});

	it('accepts ISO strings as the views carry them', () => {
		const iso = calendar.map((p) => ({
			kind: p.kind,
			startsAt: p.startsAt.toISOString(),
			endsAt: p.endsAt?.toISOString() ?? null
		}));
		expect(currentPhase(iso, paris('2016-12-08T10:00'))).toBe('selection_session');
	});

	describe('around daylight-saving changes (Europe/Paris)', () => {
		// Spring forward: 2026-03-29, 02:00 → 03:00. Fall back: 2026-10-25, 03:00 → 02:00.
		const spring: CalendarPhase[] = [
			{ kind: 'call_open', startsAt: paris('2026-03-01T09:00'), endsAt: null },
			{ kind: 'call_closed', startsAt: paris('2026-03-29T03:00'), endsAt: null }
		];
		it('the call closes at 03:00 summer time, one hour after 01:00 UTC', () => {
			expect(paris('2026-03-29T03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
			expect(currentPhase(spring, new Date('2026-03-29T00:59:59Z'))).toBe('call_open');
			expect(currentPhase(spring, new Date('2026-03-29T01:00:00Z'))).toBe('call_closed');
		});

		const autumn: CalendarPhase[] = [
			{ kind: 'call_open', startsAt: paris('2026-09-01T09:00'), endsAt: null },
			{ kind: 'call_closed', startsAt: paris('2026-10-25T12:00'), endsAt: null }
		];
		it('noon on the day winter time starts is 11:00 UTC', () => {
			expect(paris('2026-10-25T12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
			expect(currentPhase(autumn, new Date('2026-10-25T10:59:59Z'))).toBe('call_open');
			expect(currentPhase(autumn, new Date('2026-10-25T11:00:00Z'))).toBe('call_closed');
		});

		it('a phase across the change lasts its real duration', () => {
			const session: CalendarPhase[] = [
				{
					kind: 'selection_session',
					startsAt: paris('2026-10-24T18:00'),
					endsAt: paris('2026-10-25T18:00')
				}
			];
			// 25 hours of real time: the night has one more hour.
			expect(session[0].endsAt!.getTime() - session[0].startsAt.getTime()).toBe(25 * 3600_000);
			expect(currentPhase(session, new Date('2026-10-25T16:59:59Z'))).toBe('selection_session');
			expect(currentPhase(session, new Date('2026-10-25T17:00:00Z'))).toBe('over');
		});
	});
});

describe('phaseStatuses and the call', () => {
	it('says which phases are past, running and upcoming', () => {
		const s = phaseStatuses(calendar, paris('2016-12-09T16:30'));
		expect(s.call_open).toBe('past');
		expect(s.shortlisting).toBe('past');
		expect(s.selection_session).toBe('current');
		expect(s.final_selection).toBe('current');
		expect(s.closing).toBe('upcoming');
	});

	it('knows when the call is open and when it closes', () => {
		expect(isCallOpen(calendar, paris('2016-10-15T10:00'))).toBe(true);
		expect(isCallOpen(calendar, paris('2016-11-21T12:00'))).toBe(false);
		expect(isCallOpen(calendar, paris('2016-09-01T10:00'))).toBe(false);
		expect(callClosesAt(calendar)).toEqual(paris('2016-11-21T12:00'));
	});

	it('a call with an explicit end is closed after it, even before the next phase', () => {
		const c: CalendarPhase[] = [
			{ kind: 'call_open', startsAt: paris('2026-09-01'), endsAt: paris('2026-10-01') },
			{ kind: 'shortlisting', startsAt: paris('2026-10-15'), endsAt: null }
		];
		expect(isCallOpen(c, paris('2026-09-30T23:59'))).toBe(true);
		expect(isCallOpen(c, paris('2026-10-05'))).toBe(false);
		expect(callClosesAt(c)).toEqual(paris('2026-10-01'));
	});
});

describe('calendar validation', () => {
	it('accepts a sound calendar', () => {
		expect(calendarErrors(calendar)).toEqual({});
		expect(() => assertValidCalendar(calendar)).not.toThrow();
	});

	it('refuses an end that is not after its start', () => {
		const bad: CalendarPhase[] = [
			{ kind: 'call_open', startsAt: paris('2026-10-01T10:00'), endsAt: paris('2026-10-01T10:00') }
		];
		expect(calendarErrors(bad)).toEqual({
			'phases.call_open.endsAt': ['programmes.error.endBeforeStart']
		});
	});

	it('refuses a later phase that starts before an earlier one, naming the earlier phase', () => {
		const bad: CalendarPhase[] = [
			{ kind: 'call_open', startsAt: paris('2026-10-01'), endsAt: null },
			{ kind: 'call_closed', startsAt: paris('2026-11-01'), endsAt: null },
			{ kind: 'shortlisting', startsAt: paris('2026-10-15'), endsAt: null }
		];
		try {
			assertValidCalendar(bad);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(Invalid);
			expect((e as Invalid).fields).toEqual({
				'phases.shortlisting.startsAt': ['programmes.error.startsBefore.call_closed']
			});
		}
	});

	it('the order holds across daylight saving: 02:30 winter time comes after 02:30 summer time', () => {
		const ok: CalendarPhase[] = [
			{ kind: 'selection_session', startsAt: paris('2026-10-24T09:00'), endsAt: null },
			{ kind: 'final_selection', startsAt: paris('2026-10-25T02:30'), endsAt: null }
		];
		expect(calendarErrors(ok)).toEqual({});
	});

	it('refuses a phase given twice', () => {
		const twice: CalendarPhase[] = [
			{ kind: 'closing', startsAt: paris('2026-10-01'), endsAt: null },
			{ kind: 'closing', startsAt: paris('2026-10-02'), endsAt: null }
		];
		expect(calendarErrors(twice)['phases.closing']).toEqual(['programmes.error.duplicatePhase']);
	});
});
