/**
 * Local file storage under `${dataDir}/files/ab/cd/<sha256>`: content-addressed, so the same bytes
 * are stored once, and written atomically (temporary file in the same folder, fsync, rename), so
 * a crash never leaves a partial file under a final name. Folders are 0700, files 0600.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { detectFileType } from './detect.ts';
import type { FileStorage, StoredFile } from './index.ts';

const HASH = /^[0-9a-f]{64}$/;

/** Whether the value is a SHA-256 as this storage names files: 64 lowercase hex characters. */
export function isSha256(value: unknown): value is string {
	return typeof value === 'string' && HASH.test(value);
}

export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** The stored type of some bytes: the detected type, or `application/octet-stream`. */
function mimeOf(bytes: Uint8Array): string {
	return detectFileType(bytes)?.mime ?? 'application/octet-stream';
}

const isMissing = (e: unknown) =>
	e instanceof Error && 'code' in e && (e.code === 'ENOENT' || e.code === 'ENOTDIR');

export function localStorage(dataDir: string): FileStorage {
	const root = path.resolve(dataDir, 'files');

	/** The file's path; callers have checked the hash, so it stays under `root`. */
	const pathOf = (sha256: string) =>
		path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

	async function sizeOf(file: string): Promise<number | null> {
		try {
			const s = await stat(file);
			return s.isFile() ? s.size : null;
		} catch (e) {
			if (isMissing(e)) return null;
			throw e;
		}
	}

	async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
		const dir = path.dirname(file);
		await mkdir(dir, { recursive: true, mode: 0o700 });
		const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
		try {
			const handle = await open(temp, 'wx', 0o600);
			try {
				await handle.writeFile(bytes);
				await handle.sync();
			} finally {
				await handle.close();
			}
			await rename(temp, file);
		} catch (e) {
			await unlink(temp).catch(() => {});
			throw e;
		}
		await syncDirectory(dir);
	}

	return {
		async put(bytes) {
			const sha256 = sha256Hex(bytes);
			const stored: StoredFile = { sha256, size: bytes.length, mime: mimeOf(bytes) };
			const file = pathOf(sha256);
			// Same hash, same size: already there (a rename is all-or-nothing, so it is whole).
			if ((await sizeOf(file)) === bytes.length) return stored;
			await writeAtomically(file, bytes);
			return stored;
		},

		async get(sha256) {
			if (!isSha256(sha256)) return null;
			try {
				return new Uint8Array(await readFile(pathOf(sha256)));
			} catch (e) {
				if (isMissing(e) || (e instanceof Error && 'code' in e && e.code === 'EISDIR')) {
					return null;
				}
				throw e;
			}
		},

		async has(sha256) {
			if (!isSha256(sha256)) return false;
			return (await sizeOf(pathOf(sha256))) !== null;
		}
	};
}

/** Makes the rename durable; some systems cannot open a folder for syncing, which is harmless. */
async function syncDirectory(dir: string): Promise<void> {
	try {
		const handle = await open(dir, 'r');
		try {
			await handle.sync();
		} finally {
			await handle.close();
		}
	} catch {
		// Not supported here (e.g. Windows): the rename itself is still atomic.
	}
}
