/**
 * Test databases. Every integration test runs on PGlite and, when `TEST_DATABASE_URL` is set, on
 * that PostgreSQL server too, each time on a fresh, migrated database.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate, openDatabase, type Database } from '#lib/server/db/client.ts';
import { createTransport } from '#lib/server/notifications/delivery.ts';
import { inlineJobs } from '#lib/server/jobs.ts';
import type { Services } from '#lib/server/app.ts';
import { localStorage } from '#lib/server/storage/index.ts';

export type Backend = 'pglite' | 'postgres';

export const backends: Backend[] = process.env.TEST_DATABASE_URL
	? ['pglite', 'postgres']
	: ['pglite'];

export type TestDatabase = Database & { services: Services; drop(): Promise<void> };

function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

/** Creates an empty PostgreSQL database on the test server; returns its address. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
	const admin = process.env.TEST_DATABASE_URL;
	if (!admin) throw new Error('TEST_DATABASE_URL manquant');
	const name = `transfo_test_${randomBytes(6).toString('hex')}`;
	const client = new pg.Client({ connectionString: admin });
	await client.connect();
	await client.query(`create database ${name}`);
	await client.end();
	return {
		url: withDatabase(admin, name),
		async drop() {
			const c = new pg.Client({ connectionString: admin });
			await c.connect();
			await c.query(`drop database if exists ${name} with (force)`);
			await c.end();
		}
	};
}

export async function freshDatabase(backend: Backend): Promise<TestDatabase> {
	let database: Database;
	let dropServerDb = async () => {};
	if (backend === 'pglite') {
		database = await openDatabase({ dataDir: '', inMemory: true });
	} else {
		const created = await createPostgresDatabase();
		dropServerDb = created.drop;
		database = await openDatabase({ dataDir: '', databaseUrl: created.url });
	}
	await migrate(database);
	const transport = await createTransport(undefined);
	const filesDir = mkdtempSync(path.join(tmpdir(), 'transfo-files-'));
	const services: Services = {
		db: database.db,
		jobs: inlineJobs(database, transport),
		publicUrl: 'http://localhost:3000',
		demo: false,
		// Files of in-memory and test databases: a fresh temporary folder.
		storage: localStorage(filesDir)
	};
	return Object.assign(database, {
		services,
		async drop() {
			await database.close();
			await dropServerDb();
			rmSync(filesDir, { recursive: true, force: true });
		}
	});
}
