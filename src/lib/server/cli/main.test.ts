import { describe, expect, it } from 'vitest';
import { cliRunners } from './testing.ts';

/** The command line in this process, capturing its output. No command here opens a database. */
const { run: runMain } = cliRunners(() => '/tmp');
const run = (argv: string[]) => runMain(argv, '');

describe('transfo command line parsing', () => {
	it('prints asked-for help on stdout with exit code 0', async () => {
		for (const argv of [
			['help'],
			['--help'],
			['help', 'db'],
			['db', 'dump', '--help'],
			['user', '-h']
		]) {
			const r = await run(argv);
			expect(r.code, argv.join(' ')).toBe(0);
			expect(r.out).toContain('Usage');
			expect(r.err).toBe('');
		}
		expect((await run(['help', 'token', 'create'])).out).toContain('--scopes');
	});

	it('answers mis-typed commands with a message on stderr and exit code 2', async () => {
		const cases: [string[], RegExp][] = [
			[[], /Usage/],
			[['frobnicate'], /Commande inconnue : frobnicate/],
			[['db', 'vacuum'], /Commande inconnue : db vacuum/],
			[['db'], /Précisez la commande/],
			[['db', 'dump'], /FICHIER manquant/],
			[['db', 'dump', 'a.json', 'b.json'], /Argument inattendu : b.json/],
			[['user', 'create', '--email'], /--email attend une valeur/],
			[['user', 'create', '--email', 'a@b.fr'], /--role est obligatoire/],
			[['token', 'create', '--scope', 'x'], /Option inconnue : --scope/],
			[['help', 'nimporte'], /Commande inconnue/]
		];
		for (const [argv, message] of cases) {
			const r = await run(argv);
			expect(r.code, argv.join(' ')).toBe(2);
			expect(r.out).toBe('');
			expect(r.err).toMatch(message);
		}
	});

	it('prints its version as JSON', async () => {
		const r = await run(['--version']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).version).toMatch(/^\d+\.\d+\.\d+/);
	});
});
