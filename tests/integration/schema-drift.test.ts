/**
 * The schema (src/lib/server/db/schema.ts) and the committed migrations (drizzle/) must say the
 * same thing: generating migrations from the schema must find nothing new to write.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

it('the migrations are up to date with the schema', () => {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'transfo-drift-'));
	const out = path.join(tmp, 'drizzle');
	fs.cpSync(path.join(root, 'drizzle'), out, { recursive: true });
	const config = path.join(tmp, 'drizzle.config.json');
	fs.writeFileSync(
		config,
		JSON.stringify({
			dialect: 'postgresql',
			// drizzle-kit wants paths relative to the working directory.
			schema: './src/lib/server/db/schema.ts',
			out: path.relative(root, out)
		})
	);
	const before = fs.readdirSync(out).filter((f) => f.endsWith('.sql'));
	const log = execFileSync(
		process.execPath,
		[path.join(root, 'node_modules/drizzle-kit/bin.cjs'), 'generate', `--config=${config}`],
		{ cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
	);
	const after = fs.readdirSync(out).filter((f) => f.endsWith('.sql'));
	fs.rmSync(tmp, { recursive: true, force: true });
	expect(
		after,
		`drizzle-kit a généré une migration : lancez « npm run db:generate »\n${log}`
	).toEqual(before);
});
