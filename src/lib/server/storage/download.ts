/**
 * Names and headers for downloads. A file keeps the name its uploader gave it, made harmless:
 * no folders, no control or bidirectional-override characters, nothing that would break a header
 * or a file system, and `Content-Disposition` carries it in UTF-8 (RFC 6266 / RFC 8187) with an
 * ASCII fallback for old clients.
 */

const MAX_NAME_LENGTH = 150;
const FALLBACK_NAME = 'fichier';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A file name safe to offer for download: Unicode NFC, the last path segment only, control and
 * invisible formatting characters removed, characters forbidden on common file systems
 * (`\ / : * ? " < > |`) replaced by `_`, spaces collapsed, no leading or trailing dots or
 * spaces, at most 150 characters (the extension kept). Never empty.
 */
export function safeDownloadName(fileName: string): string {
	let name = fileName.normalize('NFC').split(/[/\\]/).pop() ?? '';
	name = name
		// Controls (C0, DEL, C1), and format characters: bidi overrides, zero-width spaces, BOM.
		.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
		.replace(/[:*?"<>|]/g, '_')
		.replace(/\s+/gu, ' ')
		.replace(/^[\s.]+|[\s.]+$/gu, '');
	name = truncate(name, MAX_NAME_LENGTH);
	if (name === '') return FALLBACK_NAME;
	if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
	return name;
}

/** Cuts a name to `max` code points, keeping its extension when it has a short one. */
function truncate(name: string, max: number): string {
	const chars = Array.from(name);
	if (chars.length <= max) return name;
	const dot = name.lastIndexOf('.');
	const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
	if (ext.length === 0 || ext.length > 16) return chars.slice(0, max).join('').trimEnd();
	const stem = Array.from(name.slice(0, dot));
	return (
		stem
			.slice(0, max - ext.length)
			.join('')
			.trimEnd() + ext.join('')
	);
}

/** The name reduced to printable ASCII: accents dropped (é → e), other characters as `_`. */
function asciiFallback(name: string): string {
	const ascii = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\x20-\x7e]/g, '_')
		// Already removed by safeDownloadName; kept out of the quoted string whatever happens.
		.replace(/["\\]/g, '_');
	return ascii.replace(/^[\s.]+|[\s.]+$/g, '') || FALLBACK_NAME;
}

/** RFC 8187 `ext-value` encoding: UTF-8, percent-encoded except `attr-char`. */
function encodeExtValue(value: string): string {
	return encodeURIComponent(value).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

/**
 * The `Content-Disposition` header value for a download, e.g. for « Présentation du projet.pdf »:
 * `attachment; filename="Presentation du projet.pdf"; filename*=UTF-8''Pr%C3%A9sentation%20du%20projet.pdf`.
 * Serve it with `X-Content-Type-Options: nosniff` and the stored (detected) MIME type.
 */
export function contentDisposition(
	fileName: string,
	disposition: 'attachment' | 'inline' = 'attachment'
): string {
	const name = safeDownloadName(fileName);
	return `${disposition}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
