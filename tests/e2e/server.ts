/**
 * Starts the built platform (`build/`) the way `npm run demo` does, on a free port with a fresh
 * data directory, and stops it with SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type RunningServer = {
	url: string;
	dataDir: string;
	process: ChildProcess;
	output(): string;
	stop(): Promise<number | null>;
};

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
		srv.on('error', reject);
	});
}

export async function startServer(
	opts: { demo?: boolean; env?: Record<string, string> } = {}
): Promise<RunningServer> {
	const root = path.resolve(import.meta.dirname, '../..');
	if (!fs.existsSync(path.join(root, 'build', 'index.js'))) {
		throw new Error('build/ manquant : lancez « npm run build » avant les tests navigateur');
	}
	const port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'transfo-e2e-'));
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			PUBLIC_URL: url,
			DEMO: opts.demo === false ? '' : '1',
			DATABASE_URL: '',
			SMTP_URL: '',
			...opts.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	child.stdout?.on('data', (d) => (out += d));
	child.stderr?.on('data', (d) => (out += d));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`Le serveur s'est arrêté :\n${out}`);
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.ok) break;
		} catch {
			// not yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`Le serveur ne répond pas :\n${out}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		dataDir,
		process: child,
		output: () => out,
		async stop() {
			if (child.exitCode !== null) return child.exitCode;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
			const code = await exited;
			clearTimeout(timer);
			return code;
		}
	};
}
