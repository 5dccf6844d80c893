/**
 * Logical dump and restore of every application table, as one JSON document: the same file moves
 * data between PGlite and a PostgreSQL server, either way. The table list and their order come
 * from the schema module (parents before children, following the foreign keys).
 *
 * Values are written by PostgreSQL itself (`row_to_json`): timestamps as ISO 8601 in UTC with
 * their microseconds, jsonb as JSON, arrays as arrays; bytea as base64. Restore reads them back
 * with `json_populate_recordset`, in one transaction.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getTableColumns, is, sql } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import * as schema from './schema.ts';
import { findMigrationsFolder, type DbOrTx } from './client.ts';
import { version } from '../../version.ts';

export const DUMP_FORMAT = 'transformateur-dump';
export const DUMP_FORMAT_VERSION = 1;

/** A refusal to dump or restore, with a message for the person at the keyboard. */
export class DumpError extends Error {}

export type TableInfo = {
	name: string;
	columns: { name: string; sqlType: string; serial: boolean; primary: boolean }[];
	/** Tables this one references (before it in the list), deferred references aside. */
	parents: string[];
	/**
	 * Nullable references that close a cycle between tables (an application names the referral
	 * that started it, the referral its prospect, the prospect its application): restored in a
	 * second pass, once every row exists.
	 */
	deferred: string[];
};

type ForeignKey = { parent: string; column: string; nullable: boolean };

/** Every table of the schema module, parents before children. */
export function appTables(): TableInfo[] {
	const infos = new Map<string, TableInfo & { fks: ForeignKey[] }>();
	for (const value of Object.values(schema)) {
		if (!is(value, PgTable)) continue;
		const config = getTableConfig(value);
		// Generated columns are the database's to compute: neither dumped nor restored.
		const columns = Object.values(getTableColumns(value))
			.filter((c) => !c.generated)
			.map((c) => ({
				name: c.name,
				sqlType: c.getSQLType(),
				serial: /serial/i.test(c.columnType),
				primary: c.primary
			}));
		const all = config.foreignKeys.map((fk) => {
			const ref = fk.reference();
			return {
				parent: getTableConfig(ref.foreignTable).name,
				column: ref.columns[0].name,
				nullable: ref.columns.every((c) => !c.notNull)
			};
		});
		const fks = all.filter((fk) => fk.parent !== config.name);
		// A row naming another row of its own table (a merged application, the one it merged
		// into): restored in the second pass, once every row of the table exists.
		const deferred = all.filter((fk) => fk.parent === config.name).map((fk) => fk.column);
		infos.set(config.name, { name: config.name, columns, parents: [], deferred, fks });
	}
	// Kahn's algorithm; ties by name so that the order is stable. A cycle is broken at its first
	// nullable reference (by table and column name), restored later.
	const ordered: TableInfo[] = [];
	const remaining = new Map(infos);
	const waitsOn = (t: TableInfo & { fks: ForeignKey[] }) =>
		t.fks.filter((fk) => !t.deferred.includes(fk.column)).map((fk) => fk.parent);
	while (remaining.size) {
		const ready = [...remaining.values()]
			.filter((t) => waitsOn(t).every((p) => !remaining.has(p)))
			.sort((a, b) => a.name.localeCompare(b.name));
		if (!ready.length) {
			const breakable = [...remaining.values()]
				.flatMap((t) =>
					t.fks
						.filter(
							(fk) => fk.nullable && remaining.has(fk.parent) && !t.deferred.includes(fk.column)
						)
						.map((fk) => ({ table: t, column: fk.column }))
				)
				.sort(
					(a, b) => a.table.name.localeCompare(b.table.name) || a.column.localeCompare(b.column)
				)[0];
			if (!breakable) {
				throw new DumpError(
					`Références circulaires entre les tables ${[...remaining.keys()].join(', ')}`
				);
			}
			breakable.table.deferred.push(breakable.column);
			continue;
		}
		for (const t of ready) {
			const { fks, ...info } = t;
			ordered.push({ ...info, parents: [...new Set(waitsOn({ ...info, fks }))] });
			remaining.delete(t.name);
		}
	}
	return ordered;
}

export type MigrationMark = { idx: number; tag: string; hash: string };

