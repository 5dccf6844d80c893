/**
 * The calendar file: Paris wall times whatever the server's zone (winter +01:00, summer +02:00),
 * the UID stable for the pair (event, participant), SEQUENCE and METHOD as asked, DTSTAMP in UTC.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs, icsUid } from './ics.ts';

const event = {
	id: '11111111-1111-4111-8111-111111111111',
	title: 'Session de sélection',
	description: 'Deux jours.',
	startsAt: new Date('2030-12-10T08:00:00Z'),
	endsAt: new Date('2030-12-11T16:00:00Z'),
	place: 'Lyon',
	videoUrl: '',
	icsSequence: 3,
	updatedAt: new Date('2030-11-01T10:00:00Z')
};
const participant = {
	id: '22222222-2222-4222-8222-222222222222',
	email: 'lea@exemple.fr',
	name: 'Léa'
};

function parse(text: string) {
	const cal = new ICAL.Component(ICAL.parse(text));
	return { cal, ev: cal.getFirstSubcomponent('vevent')! };
}

describe('calendar file', () => {
	it('writes Paris wall times with the zone, the UID, SEQUENCE and METHOD', () => {
		const text = buildIcs({ event, participant, method: 'REQUEST', url: 'http://x/r/t' });
		const { cal, ev } = parse(text);
		expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
		expect(ev.getFirstPropertyValue('uid')).toBe(icsUid(event.id, participant.id));
		expect(ev.getFirstPropertyValue('sequence')).toBe(3);
		expect(text).toContain('DTSTART;TZID=Europe/Paris:20301210T090000');
		expect(text).toContain('DTEND;TZID=Europe/Paris:20301211T170000');
		expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
		// Read back with the zone it defines: the same instant.
		const zone = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
		const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
		start.zone = zone;
		expect(start.toJSDate().toISOString()).toBe('2030-12-10T08:00:00.000Z');
	});

	it('uses summer time in June and METHOD:CANCEL when cancelled', () => {
		const text = buildIcs({
			event: {
				...event,
				startsAt: new Date('2031-06-12T07:30:00Z'),
				endsAt: new Date('2031-06-12T15:00:00Z')
			},
			participant,
			method: 'CANCEL',
			url: 'http://x'
		});
		expect(text).toContain('METHOD:CANCEL');
		expect(text).toContain('STATUS:CANCELLED');
		expect(text).toContain('DTSTART;TZID=Europe/Paris:20310612T093000');
	});
});
