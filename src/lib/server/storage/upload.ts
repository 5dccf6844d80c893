/**
 * Checks an uploaded file before it is stored: not empty, not too large, of a type recognised by
 * its content, whose name does not claim another type, and accepted by the question.
 */
import type { MessageKey } from '../../i18n/index.ts';
import { detectFileType, isCsv, KNOWN_TYPES, type KnownMime } from './detect.ts';

export type UploadRejection = 'too_large' | 'empty' | 'type_not_accepted' | 'unrecognised';
export type UploadCheck =
	{ ok: true; mime: string; ext: string } | { ok: false; reason: UploadRejection };

/**
 * The message shown for each rejection. `too_large` takes `{max}` (e.g. "10 Mo"),
 * `type_not_accepted` takes `{types}` (e.g. "PDF, DOCX").
 */
export const UPLOAD_REJECTION_MESSAGES: Record<UploadRejection, MessageKey> = {
	too_large: 'storage.error.too_large',
	empty: 'storage.error.empty',
	type_not_accepted: 'storage.error.type_not_accepted',
	unrecognised: 'storage.error.unrecognised'
};

/** The file name's extension, lowercase and without the dot, or '' when it has none. */
export function extensionOf(fileName: string): string {
	const base = fileName.split(/[/\\]/).pop() ?? '';
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * `accept` lists MIME types (a question's accepted types). The returned `mime` and `ext` are the
 * ones to store and to serve the file with; `ext` is the canonical extension, without the dot.
 *
 * Text is told apart by its name: plain text that reads as CSV is `text/csv` when named `.csv`,
 * `text/plain` when named `.txt`. A name without extension claims nothing: the content decides.
 */
export function checkUpload(input: {
	bytes: Uint8Array;
	fileName: string;
	accept: readonly string[];
	maxBytes: number;
}): UploadCheck {
	const { bytes, fileName, accept, maxBytes } = input;
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	if (bytes.length > maxBytes) return { ok: false, reason: 'too_large' };
	const detected = detectFileType(bytes);
	if (!detected) return { ok: false, reason: 'unrecognised' };

	// The types this content may be served as, most specific first.
	const candidates: KnownMime[] =
		detected.mime === 'text/csv' || detected.mime === 'text/plain'
			? isCsv(bytes)
				? ['text/csv', 'text/plain']
				: ['text/plain']
			: [detected.mime as KnownMime];

	const ext = extensionOf(fileName);
	const matching = ext
		? candidates.filter((m) => (KNOWN_TYPES[m] as readonly string[]).includes(ext))
		: candidates;
	// The name claims a type that the content is not (an HTML page named .pdf, text named .png).
	if (matching.length === 0) return { ok: false, reason: 'unrecognised' };
	const mime = matching.find((m) => accept.includes(m));
	if (!mime) return { ok: false, reason: 'type_not_accepted' };
	return { ok: true, mime, ext: KNOWN_TYPES[mime][0] };
}
