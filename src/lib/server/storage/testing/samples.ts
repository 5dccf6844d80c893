/**
 * Minimal real files for the storage tests: valid headers for images and PDF, and real ZIP
 * archives (stored and deflated entries, local headers, central directory) for OpenDocument and
 * Office Open XML.
 */
import { crc32, deflateRawSync } from 'node:zlib';

const enc = new TextEncoder();
export const bytesOf = (s: string) => enc.encode(s);
export const concat = (...parts: (Uint8Array | number[])[]) =>
	Uint8Array.from(parts.flatMap((p) => Array.from(p)));

export const pdf = () => bytesOf('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');

export const png = () =>
	concat(
		[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
		[0, 0, 0, 13],
		bytesOf('IHDR'),
		[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
		[0x1f, 0x15, 0xc4, 0x89]
	);

export const jpeg = () =>
	concat([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], bytesOf('JFIF'), [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

export const webp = () =>
	concat(bytesOf('RIFF'), [26, 0, 0, 0], bytesOf('WEBPVP8L'), [13, 0, 0, 0, 0x2f, 0, 0, 0, 0]);

export const elf = () => concat([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], new Array(56).fill(0));

type Entry = { name: string; data: string | Uint8Array; store?: boolean };

/** A real ZIP archive: local headers, data (stored or deflated), central directory, end record. */
export function zip(entries: Entry[]): Uint8Array {
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const e of entries) {
		const raw = typeof e.data === 'string' ? bytesOf(e.data) : e.data;
		const method = e.store ? 0 : 8;
		const data = method === 0 ? raw : new Uint8Array(deflateRawSync(raw));
		const name = bytesOf(e.name);
		const crc = crc32(raw);
		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, 20, true);
		local.setUint16(8, method, true);
		local.setUint32(14, crc, true);
		local.setUint32(18, data.length, true);
		local.setUint32(22, raw.length, true);
		local.setUint16(26, name.length, true);
		const localBytes = concat(new Uint8Array(local.buffer), name, data);
		const central = new DataView(new ArrayBuffer(46));
		central.setUint32(0, 0x02014b50, true);
		central.setUint16(4, 20, true);
		central.setUint16(6, 20, true);
		central.setUint16(10, method, true);
		central.setUint32(16, crc, true);
		central.setUint32(20, data.length, true);
		central.setUint32(24, raw.length, true);
		central.setUint16(28, name.length, true);
		central.setUint32(42, offset, true);
		centrals.push(concat(new Uint8Array(central.buffer), name));
		locals.push(localBytes);
		offset += localBytes.length;
	}
	const cd = concat(...centrals);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, entries.length, true);
	end.setUint16(10, entries.length, true);
	end.setUint32(12, cd.length, true);
	end.setUint32(16, offset, true);
	return concat(...locals, cd, new Uint8Array(end.buffer));
}

const CONTENT_TYPES =
	'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships/>';

export const docx = () =>
	zip([
		{ name: '[Content_Types].xml', data: CONTENT_TYPES },
		{ name: '_rels/.rels', data: RELS },
		{ name: 'word/document.xml', data: '<w:document/>' },
		{ name: 'word/styles.xml', data: '<w:styles/>' }
	]);
export const xlsx = () =>
	zip([
		{ name: '[Content_Types].xml', data: CONTENT_TYPES },
		{ name: 'xl/workbook.xml', data: '<workbook/>' },
		{ name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' }
	]);
export const pptx = () =>
	zip([
		{ name: '[Content_Types].xml', data: CONTENT_TYPES },
		{ name: 'ppt/presentation.xml', data: '<p:presentation/>' }
	]);

export const openDocument = (mime: string) =>
	zip([
		{ name: 'mimetype', data: mime, store: true },
		{ name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
		{ name: 'content.xml', data: '<office:document-content/>' }
	]);
export const odt = () => openDocument('application/vnd.oasis.opendocument.text');
export const ods = () => openDocument('application/vnd.oasis.opendocument.spreadsheet');
export const odp = () => openDocument('application/vnd.oasis.opendocument.presentation');

export const frenchText = () =>
	bytesOf('Présentation du projet\nÉtude-action menée avec l’équipe : « qualité de vie ».\n');

/** "Été à Noël" in Windows-1252: not valid UTF-8. */
export const windows1252 = () =>
	Uint8Array.from([0xc9, 0x74, 0xe9, 0x20, 0xe0, 0x20, 0x4e, 0x6f, 0xeb, 0x6c]);

export const csvSemicolon = () =>
	bytesOf('nom;région;effectif\n"Dupont; fils";Bretagne;12\nMartin;Occitanie;40\n');
