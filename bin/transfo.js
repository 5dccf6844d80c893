#!/usr/bin/env node
// `transfo`, the command line of Transformateur. The commands are TypeScript, run as they are by
// Node's type stripping (Node 22.18 or later). An older Node hands over to the Node pinned in the
// project's dependencies (node_modules/node).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 22 || (major === 22 && minor >= 18);

if (!stripsTypes) {
	const pinned = path.join(root, 'node_modules', 'node', 'bin', 'node');
	if (!fs.existsSync(pinned) || process.env.TRANSFO_REEXEC === '1') {
		process.stderr.write(
			`transfo : Node.js ${process.versions.node} est trop ancien (22.18 ou plus récent requis). ` +
				'Lancez `npm install` pour obtenir la version du projet.\n'
		);
		process.exit(1);
	}
	const child = spawnSync(pinned, [self, ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, TRANSFO_REEXEC: '1' }
	});
	if (child.error) {
		process.stderr.write(`transfo : ${child.error.message}\n`);
		process.exit(1);
	}
	if (child.signal) process.kill(process.pid, child.signal);
	process.exit(child.status ?? 1);
} else {
	const { main } = await import(pathToFileURL(path.join(root, 'src/lib/server/cli/main.ts')).href);
	const code = await main(process.argv.slice(2));
	process.exitCode = code;
	// Everything is closed by now; should a stray handle remain, do not hang.
	setTimeout(() => process.exit(code), 2000).unref();
}
