import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, maintainDatabase, migrate } from '#lib/server/db/client.ts';
import { GET as healthz } from '../../src/routes/healthz/+server.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const tmpDir = () => {
	const d = fs.mkdtempSync(path.join(os.tmpdir(), 'transfo-db-'));
	dirs.push(d);
	return d;
};
afterEach(() => {
	for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Opens the embedded database in another process and keeps it open until killed. */
function holdInChild(dataDir: string) {
	const script = `
		import { openDatabase } from '#lib/server/db/client.ts';
		await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
		console.log('ready');
		setInterval(() => {}, 1000);
	`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const ready = new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (d) => String(d).includes('ready') && resolve());
		child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
	});
	return { child, ready };
}

describe('embedded database', () => {
	it('refuses a second process on the same data directory, with a clear message', async () => {
		const dataDir = tmpDir();
		const { child, ready } = holdInChild(dataDir);
		await ready;
		try {
			await expect(openDatabase({ dataDir })).rejects.toThrow(
				/déjà utilisé par un autre processus/
			);
		} finally {
			child.kill('SIGKILL');
			await new Promise((r) => child.once('exit', r));
		}
		// The lock of a process that died is taken over.
		const db = await openDatabase({ dataDir });
		await migrate(db);
		await db.close();
		expect(fs.existsSync(path.join(dataDir, 'transformateur.lock'))).toBe(false);
	});

	it('maintenance gathers the statistics the planner needs (no autovacuum in PGlite)', async () => {
		const db = await openDatabase({ dataDir: '/tmp/unused', inMemory: true });
		try {
			await migrate(db);
			const stats = async () =>
				(
					await db.pglite!.query<{ n: number }>(
						"select count(*)::int as n from pg_stats where tablename = 'users'"
					)
				).rows[0].n;
			await db.pglite!.exec(
				"insert into users (email, name) select 'p' || g || '@exemple.fr', 'P ' || g from generate_series(1, 50) g"
			);
			const vacuumed = async () =>
				(
					await db.pglite!.query<{ at: Date | null }>(
						"select last_vacuum as at from pg_stat_user_tables where relname = 'users'"
					)
				).rows[0]?.at ?? null;
			expect(await stats()).toBe(0);
			expect(await vacuumed()).toBeNull();
			// At start and every hour: statistics, and the vacuum that fills the visibility map.
			await maintainDatabase(db);
			expect(await stats()).toBeGreaterThan(0);
			expect(await vacuumed()).not.toBeNull();
		} finally {
			await db.close();
		}
	});

	it('keeps data across a close and a reopen', async () => {
		const dataDir = tmpDir();
		const first = await openDatabase({ dataDir });
		await migrate(first);
		await first.pglite!.query(`insert into settings (key, value) values ('k', '"v"')`);
		await first.close();
		const second = await openDatabase({ dataDir });
		const res = await second.pglite!.query<{ value: string }>(`select value from settings`);
		expect(res.rows).toEqual([{ value: 'v' }]);
		await second.close();
	});
});

describe('health check', () => {
	const call = (app: unknown) =>
		healthz({ locals: { app } } as unknown as Parameters<typeof healthz>[0]);

	it('answers ok with the kind of database, and 503 when the database does not answer', async () => {
		const database = await openDatabase({ dataDir: '', inMemory: true });
		const app = { db: database.db, database };
		const ok = await call(app);
		expect(ok.status).toBe(200);
		expect(await ok.json()).toMatchObject({ status: 'ok', database: 'pglite' });
		await database.close();
		const down = await call(app);
		expect(down.status).toBe(503);
		expect(await down.json()).toMatchObject({ status: 'unavailable' });
	});
});
