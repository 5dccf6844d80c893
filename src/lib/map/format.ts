/** Figures of the map and of the funnel's tables: counts and shares, in French or English. */
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';

const percent = new Map<Locale, Intl.NumberFormat>();

/** `0.456` → `46 %` (French) or `46%` (English). */
export function formatRate(value: number, locale: Locale): string {
	let f = percent.get(locale);
	if (!f) {
		f = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
			style: 'percent',
			maximumFractionDigits: 0
		});
		percent.set(locale, f);
	}
	return f.format(value);
}

/** A count or a share as written on the map; empty when there is none. */
export function formatFigure(value: number | null, rate: boolean, locale: Locale): string {
	if (value === null || !Number.isFinite(value)) return '';
	return rate ? formatRate(value, locale) : formatNumber(value, locale);
}
