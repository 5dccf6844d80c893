import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localStorage } from './local.ts';
import * as s from './testing/samples.ts';

let dataDir: string;
beforeEach(async () => {
	dataDir = await mkdtemp(path.join(tmpdir(), 'transfo-storage-'));
});
afterEach(async () => {
	await rm(dataDir, { recursive: true, force: true });
});

/** Every file under the folder, relative to it. */
async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
		.sort();
}

describe('localStorage', () => {
	it('stores bytes under files/ab/cd/<sha256> and gives them back', async () => {
		const storage = localStorage(dataDir);
		const bytes = s.pdf();
		const stored = await storage.put(bytes);
		expect(stored).toEqual({
			sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
			size: bytes.length,
			mime: 'application/pdf'
		});
		const h = stored.sha256;
		expect(await listFiles(dataDir)).toEqual([path.join('files', h.slice(0, 2), h.slice(2, 4), h)]);
		expect(await storage.get(h)).toEqual(bytes);
		expect(await storage.has(h)).toBe(true);
		// A fresh instance on the same folder finds it too.
		expect(await localStorage(dataDir).get(h)).toEqual(bytes);
	});

	it('computes the SHA-256 of the content', async () => {
		const stored = await localStorage(dataDir).put(s.bytesOf('abc'));
		expect(stored.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(stored.mime).toBe('text/plain');
	});

	it('writes the same content once', async () => {
		const storage = localStorage(dataDir);
		const a = await storage.put(s.docx());
		const file = path.join(dataDir, 'files', a.sha256.slice(0, 2), a.sha256.slice(2, 4), a.sha256);
		const before = await stat(file);
		await new Promise((r) => setTimeout(r, 20));
		const b = await storage.put(s.docx());
		expect(b).toEqual(a);
		expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
		await Promise.all([storage.put(s.odt()), storage.put(s.odt()), storage.put(s.odt())]);
		expect(await listFiles(dataDir)).toHaveLength(2);
	});

	it('leaves no temporary file behind, and files readable by their owner only', async () => {
		const storage = localStorage(dataDir);
		const stored = await storage.put(s.png());
		const dir = path.join(dataDir, 'files', stored.sha256.slice(0, 2), stored.sha256.slice(2, 4));
		expect(await readdir(dir)).toEqual([stored.sha256]);
		if (process.platform !== 'win32') {
			expect((await stat(path.join(dir, stored.sha256))).mode & 0o777).toBe(0o600);
			expect((await stat(dir)).mode & 0o777).toBe(0o700);
			expect((await stat(path.join(dataDir, 'files'))).mode & 0o777).toBe(0o700);
		}
	});

	it('cleans its temporary file when the final rename fails', async () => {
		const storage = localStorage(dataDir);
		const bytes = s.jpeg();
		const { sha256 } = await localStorage(path.join(dataDir, 'other')).put(bytes);
		// A folder squats the final name: the rename fails, nothing is left half-written.
		const dir = path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4));
		await mkdir(path.join(dir, sha256, 'squatter'), { recursive: true });
		await expect(storage.put(bytes)).rejects.toThrow();
		expect(await readdir(dir)).toEqual([sha256]);
		expect(await storage.get(sha256)).toBeNull();
		expect(await storage.has(sha256)).toBe(false);
	});

	it('answers null for unknown or malformed hashes, never reading outside its folder', async () => {
		const storage = localStorage(dataDir);
		await writeFile(path.join(dataDir, 'secret'), 'secret');
		const unknown = 'a'.repeat(64);
		expect(await storage.get(unknown)).toBeNull();
		expect(await storage.has(unknown)).toBe(false);
		const { sha256 } = await storage.put(s.frenchText());
		for (const attempt of [
			'../../etc/passwd',
			'../secret',
			'ab/..',
			'ab' + '/..'.repeat(21) + '/secret',
			`${sha256.slice(0, 62)}/.`,
			sha256.toUpperCase(),
			` ${sha256}`,
			`${sha256}\n`,
			`${sha256}/`,
			sha256 + '0',
			'',
			'g'.repeat(64)
		]) {
			expect(await storage.get(attempt)).toBeNull();
			expect(await storage.has(attempt)).toBe(false);
		}
	});
});
