/** A text given in both languages, read in the reader's: French when there is no translation. */
export function localize(text: { fr: string; en: string }, locale: string): string {
	return locale === 'en' && text.en ? text.en : text.fr;
}
