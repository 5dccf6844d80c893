/**
 * Opens the database: the embedded PGlite in `DATA_DIR` by default, a PostgreSQL server when
 * `DATABASE_URL` is set. Both are PostgreSQL, reached through the same Drizzle schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';
import * as schema from './schema.ts';
import { acquireDataDirLock } from './lock.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A database handle or an open transaction: use cases accept either. */
export type DbOrTx = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
	kind: DatabaseKind;
	db: Db;
	/** The raw driver, for pg-boss and the dump tool. */
	pglite?: PGlite;
	pool?: Pool;
	/** The PostgreSQL server's address, when there is one. */
	url?: string;
	close(): Promise<void>;
};

export type OpenOptions = { databaseUrl?: string; dataDir: string; inMemory?: boolean };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
	if (opts.databaseUrl) {
		const pg = await import('pg');
		const { drizzle } = await import('drizzle-orm/node-postgres');
		const pool = new pg.default.Pool({ connectionString: opts.databaseUrl, max: 10 });
		pool.on('error', (err) => console.error('PostgreSQL :', err.message));
		const db = drizzle(pool, { schema }) as unknown as Db;
		return {
			kind: 'postgres',
			db,
			pool,
			url: opts.databaseUrl,
			async close() {
				await pool.end();
			}
		};
	}
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	let release = () => {};
	let pglite: PGlite;
	if (opts.inMemory) {
		pglite = new PGlite();
	} else {
		release = acquireDataDirLock(opts.dataDir);
		try {
			pglite = new PGlite(path.join(opts.dataDir, 'pglite'));
			await pglite.waitReady;
		} catch (e) {
			release();
			throw e;
		}
	}
	await pglite.waitReady;
	const db = drizzle(pglite, { schema }) as unknown as Db;
	let closed = false;
	return {
		kind: 'pglite',
		db,
		pglite,
		async close() {
			if (closed) return;
			closed = true;
			try {
				await pglite.close();
			} finally {
				release();
			}
		}
	};
}

/**
 * The generated migrations live in `drizzle/` at the root of the checkout. Found by walking up from
 * this module, which works from the sources and from the built server alike.
 */
export function findMigrationsFolder(from = path.dirname(fileURLToPath(import.meta.url))): string {
	let dir = from;
	for (;;) {
		const candidate = path.join(dir, 'drizzle');
		if (fs.existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error('Dossier des migrations (drizzle/) introuvable');
		dir = parent;
	}
}

/** Applies the generated SQL migrations that have not run yet. Forward-only. */
export async function migrate(database: Database, folder = findMigrationsFolder()): Promise<void> {
	if (database.kind === 'pglite') {
		const { migrate } = await import('drizzle-orm/pglite/migrator');
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		await migrate(database.db as any, { migrationsFolder: folder });
	} else {
		const { migrate } = await import('drizzle-orm/node-postgres/migrator');
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		await migrate(database.db as any, { migrationsFolder: folder });
	}
}

/**
 * Routine maintenance of the embedded database: PostgreSQL servers run autovacuum, PGlite does
 * not. Without statistics the planner misjudges searches; without vacuum the full-text index's
 * pending entries are never merged and the visibility map stays empty, so that counting a call's
 * applications reads every row instead of the index alone. `vacuum analyze` runs at start and
 * every hour (a job): on 10,000 applications it takes about a second, no more than `analyze`
 * alone. Nothing to do on a PostgreSQL server.
 */
export async function maintainDatabase(database: Database): Promise<void> {
	if (database.kind !== 'pglite' || !database.pglite) return;
	await database.pglite.exec('vacuum analyze');
}
