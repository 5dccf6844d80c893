/**
 * Running the command line in tests: the real one (a child process on bin/transfo.js, as a user
 * runs it) or `main` in this process with a captured output. Both in the folder `cwd()` gives.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { main, type CliIO } from './main.ts';

const BIN = path.resolve('bin/transfo.js');

export type Run = { code: number | null; stdout: string; stderr: string };

export function cliRunners(cwd: () => string) {
	/**
	 * The real command line; standard input is `input`. `env` adds to (or, with `undefined`, takes
	 * away from) the test process's environment.
	 */
	function transfo(
		args: string[],
		input = '',
		extraEnv: Record<string, string | undefined> = {}
	): Promise<Run> {
		const env: Record<string, string | undefined> = { ...process.env, ...extraEnv };
		delete env.TRANSFO_DEBUG;
		for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
		return new Promise((resolve, reject) => {
			const child = spawn(process.execPath, [BIN, ...args], { env, cwd: cwd() });
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			child.on('error', reject);
			child.on('close', (code) => resolve({ code, stdout, stderr }));
			child.stdin.end(input);
		});
	}

	/** `main` in this process; standard input is `input`, or a terminal when undefined. */
	async function run(argv: string[], input?: string) {
		const out: string[] = [];
		const err: string[] = [];
		const io: CliIO = {
			out: (t) => out.push(t),
			err: (t) => err.push(t),
			env: { DATA_DIR: '/nonexistent/transfo-test' },
			cwd: cwd(),
			stdin: async () => input ?? '',
			stdinIsTTY: input === undefined
		};
		const code = await main(argv, io);
		return { code, out: out.join('\n'), err: err.join('\n') };
	}

	return { transfo, run };
}
