/**
 * `npm run bench:web`: how fast the web server answers the programme team's screening with 10,000
 * applications, next to a bare `node:http` server running the same SQL on the same database.
 *
 * For each backend (PGlite, then PostgreSQL):
 *
 * 1. a fresh database: a temporary PGlite directory, or a new PostgreSQL database
 *    `transfo_bench_<pid>` created on the server of `--database-url`;
 * 2. the migrations, then `bench/seed.ts`: the demo programme (with its own few dozen
 *    applications) and 10,000 more to its 2016 call, a team member with a browser session and an
 *    API token. On PostgreSQL, then `VACUUM ANALYZE`, what autovacuum does after such a load;
 *    PGlite has no autovacuum, and the application runs the same maintenance when it starts
 *    (`maintainDatabase`), as it does in production;
 * 3. the production server (`scripts/start.js` around `build/handler.js`) in its own process on
 *    that database; for each scenario, a warm-up then a measured run of `autocannon` (10
 *    connections); then it is stopped;
 * 4. the bare server (`bench/bare-server.ts`) in its own process on the same database, measured
 *    the same way, then stopped.
 *
 * The two servers run one after the other, never together: PGlite is one process per data
 * directory (a lock file), and the seeding process closes the database before either starts.
 * Each server has the machine to itself while measured (the load generator aside), and neither
 * shares an event loop with autocannon. The application goes first: whatever the database caches
 * after its run helps the bare server, never the application.
 *
 * Scenarios (50 applications a page):
 * - API list: `GET /api/v1/applications?call=…&status=submitted&q=charge de travail&limit=50`
 *   with a bearer token (`applications:read`), against `applicationPage` in the bare server;
 * - pipeline page, search: `GET /admin/programmes/<id>/appels/<callId>/candidatures?q=charge de
 *   travail&page=1` with the session cookie (server-rendered HTML), against `screenApplications`
 *   in the bare server;
 * - pipeline page, no filter: the same page as the team lands on it (`?page=1`).
 *
 * What the application does beyond the bare server is what the ratio measures: SvelteKit, the
 * session or token lookup and the actor's roles (one query), the page's HTML, the API's input and
 * output checks.
 *
 * Before measuring, each scenario is checked: status 200 from both servers, a full page of 50,
 * the same applications from both (the page shows every reference the domain lists). Targets: at
 * least half the bare server's requests per second, and a p99 latency under 100 ms. It prints
 * figures; it is not a test (exit code 1 only when it could not measure).
 *
 * Options: --backend pglite|postgres|all (all), --count 10000, --duration 10 (s), --warmup 3 (s),
 * --connections 10, --database-url postgres://… (BENCH_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres), --no-build.
 *
 * Everything it starts or creates (servers, the PostgreSQL database, temporary directories) is
 * removed at the end, on failure, and on Ctrl+C.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { migrate, openDatabase, type DatabaseKind } from '#lib/server/db/client.ts';
import { SESSION_COOKIE } from '#lib/server/accounts/sessions.ts';
import { SEARCH_QUERY, seedBenchData, type BenchFixture } from './seed.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGE_SIZE = 50;
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 100;
/** One request alone slower than this is not load-tested (20 times the p99 target). */
const TOO_SLOW_MS = 2000;

const { values: args } = parseArgs({
	options: {
		backend: { type: 'string', default: 'all' },
		count: { type: 'string', default: '10000' },
		duration: { type: 'string', default: '10' },
		warmup: { type: 'string', default: '3' },
		connections: { type: 'string', default: '10' },
		'database-url': { type: 'string' },
		'no-build': { type: 'boolean', default: false }
	}
});
const COUNT = Number(args.count);
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const CONNECTIONS = Number(args.connections);
const ADMIN_URL =
	args['database-url'] ??
	process.env.BENCH_DATABASE_URL ??
	'postgres://postgres@127.0.0.1:5432/postgres';
