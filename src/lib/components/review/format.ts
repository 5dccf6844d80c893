/** Small formats of the team's application page. Pure, no I/O. */
import type { Locale, Translate } from '#lib/i18n/index.ts';

const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'fr-FR');

/** "850 octets", "12 ko", "1,2 Mo" (or their English forms). */
export function formatSize(bytes: number, locale: Locale, t: Translate): string {
	const number = (n: number, digits: number) =>
		new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits }).format(n);
	if (bytes < 1024) return t('review.size.bytes', { n: number(bytes, 0) });
	if (bytes < 1024 * 1024) return t('review.size.kb', { n: number(bytes / 1024, 0) });
	return t('review.size.mb', { n: number(bytes / (1024 * 1024), 1) });
}

/**
 * The pipeline's address, with the list's filters kept: `retour` is the list's query string
 * (`statut=submitted&q=…`, with or without its `?`). Only its parameters are kept, re-encoded,
 * after a fixed path: it cannot lead anywhere else.
 */
export function pipelineHref(base: string, retour: string | null | undefined): string {
	if (!retour) return base;
	const params = new URLSearchParams(retour.slice(0, 2000).replace(/^\?/, ''));
	const query = params.toString();
	return query ? `${base}?${query}` : base;
}
