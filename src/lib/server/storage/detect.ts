/**
 * What a file is, from its bytes alone (never from its name or the type the browser declared).
 * Only the types a form's file question may accept are recognised; anything else is null:
 * executables, archives, HTML or SVG (they can carry scripts), text in a legacy encoding.
 */
import { entryData, readZipEntries, type ZipEntry } from './zip.ts';

/** A recognised type: its MIME type and its usual extension (lowercase, without the dot). */
export type DetectedType = { mime: string; ext: string };

/** Every type this module recognises, with the extensions a file of that type may carry. */
export const KNOWN_TYPES = {
	'application/pdf': ['pdf'],
	'image/png': ['png'],
	'image/jpeg': ['jpg', 'jpeg'],
	'image/webp': ['webp'],
	'application/vnd.oasis.opendocument.text': ['odt'],
	'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
	'application/vnd.oasis.opendocument.presentation': ['odp'],
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
	'text/csv': ['csv'],
	'text/plain': ['txt']
} as const satisfies Record<string, readonly string[]>;
export type KnownMime = keyof typeof KNOWN_TYPES;

const known = (mime: KnownMime): DetectedType => ({ mime, ext: KNOWN_TYPES[mime][0] });

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
	bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = ascii('IHDR');
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const VP8 = ascii('VP8');

/** The file's type, recognised by content, or null when it is none of the accepted types. */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
	if (bytes.length === 0) return null;
	// "%PDF-1.7": the header, then a version digit.
	if (startsWith(bytes, PDF) && bytes[5] >= 0x31 && bytes[5] <= 0x32)
		return known('application/pdf');
	// Signature, then the first chunk, which must be IHDR.
	if (startsWith(bytes, PNG) && startsWith(bytes, IHDR, 12)) return known('image/png');
	if (startsWith(bytes, JPEG)) return known('image/jpeg');
	// RIFF <size> WEBP, then a VP8 / VP8L / VP8X chunk.
	if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8) && startsWith(bytes, VP8, 12)) {
		return known('image/webp');
	}
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectZipDocument(bytes);
	if (isPlainText(bytes)) return known(isCsv(bytes) ? 'text/csv' : 'text/plain');
	return null;
}

const OPENDOCUMENT: Record<string, KnownMime> = {
	'application/vnd.oasis.opendocument.text': 'application/vnd.oasis.opendocument.text',
	'application/vnd.oasis.opendocument.spreadsheet':
		'application/vnd.oasis.opendocument.spreadsheet',
	'application/vnd.oasis.opendocument.presentation':
		'application/vnd.oasis.opendocument.presentation'
};

const OFFICE: { folder: string; main: string; mime: KnownMime }[] = [
	{
		folder: 'word/',
		main: 'word/document.xml',
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	},
	{
		folder: 'xl/',
		main: 'xl/workbook.xml',
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	},
	{
		folder: 'ppt/',
		main: 'ppt/presentation.xml',
		mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
	}
];

/** OpenDocument or Office Open XML, told apart by the archive's structure; null for other ZIPs. */
function detectZipDocument(bytes: Uint8Array): DetectedType | null {
	const entries = readZipEntries(bytes);
	if (!entries) return null;
	const openDocument = detectOpenDocument(bytes, entries);
	if (openDocument) return openDocument;
	return detectOfficeOpenXml(entries);
}

/** OpenDocument: the first entry is `mimetype`, stored uncompressed, holding the MIME type. */
function detectOpenDocument(bytes: Uint8Array, entries: ZipEntry[]): DetectedType | null {
	const first = entries.find((e) => e.localHeaderOffset === 0);
	if (!first || first.name !== 'mimetype' || first.method !== 0) return null;
	if (first.compressedSize > 100) return null;
	const data = entryData(bytes, first);
	if (!data) return null;
	const mime = OPENDOCUMENT[new TextDecoder('latin1').decode(data)];
	return mime ? known(mime) : null;
}

/**
 * Office Open XML: `[Content_Types].xml` and parts under `word/`, `xl/` or `ppt/`. Macro-enabled
 * documents (a `vbaProject.bin` part: .docm, .xlsm, .pptm renamed) are refused.
 */
function detectOfficeOpenXml(entries: ZipEntry[]): DetectedType | null {
	const names = new Set(entries.map((e) => e.name));
	if (!names.has('[Content_Types].xml')) return null;
	if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) return null;
	const byFolder = OFFICE.filter((o) => entries.some((e) => e.name.startsWith(o.folder)));
	if (byFolder.length === 1) return known(byFolder[0].mime);
	const byMain = OFFICE.filter((o) => names.has(o.main));
	return byMain.length === 1 ? known(byMain[0].mime) : null;
}

/** How much of a file the text checks look at. */
const TEXT_SAMPLE = 64 * 1024;

/**
 * Whether the bytes are plain text: valid UTF-8 (a byte-order mark is allowed), no NUL, no
 * control characters other than tab, line feed, carriage return and form feed, and not markup
 * (HTML, XML, SVG), which a browser could be tempted to render.
 */
export function isPlainText(bytes: Uint8Array): boolean {
	if (bytes.length === 0) return false;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return false;
	}
	// C0 controls except \t \n \f \r, DEL, C1 controls.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/.test(text)) return false;
	return !looksLikeMarkup(text.slice(0, TEXT_SAMPLE));
}

const MARKUP =
	/<(?:!doctype|!--|\?xml|html|head|body|script|svg|iframe|object|embed|meta|style|link|img|a\s)/i;

function looksLikeMarkup(start: string): boolean {
	const trimmed = start.trimStart();
	return trimmed.startsWith('<') || MARKUP.test(start.slice(0, 1024));
}

/**
 * Whether plain text reads as CSV: its first records (up to 10, quoted fields respected) all have
 * the same number, at least one, of `;` or of `,` separators. A single record counts only if it
 * has a separator. Only meaningful when `isPlainText` holds.
 */
export function isCsv(bytes: Uint8Array): boolean {
	if (!isPlainText(bytes)) return false;
	const truncated = bytes.length > TEXT_SAMPLE;
	const text = new TextDecoder('utf-8').decode(bytes.subarray(0, TEXT_SAMPLE));
	let records = splitRecords(text);
	if (truncated && records.length > 1) records = records.slice(0, -1); // last one may be cut
	records = records.filter((r) => r.trim() !== '').slice(0, 10);
	if (records.length === 0) return false;
	return [';', ','].some((sep) => {
		const counts = records.map((r) => countOutsideQuotes(r, sep));
		return counts[0] > 0 && counts.every((c) => c === counts[0]);
	});
}

/** Splits on line ends that are not inside a double-quoted field. */
function splitRecords(text: string): string[] {
	const records: string[] = [];
	let inQuotes = false;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') inQuotes = !inQuotes;
		else if (c === '\n' && !inQuotes) {
			records.push(text.slice(start, i).replace(/\r$/, ''));
			start = i + 1;
		}
	}
	if (start < text.length) records.push(text.slice(start));
	return records;
}

function countOutsideQuotes(record: string, sep: string): number {
	let inQuotes = false;
	let n = 0;
	for (const c of record) {
		if (c === '"') inQuotes = !inQuotes;
		else if (c === sep && !inQuotes) n++;
	}
	return n;
}
