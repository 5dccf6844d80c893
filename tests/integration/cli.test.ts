/**
 * The `transfo` command line, run as a user runs it (a child process on bin/transfo.js), against
 * the embedded database in a temporary DATA_DIR and, when TEST_DATABASE_URL is set, against a
 * fresh PostgreSQL database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createPostgresDatabase, type Backend } from '../helpers/db.ts';
import { openDatabase, type Database } from '#lib/server/db/client.ts';
import { authenticateApiToken } from '#lib/server/accounts/apiTokens.ts';
import { queryAuditLog } from '#lib/server/audit/log.ts';
import { countRows } from '#lib/server/db/dump.ts';
import { verifyPassword } from '#lib/server/accounts/password.ts';
import { users } from '#lib/server/db/schema.ts';
import { eq } from 'drizzle-orm';
import { cliRunners } from '#lib/server/cli/testing.ts';

type Target = { dataDir: string; databaseUrl?: string; drop(): Promise<void> };

async function newTarget(backend: Backend): Promise<Target> {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'transfo-cli-'));
	const cleanDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
	if (backend === 'pglite') return { dataDir, drop: async () => cleanDir() };
	const pg = await createPostgresDatabase();
	return {
		dataDir,
		databaseUrl: pg.url,
		async drop() {
			cleanDir();
			await pg.drop();
		}
	};
}

const { transfo: runCli } = cliRunners(() => process.cwd());

/** The real command line on the target's database (its PGlite folder, or its server). */
function transfo(
	target: Target,
	args: string[],
	extraEnv: Record<string, string> = {},
	input = ''
) {
	return runCli(args, input, {
		...extraEnv,
		DATA_DIR: target.dataDir,
		DATABASE_URL: target.databaseUrl || undefined
	});
}

/** Runs a command that must succeed; returns its JSON output. */
async function ok(target: Target, args: string[]) {
	const r = await transfo(target, args);
	expect(r.code, `transfo ${args.join(' ')} : ${r.stderr}`).toBe(0);
	return JSON.parse(r.stdout);
}

/** Runs a command that must fail cleanly: non-zero, one message, nothing on stdout. */
async function fails(target: Target, args: string[], message: RegExp) {
	const r = await transfo(target, args);
	expect(r.code, r.stderr).not.toBe(0);
	expect(r.stdout).toBe('');
	expect(r.stderr).toMatch(message);
	expect(r.stderr).not.toMatch(/\n\s+at /);
	return r;
}

/** Opens the target's database in this process for a look, then closes it (and its lock). */
async function inspect<T>(target: Target, fn: (database: Database) => Promise<T>): Promise<T> {
	const database = await openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
	try {
		return await fn(database);
	} finally {
		await database.close();
	}
}

