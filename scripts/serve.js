/**
 * Starts the built server (`build/`) with the validated configuration. Used by `npm start`
 * (production: migrations at start, no demo data) and `npm run demo` (demo data on first start).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '#lib/server/config.ts';
import { DEMO_ACCOUNTS } from '#lib/server/demo/accounts.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} dir @returns {number} */
function newestMtime(dir) {
	let newest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
	}
	return newest;
}

function buildIsStale() {
	const entry = path.join(root, 'build', 'index.js');
	if (!fs.existsSync(entry)) return true;
	const built = fs.statSync(entry).mtimeMs;
	const sources = Math.max(
		newestMtime(path.join(root, 'src')),
		newestMtime(path.join(root, 'static')),
		fs.statSync(path.join(root, 'package.json')).mtimeMs
	);
	return sources > built;
}

/** @param {{ demo: boolean }} options */
export async function serve({ demo }) {
	if (demo) process.env.DEMO = '1';
	let config;
	try {
		config = loadConfig();
	} catch (e) {
		if (e instanceof ConfigError) {
			for (const p of e.problems) console.error(`Configuration : ${p}`);
			process.exit(1);
		}
		throw e;
	}
	if (demo && buildIsStale()) {
		console.error('Construction de l’application (une fois)…');
		const r = spawnSync(
			process.execPath,
			[path.join(root, 'node_modules/vite/bin/vite.js'), 'build'],
			{
				cwd: root,
				stdio: ['ignore', 'ignore', 'inherit']
			}
		);
		if (r.status !== 0) process.exit(r.status ?? 1);
	} else if (!fs.existsSync(path.join(root, 'build', 'index.js'))) {
		console.error('Application non construite : lancez d’abord « npm run build ».');
		process.exit(1);
	}
	// The server knows its origin from PUBLIC_URL's protocol and the request's Host header, so that
	// form posts pass SvelteKit's cross-site check whether the page was opened as localhost or
	// 127.0.0.1 (adapter-node would otherwise assume https).
	const protocol = new URL(config.publicUrl).protocol.replace(':', '');
	process.env.PROTOCOL_HEADER = 'x-transformateur-proto';
	process.env.BODY_SIZE_LIMIT ??= '25M';
	const started = Date.now();
	const { handler } = await import(path.join(root, 'build', 'handler.js'));
	const server = http.createServer((req, res) => {
		req.headers['x-transformateur-proto'] = protocol;
		handler(req, res);
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen({ port: config.port, host: config.host }, () => resolve(undefined));
	}).catch((e) => {
		console.error(
			e.code === 'EADDRINUSE'
				? `Le port ${config.port} est déjà utilisé : arrêtez l’autre programme ou choisissez PORT.`
				: `Impossible d’écouter sur ${config.host}:${config.port} : ${e.message}`
		);
		process.exit(1);
	});
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		console.error('Arrêt en cours…');
		server.closeIdleConnections();
		const force = setTimeout(() => server.closeAllConnections(), 10_000);
		force.unref();
		server.close(() => {
			// Closes the database and the job workers (src/lib/server/runtime.ts).
			// @ts-expect-error custom event, the one adapter-node emits
			process.emit('sveltekit:shutdown', 'SIGTERM');
		});
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	// Open the database, migrate and (in demo) seed now, rather than on the first visit.
	const probe = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}/healthz`;
	for (let i = 0; i < 600; i++) {
		try {
			const res = await fetch(probe);
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	console.log(`\nTransformateur est prêt (${Date.now() - started} ms) : ${config.publicUrl}`);
	console.log(
		config.databaseUrl
			? 'Base de données : serveur PostgreSQL'
			: `Base de données : PostgreSQL embarqué (PGlite) dans ${config.dataDir}`
	);
	if (demo) {
		console.log('\nComptes de démonstration (mot de passe : demo) :');
		for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(40)} ${a.label}`);
	}
	console.log('\nCtrl+C pour arrêter.');
}
