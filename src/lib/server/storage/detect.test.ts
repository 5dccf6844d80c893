import { describe, expect, it } from 'vitest';
import { FILE_TYPES } from '../calls/form/definition.ts';
import { detectFileType, isCsv, isPlainText, KNOWN_TYPES } from './detect.ts';
import * as s from './testing/samples.ts';

const mimeOf = (bytes: Uint8Array) => detectFileType(bytes)?.mime ?? null;

describe('detectFileType', () => {
	it('recognises every type a file question may accept, with the same extensions', () => {
		for (const [mime, { extensions }] of Object.entries(FILE_TYPES)) {
			expect(KNOWN_TYPES[mime as keyof typeof KNOWN_TYPES]?.map((e) => `.${e}`)).toEqual(
				extensions
			);
		}
		expect(Object.keys(KNOWN_TYPES).sort()).toEqual(Object.keys(FILE_TYPES).sort());
	});

	it('recognises PDF and images by their first bytes', () => {
		expect(detectFileType(s.pdf())).toEqual({ mime: 'application/pdf', ext: 'pdf' });
		expect(detectFileType(s.png())).toEqual({ mime: 'image/png', ext: 'png' });
		expect(detectFileType(s.jpeg())).toEqual({ mime: 'image/jpeg', ext: 'jpg' });
		expect(detectFileType(s.webp())).toEqual({ mime: 'image/webp', ext: 'webp' });
	});

	it('recognises OpenDocument files by their stored mimetype entry', () => {
		expect(detectFileType(s.odt())?.ext).toBe('odt');
		expect(detectFileType(s.ods())?.ext).toBe('ods');
		expect(detectFileType(s.odp())?.ext).toBe('odp');
	});

	it('recognises Office Open XML files by their parts', () => {
		expect(detectFileType(s.docx())?.ext).toBe('docx');
		expect(detectFileType(s.xlsx())?.ext).toBe('xlsx');
		expect(detectFileType(s.pptx())?.ext).toBe('pptx');
	});

	it('refuses other ZIPs, macro-enabled documents and broken archives', () => {
		expect(mimeOf(s.zip([{ name: 'readme.txt', data: 'bonjour' }]))).toBeNull();
		// A Java archive, an OpenDocument with an unknown or compressed mimetype.
		expect(mimeOf(s.zip([{ name: 'META-INF/MANIFEST.MF', data: 'Main-Class: A' }]))).toBeNull();
		expect(mimeOf(s.openDocument('application/x-evil'))).toBeNull();
		const compressedMimetype = s.zip([
			{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
			{ name: 'content.xml', data: '<x/>' }
		]);
		expect(mimeOf(compressedMimetype)).toBeNull();
		// Office parts without [Content_Types].xml; a .docm renamed .docx.
		expect(mimeOf(s.zip([{ name: 'word/document.xml', data: '<w/>' }]))).toBeNull();
		const docm = s.zip([
			{ name: '[Content_Types].xml', data: '<Types/>' },
			{ name: 'word/document.xml', data: '<w/>' },
			{ name: 'word/vbaProject.bin', data: 'macro' }
		]);
		expect(mimeOf(docm)).toBeNull();
		// Truncated: the central directory is gone.
		const docx = s.docx();
		expect(mimeOf(docx.subarray(0, docx.length - 30))).toBeNull();
		// Bytes that only start like a ZIP.
		expect(mimeOf(s.concat([0x50, 0x4b, 0x03, 0x04], new Array(40).fill(0xff)))).toBeNull();
	});

	it('does not trust an end record whose offsets point outside the file', () => {
		const docx = s.docx();
		const broken = docx.slice();
		const view = new DataView(broken.buffer);
		view.setUint32(broken.length - 6, 0xfffffff0, true); // central directory offset
		expect(mimeOf(broken)).toBeNull();
		const many = docx.slice();
		new DataView(many.buffer).setUint16(many.length - 12, 9999, true); // entry count
		new DataView(many.buffer).setUint16(many.length - 14, 9999, true);
		expect(mimeOf(many)).toBeNull();
	});

	it('recognises UTF-8 text and CSV', () => {
		expect(detectFileType(s.frenchText())).toEqual({ mime: 'text/plain', ext: 'txt' });
		expect(detectFileType(s.csvSemicolon())).toEqual({ mime: 'text/csv', ext: 'csv' });
	});

	it('refuses executables, markup, legacy encodings and empty files', () => {
		expect(mimeOf(s.elf())).toBeNull();
		expect(mimeOf(s.bytesOf('MZ\x90\x00\x03\x00\x00\x00'))).toBeNull();
		expect(mimeOf(s.bytesOf('<!DOCTYPE html><html><script>alert(1)</script></html>'))).toBeNull();
		expect(mimeOf(s.bytesOf('\n  <html><body>%PDF-1.4</body></html>'))).toBeNull();
		const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script/></svg>';
		expect(mimeOf(s.bytesOf(svg))).toBeNull();
		expect(mimeOf(s.bytesOf('Bonjour\n<svg onload="alert(1)">'))).toBeNull();
		expect(mimeOf(s.windows1252())).toBeNull();
		expect(mimeOf(new Uint8Array())).toBeNull();
		// Text that only starts like a PDF is text, not a PDF.
		expect(mimeOf(s.bytesOf('%PDF'))).toBe('text/plain');
		expect(mimeOf(s.bytesOf('RIFF\x00\x00\x00\x00WAVEfmt '))).toBeNull();
	});
});

describe('isPlainText', () => {
	it('accepts UTF-8 with accents, tabs, CRLF and a byte-order mark', () => {
		expect(isPlainText(s.frenchText())).toBe(true);
		expect(isPlainText(s.concat([0xef, 0xbb, 0xbf], s.bytesOf('Équipe\tRégion\r\n')))).toBe(true);
	});

	it('refuses NUL bytes, control characters and invalid UTF-8', () => {
		expect(isPlainText(s.bytesOf('texte\u0000suite'))).toBe(false);
		expect(isPlainText(s.bytesOf('texte\u001bsuite'))).toBe(false);
		expect(isPlainText(s.windows1252())).toBe(false);
		expect(isPlainText(new Uint8Array())).toBe(false);
	});
});

describe('isCsv', () => {
	it('needs the same number of ; or , separators on the first records', () => {
		expect(isCsv(s.csvSemicolon())).toBe(true);
		expect(isCsv(s.bytesOf('a,b,c\r\n1,2,3\r\n4,5,6\r\n\r\n'))).toBe(true);
		// A quoted field spanning two lines, with a separator inside.
		expect(isCsv(s.bytesOf('nom,commentaire\nA,"une ligne,\npuis une autre"\nB,court\n'))).toBe(
			true
		);
		expect(
			isCsv(s.bytesOf('Bonjour, voici le projet.\nIl dure trois ans, peut-être plus, dit-on.\n'))
		).toBe(false);
		expect(isCsv(s.frenchText())).toBe(false);
		expect(isCsv(s.bytesOf('une seule colonne\nsans séparateur\n'))).toBe(false);
		expect(isCsv(s.windows1252())).toBe(false);
	});
});