describe('transfo without a database', () => {
	const none: Target = { dataDir: os.tmpdir(), drop: async () => {} };
	it('prints help on stdout when asked, and on stderr with exit code 2 when mis-typed', async () => {
		const help = await transfo(none, ['help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('transfo user create');
		const sub = await transfo(none, ['token', 'create', '--help']);
		expect(sub.code).toBe(0);
		expect(sub.stdout).toContain('--scopes');

		const nothing = await transfo(none, []);
		expect(nothing.code).toBe(2);
		expect(nothing.stdout).toBe('');
		expect(nothing.stderr).toContain('Usage');
		const typo = await transfo(none, ['user', 'create', '--emial', 'x@y.fr']);
		expect(typo.code).toBe(2);
		expect(typo.stderr).toContain('Option inconnue : --emial');
		expect(typo.stdout).toBe('');
	});
});

describe.each(backends)('transfo (%s)', (backend) => {
	let target: Target;
	beforeAll(async () => {
		target = await newTarget(backend);
	});
	afterAll(async () => {
		await target?.drop();
	});

	it('db migrate applies the migrations', async () => {
		const out = await ok(target, ['db', 'migrate']);
		expect(out).toMatchObject({ migrated: true, database: backend });
		// Again: nothing to do, same answer.
		expect(await ok(target, ['db', 'migrate'])).toEqual(out);
	});

	it('user create then token create gives a token that authenticates with its scopes', async () => {
		const user = await ok(target, [
			'user',
			'create',
			'--email',
			'claire@exemple.fr',
			'--role',
			'team',
			'--name',
			'Claire Martin'
		]);
		expect(user).toMatchObject({
			email: 'claire@exemple.fr',
			name: 'Claire Martin',
			created: true,
			roles: [{ role: 'team', programmeId: null, regionCode: null }]
		});

		const limited = await ok(target, [
			'token',
			'create',
			'--email',
			'CLAIRE@exemple.fr',
			'--scopes',
			'programmes:read,programmes:write',
			'--name',
			'Import'
		]);
		expect(limited.token).toMatch(/^tfo_/);
		expect(limited).toMatchObject({ name: 'Import', userId: user.id });
		const full = await ok(target, ['token', 'create', '--email', 'claire@exemple.fr']);
		expect(full.scopes).toBeNull();

		await inspect(target, async ({ db }) => {
			const a = await authenticateApiToken(db, limited.token);
			expect(a?.userId).toBe(user.id);
			expect(a?.scopes).toEqual(['programmes:read', 'programmes:write']);
			expect(a?.roles).toEqual([
				{ role: 'team', programmeId: null, regionCode: null, partnerId: null }
			]);
			const b = await authenticateApiToken(db, full.token);
			expect(b?.scopes).toBeNull();
			// Audited as the system.
			const entries = await queryAuditLog(db, { entityId: user.id });
			expect(entries.map((e) => [e.action, e.actorLabel])).toEqual([['user.created', 'système']]);
		});
	});

	it('user password reads the password on stdin, checks it and lets the person log in', async () => {
		await ok(target, ['user', 'create', '--email', 'sacha@exemple.fr', '--role', 'team']);
		const short = await transfo(
			target,
			['user', 'password', '--email', 'sacha@exemple.fr'],
			{},
			'court\n'
		);
		expect(short.code).toBe(1);
		expect(short.stdout).toBe('');
		expect(short.stderr).toMatch(/12 caractères/);
		const unknown = await transfo(
			target,
			['user', 'password', '--email', 'personne@exemple.fr'],
			{},
			'un mot de passe solide\n'
		);
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toMatch(/Aucun compte/);
		const r = await transfo(
			target,
			['user', 'password', '--email', 'sacha@exemple.fr'],
			{},
			'un mot de passe solide\n'
		);
		expect(r.code, r.stderr).toBe(0);
		expect(JSON.parse(r.stdout).email).toBe('sacha@exemple.fr');
		const hash = await inspect(target, async (d) => {
			const [u] = await d.db.select().from(users).where(eq(users.email, 'sacha@exemple.fr'));
			return u.passwordHash;
		});
		expect(await verifyPassword('un mot de passe solide', hash)).toBe(true);
		expect(await verifyPassword('court', hash)).toBe(false);
	});

	it('demo seed, then roles on a programme and in a region', async () => {
		const seeded = await ok(target, ['demo', 'seed']);
		expect(seeded).toEqual({ created: true });
		expect(await ok(target, ['demo', 'seed'])).toEqual({ created: false });

		const partner = await ok(target, [
			'user',
			'create',
			'--email',
			'aract@exemple.fr',
			'--role',
			'regional_partner',
			'--region',
			'53',
			'--programme',
			'transformateur-numerique'
		]);
		expect(partner.roles).toHaveLength(1);
		expect(partner.roles[0]).toMatchObject({ role: 'regional_partner', regionCode: '53' });
		expect(partner.roles[0].programmeId).toMatch(/^[0-9a-f-]{36}$/);

		// An existing account receives the new role; the same role twice changes nothing.
		const more = await ok(target, [
			'user',
			'create',
			'--email',
			'aract@exemple.fr',
			'--role',
			'jury'
		]);
		expect(more.created).toBe(false);
		expect(more.roles.map((r: { role: string }) => r.role).sort()).toEqual([
			'jury',
			'regional_partner'
		]);
		const same = await transfo(target, [
			'user',
			'create',
			'--email',
			'aract@exemple.fr',
			'--role',
			'jury'
		]);
		expect(same.code).toBe(0);
		expect(same.stderr).toContain('déjà ce rôle');
		expect(JSON.parse(same.stdout).roles).toHaveLength(2);
	});

	it('refuses bad input with one clear message and changes nothing', async () => {
		await fails(
			target,
			['user', 'create', '--email', 'x@exemple.fr', '--role', 'chef'],
			/Rôle inconnu/
		);
		await fails(
			target,
			['user', 'create', '--email', 'x@exemple.fr', '--role', 'regional_partner'],
			/demande --region/
		);
		await fails(
			target,
			['user', 'create', '--email', 'x@exemple.fr', '--role', 'regional_partner', '--region', '99'],
			/Région inconnue/
		);
		await fails(
			target,
			['user', 'create', '--email', 'x@exemple.fr', '--role', 'jury', '--programme', 'nulle-part'],
			/Programme introuvable/
		);
		await fails(
			target,
			['token', 'create', '--email', 'claire@exemple.fr', '--scopes', 'programmes:read,tout'],
			/Portée\(s\) inconnue\(s\) : tout/
		);
		await fails(target, ['token', 'create', '--email', 'personne@exemple.fr'], /Aucun compte/);
		const usage = await fails(
			target,
			['user', 'create', '--role', 'jury'],
			/--email est obligatoire/
		);
		expect(usage.code).toBe(2);

		await inspect(target, async ({ db }) => {
			const entries = await queryAuditLog(db, { limit: 200 });
			expect(entries.some((e) => JSON.stringify(e.after).includes('x@exemple.fr'))).toBe(false);
		});
	});

	it('db dump, then db restore into another database gives the same rows', async () => {
		const file = path.join(target.dataDir, 'sauvegarde.json');
		const dumped = await ok(target, ['db', 'dump', file]);
		expect(dumped.tables.users).toBeGreaterThanOrEqual(2);
		const content = JSON.parse(fs.readFileSync(file, 'utf8'));
		expect(content).toMatchObject({ format: 'transformateur-dump', formatVersion: 1 });
		expect(fs.statSync(file).mode & 0o077).toBe(0);

		// Across backends when both are there (PGlite → PostgreSQL, PostgreSQL → PGlite).
		const other = await newTarget(
			backend === 'postgres' ? 'pglite' : backends.includes('postgres') ? 'postgres' : 'pglite'
		);
		try {
			await ok(other, ['db', 'migrate']);
			await ok(other, ['user', 'create', '--email', 'avant@exemple.fr', '--role', 'holder']);
			await fails(other, ['db', 'restore', file], /--force/);
			const restored = await ok(other, ['db', 'restore', file, '--force']);
			expect(restored.tables).toEqual(dumped.tables);

			const back = path.join(other.dataDir, 'retour.json');
			await ok(other, ['db', 'dump', back]);
			expect(JSON.parse(fs.readFileSync(back, 'utf8')).tables).toEqual(content.tables);

			// The restored tokens still work.
			await ok(other, ['token', 'create', '--email', 'claire@exemple.fr']);
		} finally {
			await other.drop();
		}
	});

	it('db restore refuses a file that is not a dump, and changes nothing', async () => {
		const before = await inspect(target, ({ db }) => countRows(db));
		expect(before.users).toBeGreaterThan(0);
		const garbage = path.join(target.dataDir, 'pas-une-sauvegarde.json');
		fs.writeFileSync(garbage, JSON.stringify({ tables: { users: [] } }));
		await fails(target, ['db', 'restore', garbage, '--force'], /pas une sauvegarde Transformateur/);
		fs.writeFileSync(garbage, 'ceci n’est pas du JSON');
		await fails(target, ['db', 'restore', garbage, '--force'], /pas une sauvegarde Transformateur/);
		const future = path.join(target.dataDir, 'futur.json');
		fs.writeFileSync(
			future,
			JSON.stringify({
				format: 'transformateur-dump',
				formatVersion: 1,
				appVersion: '9.0.0',
				migration: { idx: 42, tag: '0042_avenir', hash: 'x' },
				createdAt: new Date().toISOString(),
				tables: {}
			})
		);
		await fails(target, ['db', 'restore', future, '--force'], /schéma plus récent/);
		expect(await inspect(target, ({ db }) => countRows(db))).toEqual(before);
	});

	it.runIf(backend === 'pglite')('says so when the server holds the data directory', async () => {
		// This test process is alive: its pid in the lock file is a running server's.
		fs.writeFileSync(path.join(target.dataDir, 'transformateur.lock'), String(process.pid));
		try {
			await fails(target, ['db', 'migrate'], /déjà utilisé par un autre processus/);
		} finally {
			fs.rmSync(path.join(target.dataDir, 'transformateur.lock'), { force: true });
		}
	});
});
