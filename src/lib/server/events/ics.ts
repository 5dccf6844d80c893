/**
 * The calendar file (`.ics`, RFC 5545) sent with each convocation, through `ical-generator`
 * (decision 020). One file per participant: its UID is stable for the pair (event, participant),
 * its SEQUENCE is the event's `ics_sequence`, so a calendar updates (or cancels) the entry it
 * already has instead of adding a second one. Times are written in Europe/Paris with the zone's
 * definition (VTIMEZONE) included.
 */
import ical, {
	ICalCalendarMethod,
	ICalEventStatus,
	type ICalLuxonDateTimeStub
} from 'ical-generator';
import { FROM_ADDRESS } from '../notifications/delivery.ts';

export const ICS_TIME_ZONE = 'Europe/Paris';

/** Europe/Paris since 1996 (EU rules): last Sunday of March and of October. */
const PARIS_VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/Paris',
	'X-LIC-LOCATION:Europe/Paris',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
].join('\r\n');

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallParts(d: Date, zone: string): Record<string, string> {
	let f = formatters.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-GB', {
			timeZone: zone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23'
		});
		formatters.set(zone, f);
	}
	return Object.fromEntries(f.formatToParts(d).map((p) => [p.type, p.value]));
}

/**
 * An instant as the library's date-time interface (the one it knows from Luxon), so that it writes
 * the wall time of the zone it asks for — native dates would be written in the server's zone.
 */
function zoned(date: Date, zone = 'UTC'): ICalLuxonDateTimeStub {
	return {
		isValid: true,
		zone: { type: zone === 'UTC' ? 'fixed' : 'iana' },
		setZone: (z?: string) => zoned(date, !z || z.toLowerCase() === 'utc' ? 'UTC' : z),
		toJSDate: () => date,
		toJSON: () => date.toISOString(),
		toFormat(fmt: string) {
			const p = wallParts(date, zone);
			return fmt === 'yyyyLLdd' ? `${p.year}${p.month}${p.day}` : `${p.hour}${p.minute}${p.second}`;
		}
	};
}

export type IcsEvent = {
	id: string;
	title: string;
	description: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	videoUrl: string;
	icsSequence: number;
	updatedAt: Date;
};

export type IcsParticipant = { id: string; email: string; name: string };

/** The UID of a participant's calendar entry: the same for every message about that session. */
export function icsUid(eventId: string, participantId: string): string {
	return `${eventId}-${participantId}@transformateur`;
}

export function buildIcs(opts: {
	event: IcsEvent;
	participant: IcsParticipant;
	method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
	/** The participant's page (reply link or session page). */
	url: string;
	/** Extra lines for the description (the participant's own slot). */
	note?: string;
}): string {
	const { event, participant, method } = opts;
	const cal = ical({
		prodId: { company: 'Transformateur', product: 'sessions', language: 'FR' },
		method: ICalCalendarMethod[method]
	});
	// No calendar-wide zone (the stamp stays in UTC); the events' zone is defined once.
	cal.timezone({ name: null, generator: (tz) => (tz === ICS_TIME_ZONE ? PARIS_VTIMEZONE : null) });
	const location = [event.place, event.videoUrl].filter(Boolean).join(' — ');
	const description = [event.description, opts.note ?? '', opts.url].filter(Boolean).join('\n\n');
	const entry = cal.createEvent({
		id: icsUid(event.id, participant.id),
		sequence: event.icsSequence,
		stamp: zoned(new Date()),
		start: zoned(event.startsAt),
		end: zoned(event.endsAt),
		timezone: ICS_TIME_ZONE,
		summary: event.title,
		description,
		location: location || null,
		url: opts.url,
		status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
		organizer: { name: 'Transformateur', email: FROM_ADDRESS.replace(/^.*<|>$/g, '') },
		lastModified: zoned(event.updatedAt)
	});
	entry.createAttendee({
		email: participant.email,
		name: participant.name || undefined,
		rsvp: true
	});
	return cal.toString();
}

export function icsAttachment(content: string, method: 'REQUEST' | 'CANCEL' | 'PUBLISH') {
	return {
		filename: method === 'CANCEL' ? 'annulation.ics' : 'invitation.ics',
		contentType: `text/calendar; charset=utf-8; method=${method}`,
		content
	};
}