/** The migrations this version of the code knows, oldest first, with the hash of their SQL. */
export function knownMigrations(folder = findMigrationsFolder()): MigrationMark[] {
	const journal = JSON.parse(
		fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')
	) as {
		entries: { idx: number; tag: string }[];
	};
	return journal.entries.map((e) => ({
		idx: e.idx,
		tag: e.tag,
		hash: createHash('sha256')
			.update(fs.readFileSync(path.join(folder, `${e.tag}.sql`), 'utf8'))
			.digest('hex')
	}));
}

export type Row = Record<string, unknown>;

export type Dump = {
	format: typeof DUMP_FORMAT;
	formatVersion: number;
	appVersion: string;
	migration: MigrationMark;
	createdAt: string;
	database: string;
	tables: Record<string, Row[]>;
};

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const isBytea = (sqlType: string) => sqlType === 'bytea';

function rowsOf(result: unknown): unknown[] {
	return (result as { rows: unknown[] }).rows;
}

/** Reads every application table, in one consistent snapshot. */
export async function dumpDatabase(db: DbOrTx, databaseKind: string): Promise<Dump> {
	const migrations = knownMigrations();
	const latest = migrations[migrations.length - 1];
	const tables: Record<string, Row[]> = {};
	await db.transaction(
		async (tx) => {
			await tx.execute(sql`set local timezone = 'UTC'`);
			for (const t of appTables()) {
				const select = t.columns
					.map((c) =>
						isBytea(c.sqlType)
							? `translate(encode(${q(c.name)}, 'base64'), E'\\n', '') as ${q(c.name)}`
							: q(c.name)
					)
					.join(', ');
				const order = t.columns.filter((c) => c.primary).map((c) => q(c.name));
				const result = await tx.execute(
					sql.raw(
						`select row_to_json(x) as r from (select ${select} from ${q(t.name)}` +
							` order by ${order.length ? order.join(', ') : '1'}) x`
					)
				);
				tables[t.name] = rowsOf(result).map((row) => {
					const r = (row as { r: unknown }).r;
					return (typeof r === 'string' ? JSON.parse(r) : r) as Row;
				});
			}
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
	return {
		format: DUMP_FORMAT,
		formatVersion: DUMP_FORMAT_VERSION,
		appVersion: version,
		migration: latest,
		createdAt: new Date().toISOString(),
		database: databaseKind,
		tables
	};
}

const dumpShape = z.object({
	format: z.string(),
	formatVersion: z.number().int(),
	appVersion: z.string(),
	migration: z.object({ idx: z.number().int(), tag: z.string(), hash: z.string() }),
	createdAt: z.string(),
	tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown())))
});

/** Checks that a parsed file is a dump this version can restore; returns it typed. */
export function checkDump(value: unknown): Dump {
	const marker = (value as { format?: unknown } | null)?.format;
	if (!value || typeof value !== 'object' || marker !== DUMP_FORMAT) {
		throw new DumpError('Ce fichier n’est pas une sauvegarde Transformateur (transfo db dump).');
	}
	const parsed = dumpShape.safeParse(value);
	if (!parsed.success) {
		const where = parsed.error.issues[0]?.path.join('.') || 'racine';
		throw new DumpError(`Sauvegarde abîmée : champ « ${where} » invalide.`);
	}
	const dump = parsed.data;
	if (dump.formatVersion > DUMP_FORMAT_VERSION) {
		throw new DumpError(
			`Cette sauvegarde est au format ${dump.formatVersion}, plus récent que celui de cette ` +
				`version (${DUMP_FORMAT_VERSION}) : mettez Transformateur à jour avant de la restaurer.`
		);
	}
	const migrations = knownMigrations();
	const known = migrations.find((m) => m.tag === dump.migration.tag);
	if (!known) {
		throw new DumpError(
			`Cette sauvegarde vient d’un schéma plus récent ou inconnu (migration ${dump.migration.tag}, ` +
				`version ${dump.appVersion}) : mettez Transformateur à jour avant de la restaurer.`
		);
	}
	const tables = new Map(appTables().map((t) => [t.name, t]));
	for (const [name, rows] of Object.entries(dump.tables)) {
		const table = tables.get(name);
		if (!table) throw new DumpError(`Table inconnue dans la sauvegarde : ${name}.`);
		const columns = new Set(table.columns.map((c) => c.name));
		for (const row of rows) {
			const unknown = Object.keys(row).filter((k) => !columns.has(k));
			if (unknown.length) {
				throw new DumpError(
					`Colonne(s) inconnue(s) dans la table ${name} : ${unknown.join(', ')}.`
				);
			}
		}
	}
	return dump as Dump;
}