const backends: DatabaseKind[] =
	args.backend === 'all' ? ['pglite', 'postgres'] : [args.backend as DatabaseKind];
if (!backends.every((b) => b === 'pglite' || b === 'postgres')) {
	console.error('--backend: pglite, postgres or all');
	process.exit(2);
}
for (const [name, n] of Object.entries({ COUNT, DURATION, WARMUP, CONNECTIONS })) {
	if (!Number.isFinite(n) || n < (name === 'WARMUP' ? 0 : 1)) {
		console.error(`--${name.toLowerCase()}: a positive number`);
		process.exit(2);
	}
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const errorText = (e: unknown) => {
	const err = e as Error & { cause?: Error };
	return err.cause ? `${err.message} (${err.cause.message})` : err.message;
};

// ---------------------------------------------------------------------------------------------
// Clean-up: everything started or created registers how to undo it, undone in reverse order at
// the end, on failure, or on Ctrl+C.

const cleanups: (() => Promise<void> | void)[] = [];
const children = new Set<ChildProcess>();

async function cleanUp() {
	while (cleanups.length) {
		try {
			await cleanups.pop()!();
		} catch (e) {
			log(`clean-up: ${(e as Error).message}`);
		}
	}
}

let interrupted = false;
/** Stops the run's next step once Ctrl+C has been pressed: nothing new is started or created. */
function checkInterrupted() {
	if (interrupted) throw new Error('interrupted');
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (interrupted) return;
		interrupted = true;
		log(`\n${signal}: stopping and cleaning up…`);
		void cleanUp().finally(() => process.exit(130));
	});
}
// Last resort: no server outlives the benchmark.
process.on('exit', () => {
	for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

// ---------------------------------------------------------------------------------------------
// Build

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
	}
	return newest;
}

/** Builds the application when `build/` is missing or older than the sources (as `npm run demo`). */
function ensureBuild() {
	const entry = path.join(root, 'build', 'handler.js');
	let reason = '';
	if (!fs.existsSync(entry)) reason = 'build/ is missing';
	else if (
		Math.max(newestMtime(path.join(root, 'src')), newestMtime(path.join(root, 'static'))) >
		fs.statSync(entry).mtimeMs
	) {
		reason = 'build/ is older than the sources';
	}
	if (!reason) return;
	if (args['no-build']) {
		if (!fs.existsSync(entry)) throw new Error('build/ is missing (run npm run build)');
		log(`warning: ${reason} (--no-build)`);
		return;
	}
	log(`Building the application (${reason})…`);
	const r = spawnSync(
		process.execPath,
		[path.join(root, 'node_modules/vite/bin/vite.js'), 'build'],
		{
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}
	);
	// Its output only when it fails: the build's timings would drown the figures.
	if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
}

// ---------------------------------------------------------------------------------------------
// Servers

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
		srv.on('error', reject);
	});
}

type Server = { url: string; stop(): Promise<void> };

