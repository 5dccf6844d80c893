import { describe, expect, it } from 'vitest';
import { contentDisposition, safeDownloadName } from './download.ts';

/** Decodes `filename*` the way a browser does. */
const extValue = (header: string) =>
	decodeURIComponent(/filename\*=UTF-8''([^;\s]+)/.exec(header)?.[1] ?? '');
const fallback = (header: string) => /filename="([^"]*)"/.exec(header)?.[1];

describe('safeDownloadName', () => {
	it('keeps accents and spaces', () => {
		expect(safeDownloadName('Présentation du projet.pdf')).toBe('Présentation du projet.pdf');
		// Decomposed accents (macOS) come out composed.
		expect(safeDownloadName('E\u0301tude.pdf')).toBe('Étude.pdf');
	});

	it('drops folders, controls, bidi overrides and forbidden characters', () => {
		expect(safeDownloadName('../../etc/passwd')).toBe('passwd');
		expect(safeDownloadName('C:\\Users\\a\\b.docx')).toBe('b.docx');
		expect(safeDownloadName('a\r\nContent-Type: text.pdf')).toBe('aContent-Type_ text.pdf');
		expect(safeDownloadName('facture\u202Efdp.exe')).toBe('facturefdp.exe');
		expect(safeDownloadName('"rapport" <v2>?.pdf')).toBe('_rapport_ _v2__.pdf');
		expect(safeDownloadName('  ..  ')).toBe('fichier');
		expect(safeDownloadName('')).toBe('fichier');
		expect(safeDownloadName('CON.txt')).toBe('_CON.txt');
	});

	it('shortens long names and keeps their extension', () => {
		const name = safeDownloadName(`${'é'.repeat(300)}.pdf`);
		expect(Array.from(name)).toHaveLength(150);
		expect(name.endsWith('é.pdf')).toBe(true);
	});
});

describe('contentDisposition', () => {
	it('carries the UTF-8 name and an ASCII fallback (RFC 6266)', () => {
		const header = contentDisposition('Présentation du projet.pdf');
		expect(header).toBe(
			`attachment; filename="Presentation du projet.pdf"; filename*=UTF-8''Pr%C3%A9sentation%20du%20projet.pdf`
		);
		expect(extValue(header)).toBe('Présentation du projet.pdf');
	});

	it('cannot be broken by quotes, backslashes or new lines', () => {
		const header = contentDisposition('a"; filename="evil.html\r\nSet-Cookie: x=1\\.pdf');
		expect(header).not.toMatch(/[\r\n]/);
		expect(header.match(/"/g)).toHaveLength(2);
		expect(/^[\x20-\x7e]+$/.test(header)).toBe(true);
		expect(fallback(header)).not.toContain('\\');
	});

	it('percent-encodes the characters RFC 8187 does not allow bare', () => {
		const header = contentDisposition("l'équipe (v2)*.txt");
		expect(header).toContain(`filename*=UTF-8''l%27%C3%A9quipe%20%28v2%29_.txt`);
		expect(extValue(header)).toBe("l'équipe (v2)_.txt");
		expect(fallback(header)).toBe("l'equipe (v2)_.txt");
	});

	it('replaces characters without an ASCII form in the fallback, and can be inline', () => {
		const header = contentDisposition('报告.pdf', 'inline');
		expect(header.startsWith('inline; filename="__.pdf"')).toBe(true);
		expect(extValue(header)).toBe('报告.pdf');
	});
});