/** Rows in the application tables, per table. */
export async function countRows(db: DbOrTx): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const t of appTables()) {
		const result = await db.execute(sql.raw(`select count(*)::int as n from ${q(t.name)}`));
		counts[t.name] = Number((rowsOf(result)[0] as { n: number }).n);
	}
	return counts;
}

const BATCH = 500;

/**
 * Replaces the content of every application table with the dump's, in one transaction: either
 * everything is restored or nothing changed. Returns the number of rows per table.
 */
export async function restoreDatabase(db: DbOrTx, value: unknown): Promise<Record<string, number>> {
	const dump = checkDump(value);
	const tables = appTables();
	const counts: Record<string, number> = {};
	await db.transaction(async (tx) => {
		await tx.execute(
			sql.raw(`truncate table ${tables.map((t) => q(t.name)).join(', ')} restart identity cascade`)
		);
		for (const t of tables) {
			const rows = dump.tables[t.name] ?? [];
			counts[t.name] = rows.length;
			if (!rows.length) continue;
			const bytea = t.columns.filter((c) => isBytea(c.sqlType)).map((c) => c.name);
			// Columns the dump carries (an older dump may lack newer columns: they take their default);
			// deferred references come in the second pass.
			const present = t.columns
				.map((c) => c.name)
				.filter((name) => !t.deferred.includes(name) && rows.some((r) => name in r));
			const list = present.map(q).join(', ');
			for (let i = 0; i < rows.length; i += BATCH) {
				const batch = rows.slice(i, i + BATCH).map((row) => {
					if (!bytea.length) return row;
					const copy = { ...row };
					for (const c of bytea) {
						if (typeof copy[c] === 'string') {
							copy[c] = `\\x${Buffer.from(copy[c] as string, 'base64').toString('hex')}`;
						}
					}
					return copy;
				});
				await tx.execute(
					sql`${sql.raw(`insert into ${q(t.name)} (${list}) select ${list} from json_populate_recordset(null::${q(t.name)}, `)}${JSON.stringify(batch)}${sql.raw('::json)')}`
				);
			}
			for (const c of t.columns.filter((col) => col.serial)) {
				await tx.execute(
					sql.raw(
						`select setval(pg_get_serial_sequence('${q(t.name)}', '${c.name}'), ` +
							`coalesce((select max(${q(c.name)}) from ${q(t.name)}), 0) + 1, false)`
					)
				);
			}
		}
		// Second pass: the references that closed a cycle, now that every row exists.
		for (const t of tables) {
			const rows = dump.tables[t.name] ?? [];
			const columns = t.deferred.filter((c) => rows.some((r) => r[c] != null));
			if (!columns.length) continue;
			const key = t.columns.filter((c) => c.primary).map((c) => c.name);
			if (key.length !== 1) throw new DumpError(`Table ${t.name} sans clé primaire simple`);
			for (const column of columns) {
				const values = rows
					.filter((r) => r[column] != null)
					.map((r) => ({ [key[0]]: r[key[0]], [column]: r[column] }));
				for (let i = 0; i < values.length; i += BATCH) {
					await tx.execute(
						sql`${sql.raw(`update ${q(t.name)} as t set ${q(column)} = s.${q(column)} from json_populate_recordset(null::${q(t.name)}, `)}${JSON.stringify(values.slice(i, i + BATCH))}${sql.raw(`::json) as s where t.${q(key[0])} = s.${q(key[0])}`)}`
					);
				}
			}
		}
	});
	return counts;
}

/** Writes the dump where asked, readable by its owner only (it holds password hashes). */
export function writeDumpFile(file: string, dump: Dump): void {
	const tmp = `${file}.${process.pid}.tmp`;
	fs.writeFileSync(tmp, `${JSON.stringify(dump, null, '\t')}\n`, { mode: 0o600 });
	fs.renameSync(tmp, file);
}

export function readDumpFile(file: string): unknown {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		throw new DumpError(
			code === 'ENOENT'
				? `Fichier introuvable : ${file}`
				: `Lecture impossible de ${file} (${code})`
		);
	}
	try {
		return JSON.parse(text);
	} catch {
		throw new DumpError('Ce fichier n’est pas une sauvegarde Transformateur (JSON illisible).');
	}
}