async function startServer(
	name: string,
	script: string,
	env: Record<string, string>
): Promise<Server> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	checkInterrupted();
	const child = spawn(
		process.execPath,
		[
			...(process.env.BENCH_CPU_PROF
				? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
				: []),
			script
		],
		{
			cwd: root,
			env: {
				...process.env,
				...env,
				PORT: String(port),
				BENCH_PORT: String(port),
				PUBLIC_URL: url
			},
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	children.add(child);
	let out = '';
	child.stdout?.on('data', (d) => (out += d));
	child.stderr?.on('data', (d) => (out += d));
	const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
	let stopped: Promise<void> | undefined;
	const stop = () =>
		(stopped ??= (async () => {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
				await exited;
				clearTimeout(timer);
			}
			children.delete(child);
		})());
	cleanups.push(stop);
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`${name} stopped:\n${out}`);
		try {
			if ((await fetch(`${url}/healthz`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`${name} does not answer:\n${out}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		async stop() {
			await stop();
			const i = cleanups.indexOf(stop);
			if (i >= 0) cleanups.splice(i, 1);
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Measurements

type Measure = {
	rps: number;
	p50: number;
	p99: number;
	non2xx: number;
	errors: number;
	load: number;
};

async function measure(url: string, headers: Record<string, string>): Promise<Measure> {
	checkInterrupted();
	const opts = { url, headers, connections: CONNECTIONS, timeout: 30 };
	if (WARMUP > 0) await autocannon({ ...opts, duration: WARMUP });
	const load = os.loadavg()[0];
	const r = await autocannon({ ...opts, duration: DURATION });
	return {
		rps: r['2xx'] / r.duration,
		p50: r.latency.p50,
		p99: r.latency.p99,
		non2xx: r.non2xx,
		errors: r.errors,
		load
	};
}

type Side = { path: string; headers: Record<string, string> };

type Scenario = {
	name: string;
	app: Side;
	bare: Side;
	/** Checks one answer of each server (status already checked); throws when they disagree. */
	check(app: string, bare: string): void;
};

/** `alone`: one request by itself, in ms; `run`: null when that was too slow to measure. */
type SideResult = { alone: number; run: Measure | null };

type Row = { scenario: string; app?: SideResult; bare?: SideResult; note?: string };

function scenarios(fx: BenchFixture): Scenario[] {
	const q = encodeURIComponent(SEARCH_QUERY);
	const pipeline = (name: string, query: string): Scenario => ({
		name,
		app: {
			path: `/admin/programmes/${fx.programmeId}/appels/${fx.callId}/candidatures?${query}`,
			headers: { cookie: `${SESSION_COOKIE}=${fx.sessionToken}`, accept: 'text/html' }
		},
		bare: { path: `/pipeline?call=${fx.callId}&${query}`, headers: {} },
		check(app, bare) {
			const items = (JSON.parse(bare) as { items: { reference: string }[] }).items;
			if (items.length < PAGE_SIZE) {
				throw new Error(`the pipeline holds ${items.length} applications, not ${PAGE_SIZE}`);
			}
			const missing = items.find((a) => !app.includes(a.reference));
			if (missing) {
				throw new Error(`the page does not show ${missing.reference}, which the domain lists`);
			}
		}
	});
	return [
		{
			name: 'API list',
			app: {
				path: `/api/v1/applications?call=${fx.callId}&status=submitted&q=${q}&limit=${PAGE_SIZE}`,
				headers: { authorization: `Bearer ${fx.apiToken}`, accept: 'application/json' }
			},
			bare: {
				path: `/api?call=${fx.callId}&status=submitted&q=${q}&limit=${PAGE_SIZE}`,
				headers: {}
			},
			check(app, bare) {
				const ids = (body: string) =>
					(JSON.parse(body) as { data: { id: string }[] }).data.map((a) => a.id);
				const appIds = ids(app);
				if (appIds.length < PAGE_SIZE) {
					throw new Error(`the API page holds ${appIds.length} applications, not ${PAGE_SIZE}`);
				}
				if (appIds.join() !== ids(bare).join()) {
					throw new Error('the two servers list different applications');
				}
			}
		},
		pipeline('Pipeline page, search', `q=${q}&page=1`),
		// The view the team lands on: every application of the call but the drafts, newest first.
		pipeline('Pipeline page, no filter', 'page=1')
	];
}

/** One GET, without fetch's timeouts (a slow server is what this measures). */
function get(
	url: string,
	headers: Record<string, string>
): Promise<{ status: number; body: string; ms: number }> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						body: Buffer.concat(chunks).toString('utf8'),
						ms: performance.now() - started
					})
				);
				res.on('error', reject);
			})
			.on('error', reject);
	});
}

/**
 * Waits until the server has worked through what autocannon left queued when it stopped (its
 * `/healthz` runs `select 1`, which waits behind them), so that each run starts on an idle server.
 */
async function drain(base: string) {
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline) {
		if ((await get(`${base}/healthz`, {})).ms < 200) return;
	}
	throw new Error('the server is still busy 5 minutes after the run');
}

/**
 * One side of a scenario: a first request (checked, and timed alone), then the measured run,
 * unless one request alone already takes longer than `TOO_SLOW_MS` (a run of 10 connections
 * would then finish only a handful, and leave minutes of queued work behind).
 */
async function measureSide(
	base: string,
	side: Side
): Promise<{ body: string; result: SideResult }> {
	let first = await get(base + side.path, side.headers);
	// The first request after start may be cold (plans, pages not yet in memory): once more.
	if (first.status === 200 && first.ms > TOO_SLOW_MS)
		first = await get(base + side.path, side.headers);
	if (first.status !== 200) {
		throw new Error(`GET ${side.path} answered ${first.status}: ${first.body.slice(0, 300)}`);
	}
	if (first.ms > TOO_SLOW_MS) return { body: first.body, result: { alone: first.ms, run: null } };
	const run = await measure(base + side.path, side.headers);
	await drain(base);
	return { body: first.body, result: { alone: first.ms, run } };
}

// ---------------------------------------------------------------------------------------------
// One backend

async function createPostgresDatabase(): Promise<string> {
	const name = `transfo_bench_${process.pid}`;
	checkInterrupted();
	const admin = new pg.Client({ connectionString: ADMIN_URL });
	await admin.connect();
	cleanups.push(async () => {
		const c = new pg.Client({ connectionString: ADMIN_URL });
		await c.connect();
		try {
			await c.query(`drop database if exists ${name} with (force)`);
		} finally {
			await c.end();
		}
	});
	try {
		await admin.query(`drop database if exists ${name} with (force)`);
		await admin.query(`create database ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	return url.toString();
}

type BackendResult = { kind: DatabaseKind; fixture: BenchFixture; rows: Row[] };

async function runBackend(kind: DatabaseKind): Promise<BackendResult> {
	const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'transfo-bench-'));
	cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
	const databaseUrl = kind === 'postgres' ? await createPostgresDatabase() : '';

	log(`\n${label}: migrating and seeding ${COUNT} applications…`);
	const database = await openDatabase({ databaseUrl: databaseUrl || undefined, dataDir });
	let fixture: BenchFixture;
	try {
		await migrate(database);
		fixture = await seedBenchData(database, dataDir, COUNT, log);
		// VACUUM cannot run in a transaction: straight to the driver.
		if (database.pool) await database.pool.query('vacuum analyze');
	} finally {
		await database.close();
	}
	log(
		`${label}: ${fixture.applications} applications in ${fixture.seconds.toFixed(0)} s; ` +
			`« ${SEARCH_QUERY} » finds ${fixture.matches} ` +
			`(${((fixture.matches / fixture.applications) * 100).toFixed(1)} %)`
	);

	const env = {
		HOST: '127.0.0.1',
		DATA_DIR: dataDir,
		DATABASE_URL: databaseUrl,
		DEMO: '',
		SMTP_URL: '',
		BENCH_USER_ID: fixture.userId
	};
	const list = scenarios(fixture);
	const rows: Row[] = list.map((s) => ({ scenario: s.name }));
	const samples = new Map<string, string>();

	log(`${label}: application server…`);
	const app = await startServer('the application server', path.join(root, 'scripts/start.js'), env);
	try {
		for (const [i, s] of list.entries()) {
			try {
				const { body, result } = await measureSide(app.url, s.app);
				samples.set(s.name, body);
				rows[i].app = result;
			} catch (e) {
				rows[i].note = errorText(e);
			}
		}
	} finally {
		await app.stop();
	}

	log(`${label}: bare server…`);
	const bare = await startServer('the bare server', path.join(root, 'bench/bare-server.ts'), env);
	try {
		for (const [i, s] of list.entries()) {
			if (rows[i].note) continue;
			try {
				const { body, result } = await measureSide(bare.url, s.bare);
				s.check(samples.get(s.name)!, body);
				rows[i].bare = result;
			} catch (e) {
				rows[i].note = errorText(e);
			}
		}
	} finally {
		await bare.stop();
	}
	return { kind, fixture, rows };
}

// ---------------------------------------------------------------------------------------------
// Report

function table(r: BackendResult): string {
	const label = r.kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
	const fx = r.fixture;
	const lines = [
		`${label} — ${fx.applications} applications, « ${SEARCH_QUERY} » finds ${fx.matches}; ` +
			`${CONNECTIONS} connections, ${DURATION} s per run after ${WARMUP} s of warm-up` +
			(r.kind === 'postgres'
				? '; VACUUM ANALYZE after seeding'
				: '; VACUUM ANALYZE by the application at start (PGlite has no autovacuum)')
	];
	const head = ['Scenario', 'Server', 'req/s', 'p50 ms', 'p99 ms', 'Ratio', 'Target met'];
	const body: string[][] = [];
	const loads: number[] = [];
	for (const row of r.rows) {
		if (!row.app || !row.bare) {
			body.push([row.scenario, '—', '', '', '', '', row.note ?? 'failed']);
			continue;
		}
		const app = row.app.run;
		const bare = row.bare.run;
		const ratio = app && bare && bare.rps > 0 ? app.rps / bare.rps : NaN;
		const slow = (side: SideResult) =>
			`one request alone takes ${(side.alone / 1000).toFixed(1)} s`;
		const failures = app
			? [
					app.rps === 0 ? 'no request completed' : '',
					!(ratio >= TARGET_RATIO) ? `ratio < ${TARGET_RATIO}` : '',
					!(app.p99 < TARGET_P99_MS) ? `p99 ≥ ${TARGET_P99_MS} ms` : '',
					app.non2xx || app.errors ? `${app.non2xx + app.errors} errors` : ''
				].filter(Boolean)
			: [slow(row.app)];
		const cells = (m: Measure | null) =>
			m ? [m.rps.toFixed(0), m.p50.toFixed(1), m.p99.toFixed(1)] : ['—', '—', '—'];
		body.push([row.scenario, 'bare', ...cells(bare), '', bare ? '' : `(${slow(row.bare)})`]);
		body.push([
			'',
			'app',
			...cells(app),
			Number.isNaN(ratio) ? '—' : ratio.toFixed(2),
			failures.length ? `no (${failures.join(', ')})` : 'yes'
		]);
		for (const m of [app, bare]) if (m) loads.push(m.load);
		if (bare && (bare.non2xx || bare.errors)) {
			body.push(['', '', '', '', '', '', `bare: ${bare.non2xx + bare.errors} errors`]);
		}
	}
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
	const fmt = (cells: string[]) =>
		cells
			.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	lines.push(fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt));
	if (loads.length) {
		lines.push(
			`(1-minute load average before the runs: ${Math.min(...loads).toFixed(1)}–` +
				`${Math.max(...loads).toFixed(1)} on ${os.availableParallelism()} cores)`
		);
	}
	return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

let exitCode = 0;
const results: BackendResult[] = [];
try {
	ensureBuild();
	for (const kind of backends) {
		if (interrupted) break;
		try {
			results.push(await runBackend(kind));
		} catch (e) {
			exitCode = 1;
			log(`\n${kind}: ${(e as Error).stack ?? e}`);
		} finally {
			await cleanUp();
		}
	}
} catch (e) {
	exitCode = 1;
	log((e as Error).message);
} finally {
	await cleanUp();
}
if (results.length) {
	console.log(`\nbench:web — ${new Date().toISOString()} — Node ${process.versions.node}`);
	for (const r of results) console.log(`\n${table(r)}`);
	console.log('');
}
process.exit(exitCode);
