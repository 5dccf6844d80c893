import { describe, expect, it } from 'vitest';
import { ACCEPTED_MIME_TYPES } from '../calls/form/definition.ts';
import { translator } from '../../i18n/index.ts';
import { checkUpload, extensionOf, UPLOAD_REJECTION_MESSAGES } from './upload.ts';
import * as s from './testing/samples.ts';

const MB = 1024 * 1024;
const check = (bytes: Uint8Array, fileName: string, accept: string[] = ACCEPTED_MIME_TYPES) =>
	checkUpload({ bytes, fileName, accept, maxBytes: MB });

describe('checkUpload', () => {
	it('accepts a file whose content, name and type agree', () => {
		expect(check(s.pdf(), 'Présentation du projet.pdf')).toEqual({
			ok: true,
			mime: 'application/pdf',
			ext: 'pdf'
		});
		expect(check(s.jpeg(), 'photo.JPEG')).toMatchObject({ ok: true, mime: 'image/jpeg' });
		expect(check(s.docx(), 'budget.docx')).toMatchObject({ ok: true, ext: 'docx' });
		expect(check(s.odt(), 'dossier.odt')).toMatchObject({ ok: true, ext: 'odt' });
		expect(check(s.frenchText(), 'notes.txt')).toMatchObject({ ok: true, mime: 'text/plain' });
		expect(check(s.csvSemicolon(), 'effectifs.csv')).toMatchObject({ ok: true, mime: 'text/csv' });
	});

	it('refuses empty files and files over the limit', () => {
		expect(check(new Uint8Array(), 'vide.pdf')).toEqual({ ok: false, reason: 'empty' });
		const big = s.concat(s.pdf(), new Uint8Array(MB));
		expect(check(big, 'gros.pdf')).toEqual({ ok: false, reason: 'too_large' });
		const exact = s.concat(s.pdf(), new Uint8Array(MB - s.pdf().length));
		expect(check(exact, 'juste.pdf')).toMatchObject({ ok: true });
	});

	it('refuses a file whose name claims another type than its content', () => {
		const html = s.bytesOf('<html><body><script>alert(1)</script></body></html>');
		expect(check(html, 'rapport.pdf')).toEqual({ ok: false, reason: 'unrecognised' });
		expect(check(s.frenchText(), 'logo.png')).toEqual({ ok: false, reason: 'unrecognised' });
		expect(check(s.png(), 'image.jpg')).toEqual({ ok: false, reason: 'unrecognised' });
		expect(check(s.pdf(), 'rapport.pdf.exe')).toEqual({ ok: false, reason: 'unrecognised' });
		expect(check(s.bytesOf('%PDF-'), 'tronque.pdf')).toEqual({ ok: false, reason: 'unrecognised' });
		expect(check(s.frenchText(), 'notes.csv')).toEqual({ ok: false, reason: 'unrecognised' });
	});

	it('refuses what is not recognised at all', () => {
		expect(check(s.elf(), 'programme.pdf')).toEqual({ ok: false, reason: 'unrecognised' });
		expect(check(s.windows1252(), 'notes.txt')).toEqual({ ok: false, reason: 'unrecognised' });
	});

	it('refuses a recognised type the question does not accept', () => {
		expect(check(s.png(), 'schema.png', ['application/pdf'])).toEqual({
			ok: false,
			reason: 'type_not_accepted'
		});
		expect(check(s.csvSemicolon(), 'effectifs.csv', ['text/plain'])).toEqual({
			ok: false,
			reason: 'type_not_accepted'
		});
	});

	it('lets CSV-looking text named .txt be plain text, and lets content decide without extension', () => {
		expect(check(s.csvSemicolon(), 'effectifs.txt', ['text/plain'])).toMatchObject({
			ok: true,
			mime: 'text/plain'
		});
		expect(check(s.csvSemicolon(), 'effectifs')).toMatchObject({ ok: true, mime: 'text/csv' });
		expect(check(s.csvSemicolon(), 'effectifs', ['text/plain'])).toMatchObject({
			ok: true,
			mime: 'text/plain',
			ext: 'txt'
		});
		expect(check(s.pdf(), 'rapport')).toMatchObject({ ok: true, ext: 'pdf' });
	});

	it('has a message in both languages for every reason', () => {
		for (const locale of ['fr', 'en'] as const) {
			const t = translator(locale);
			for (const key of Object.values(UPLOAD_REJECTION_MESSAGES)) {
				expect(t(key, { max: '10 Mo', types: 'PDF' })).not.toBe(key);
			}
		}
		expect(translator('fr')(UPLOAD_REJECTION_MESSAGES.too_large, { max: '10 Mo' })).toContain(
			'10 Mo'
		);
	});
});

describe('extensionOf', () => {
	it('takes the last extension of the last path segment, lowercase', () => {
		expect(extensionOf('Rapport.Final.PDF')).toBe('pdf');
		expect(extensionOf('C:\\docs\\a.docx')).toBe('docx');
		expect(extensionOf('.bashrc')).toBe('');
		expect(extensionOf('sans extension')).toBe('');
	});
});
