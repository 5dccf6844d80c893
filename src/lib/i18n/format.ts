/** French (or English) formats, always in Europe/Paris time. */
import type { Locale } from './index.ts';

export const TIME_ZONE = 'Europe/Paris';

const tag = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/**
 * Formatters are costly to build (a page of 50 applications formats a hundred values): one of
 * each kind per locale, built on first use.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
	let f = cache.get(key) as F | undefined;
	if (!f) cache.set(key, (f = make()));
	return f;
}

export function formatDate(d: Date | string | null | undefined, locale: Locale): string {
	if (!d) return '';
	return cached(
		`date:${locale}`,
		() => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: TIME_ZONE })
	).format(new Date(d));
}

export function formatDateTime(d: Date | string | null | undefined, locale: Locale): string {
	if (!d) return '';
	return cached(
		`datetime:${locale}`,
		() =>
			new Intl.DateTimeFormat(tag(locale), {
				dateStyle: 'long',
				timeStyle: 'short',
				timeZone: TIME_ZONE
			})
	).format(new Date(d));
}

export function formatNumber(n: number, locale: Locale): string {
	return cached(`number:${locale}`, () => new Intl.NumberFormat(tag(locale))).format(n);
}

/** `YYYY-MM-DD` of an instant, in Paris: the value of an `<input type="date">`. */
export function toParisDateInput(d: Date | string | null | undefined): string {
	if (!d) return '';
	return cached(
		'input-date',
		() =>
			new Intl.DateTimeFormat('en-CA', {
				timeZone: TIME_ZONE,
				year: 'numeric',
				month: '2-digit',
				day: '2-digit'
			})
	).format(new Date(d));
}

/** `YYYY-MM-DDTHH:mm` of an instant, in Paris: the value of an `<input type="datetime-local">`. */
export function toParisDateTimeInput(d: Date | string | null | undefined): string {
	if (!d) return '';
	const parts = Object.fromEntries(
		cached(
			'input-datetime',
			() =>
				new Intl.DateTimeFormat('en-GB', {
					timeZone: TIME_ZONE,
					year: 'numeric',
					month: '2-digit',
					day: '2-digit',
					hour: '2-digit',
					minute: '2-digit',
					hourCycle: 'h23'
				})
		)
			.formatToParts(new Date(d))
			.map((p) => [p.type, p.value])
	);
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Offset of Paris from UTC, in minutes, at a given instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(at: Date): number {
	const local = toParisDateTimeInput(at);
	const asUtc = Date.parse(`${local}:00Z`);
	return Math.round((asUtc - Math.floor(at.getTime() / 60000) * 60000) / 60000);
}

/**
 * The instant of a wall-clock time in Paris (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`). Returns null for
 * a malformed value.
 */
export function parisWallTimeToInstant(value: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
	if (!m) return null;
	const [, y, mo, d, h = '00', mi = '00'] = m;
	const naive = Date.UTC(+y, +mo - 1, +d, +h, +mi);
	const check = new Date(naive);
	if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59) {
		return null;
	}
	// Two passes settle the offset around daylight-saving changes.
	let instant = naive - parisOffsetMinutes(new Date(naive)) * 60000;
	instant = naive - parisOffsetMinutes(new Date(instant)) * 60000;
	return new Date(instant);
}
