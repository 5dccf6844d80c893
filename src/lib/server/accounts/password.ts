/**
 * Password hashing with scrypt from Node's crypto (memory-hard, no native dependency).
 * Stored as `scrypt$N$r$p$salt$hash` so the parameters can be raised later.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 1 << 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 128 * N * R * 2;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		scrypt(
			password.normalize('NFC'),
			salt,
			KEYLEN,
			{ N: n, r, p, maxmem: MAXMEM * 2 },
			(err, key) => (err ? reject(err) : resolve(key))
		);
	});
}

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, N, R, P);
	return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
	if (!stored) {
		// Spend the same time as a real check, so that timing does not tell accounts apart.
		await derive(password, randomBytes(16), N, R, P);
		return false;
	}
	const [scheme, n, r, p, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !hash) return false;
	const expected = Buffer.from(hash, 'base64');
	const key = await derive(password, Buffer.from(salt, 'base64'), +n, +r, +p);
	return key.length === expected.length && timingSafeEqual(key, expected);
}
