/**
 * Programme logos: PNG, JPEG or WebP up to 1 MB, recognised by their first bytes (never by the
 * file's name or declared type). SVG is refused: it can carry scripts.
 */
import { Invalid } from '../errors.ts';
import { LOGO_MAX_BYTES } from './schemas.ts';

export type LogoMime = 'image/png' | 'image/jpeg' | 'image/webp';
export type Logo = { bytes: Uint8Array; mime: LogoMime };

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) =>
	bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** The image type announced by the file's magic bytes, or null when it is none we accept. */
export function detectImageType(bytes: Uint8Array): LogoMime | null {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (
		startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
		startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)
	) {
		return 'image/webp';
	}
	return null;
}

/** Checks an uploaded logo; throws `Invalid` on the `logo` field when it is not acceptable. */
export function checkLogo(bytes: Uint8Array): Logo {
	if (bytes.length === 0)
		throw new Invalid('programmes.error.logoEmpty', { logo: ['programmes.error.logoEmpty'] });
	if (bytes.length > LOGO_MAX_BYTES) {
		throw new Invalid('programmes.error.logoTooLarge', { logo: ['programmes.error.logoTooLarge'] });
	}
	const mime = detectImageType(bytes);
	if (!mime)
		throw new Invalid('programmes.error.logoType', { logo: ['programmes.error.logoType'] });
	return { bytes, mime };
}
