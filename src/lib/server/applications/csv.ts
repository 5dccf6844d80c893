/**
 * CSV as French spreadsheets read it (decision 013): RFC 4180 records separated by CRLF, fields
 * separated by `;`, quoted when they hold a separator, a quote or a line break, UTF-8 with a
 * byte-order mark. A text cell that a spreadsheet would take for a formula (it starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe. Pure.
 */

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell, neutralised: `=SOMME(A1)` → `'=SOMME(A1)`. */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, quoted only when it must be. */
export function quoteField(text: string): string {
	return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell: neutralised, then quoted when needed. Null is an empty field. */
export function csvCell(value: string | null | undefined): string {
	if (value === null || value === undefined || value === '') return '';
	return quoteField(neutraliseFormula(value));
}

/**
 * A number as French spreadsheets read it (decimal comma), never neutralised: a negative number is
 * a number, not a formula.
 */
export function csvNumber(n: number, locale: 'fr' | 'en'): string {
	if (!Number.isFinite(n)) return '';
	const text = String(n);
	return locale === 'fr' ? text.replace('.', ',') : text;
}

/** A whole CSV document: BOM, records joined by CRLF, a final CRLF. */
export function csvDocument(records: readonly (readonly string[])[]): string {
	return CSV_BOM + records.map((fields) => fields.join(CSV_SEPARATOR) + '\r\n').join('');
}
