import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret (256 bits). */
export function newSecret(bytes = 32): string {
	return randomBytes(bytes).toString('base64url');
}

/** Secrets are stored only as their SHA-256. */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}
