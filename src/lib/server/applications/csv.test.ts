import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvNumber, neutraliseFormula, quoteField } from './csv.ts';

describe('CSV cells', () => {
	it('neutralises what a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csvCell('+33 1 23')).toBe("'+33 1 23");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\t=1')).toBe("'\t=1");
		expect(csvCell('\r=1')).toBe(`"'\r=1"`);
		// Only at the start.
		expect(csvCell('a=b')).toBe('a=b');
		expect(csvCell('Élan – QVT')).toBe('Élan – QVT');
		expect(neutraliseFormula("'déjà")).toBe("'déjà");
	});

	it('quotes fields holding a separator, a quote or a line break, and only those', () => {
		expect(quoteField('simple')).toBe('simple');
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('il a dit "oui"')).toBe('"il a dit ""oui"""');
		expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
		expect(csvCell('a,b')).toBe('a,b');
		expect(csvCell('')).toBe('');
		expect(csvCell(null)).toBe('');
	});

	it('writes numbers with a decimal comma in French, never neutralised', () => {
		expect(csvNumber(-12.5, 'fr')).toBe('-12,5');
		expect(csvNumber(-12.5, 'en')).toBe('-12.5');
		expect(csvNumber(3, 'fr')).toBe('3');
		expect(csvNumber(Number.NaN, 'fr')).toBe('');
	});

	it('starts the document with a BOM and ends each record with CRLF', () => {
		expect(
			csvDocument([
				['a', 'b'],
				['1', '']
			])
		).toBe('\uFEFFa;b\r\n1;\r\n');
	});
});
