/**
 * `transfo`, the command line of Transformateur. Results go to stdout as JSON, messages to stderr
 * in French; an error is one clear line and a non-zero exit code (1: the command failed, 2: it was
 * mis-typed). The database is the server's, from the same environment (DATA_DIR, DATABASE_URL).
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig, ConfigError } from '../config.ts';
import { startApp, type App } from '../app.ts';
import { migrate, openDatabase } from '../db/client.ts';
import { DataDirLockedError } from '../db/lock.ts';
import {
	countRows,
	dumpDatabase,
	DumpError,
	knownMigrations,
	readDumpFile,
	restoreDatabase,
	writeDumpFile
} from '../db/dump.ts';
import { DomainError } from '../errors.ts';
import { seedDemo } from '../demo/seed.ts';
import { translateMessage, translator } from '../../i18n/index.ts';
import { version } from '../../version.ts';
import { InputError } from '../review/inputError.ts';
import { COMMAND_HELP, GENERAL_HELP, helpFor } from './help.ts';
import { InputFileError, readJsonInput, runAssign, runCalibrate } from './review.ts';
import { runSynergies, SynergiesInputError } from './synergies.ts';
import { createTokenFor, provisionUser, setPasswordFor } from './users.ts';

export type CliIO = {
	out(text: string): void;
	err(text: string): void;
	env: Record<string, string | undefined>;
	cwd: string;
	/** Everything on standard input (for secrets that must not appear in the command line). */
	stdin(): Promise<string>;
	/** Standard input is a terminal (nothing was piped in). */
	stdinIsTTY?: boolean;
};

export function processIO(): CliIO {
	return {
		out: (text) => process.stdout.write(`${text}\n`),
		err: (text) => process.stderr.write(`${text}\n`),
		env: process.env,
		cwd: process.cwd(),
		stdinIsTTY: process.stdin.isTTY === true,
		async stdin() {
			if (process.stdin.isTTY) {
				process.stderr.write('Mot de passe (puis Entrée) : ');
			}
			const chunks: Buffer[] = [];
			for await (const chunk of process.stdin) {
				chunks.push(chunk as Buffer);
				if (process.stdin.isTTY && String(chunk).includes('\n')) break;
			}
			return Buffer.concat(chunks).toString('utf8');
		}
	};
}

/** A mis-typed command: the message, then where to find help. */
export class UsageError extends Error {
	readonly command: string | undefined;
	constructor(message: string, command?: string) {
		super(message);
		this.command = command;
	}
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

type Command = {
	options: Options;
	/** Names of the positional arguments, all required. */
	positionals: string[];
	run(ctx: { values: Values; positionals: string[]; io: CliIO }): Promise<unknown>;
};

async function withApp<T>(io: CliIO, fn: (app: App) => Promise<T>): Promise<T> {
	const app = await startApp(loadConfig(io.env), { jobs: false });
	try {
		return await fn(app);
	} finally {
		await app.close();
	}
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

const COMMANDS: Record<string, Command> = {
	'db migrate': {
		options: {},
		positionals: [],
		async run({ io }) {
			const config = loadConfig(io.env);
			const database = await openDatabase({
				databaseUrl: config.databaseUrl,
				dataDir: config.dataDir
			});
			try {
				await migrate(database);
			} finally {
				await database.close();
			}
			const migrations = knownMigrations();
			return {
				migrated: true,
				database: database.kind,
				migration: migrations[migrations.length - 1]?.tag ?? null
			};
		}
	},

	'db dump': {
		options: {},
		positionals: ['FICHIER'],
		async run({ positionals, io }) {
			const file = path.resolve(io.cwd, positionals[0]);
			return withApp(io, async (app) => {
				const dump = await dumpDatabase(app.db, app.database.kind);
				writeDumpFile(file, dump);
				const tables = Object.fromEntries(
					Object.entries(dump.tables).map(([name, rows]) => [name, rows.length])
				);
				io.err(`Sauvegarde écrite dans ${file}.`);
				return { file, database: app.database.kind, migration: dump.migration.tag, tables };
			});
		}
	},

	'db restore': {
		options: { force: { type: 'boolean' } },
		positionals: ['FICHIER'],
		async run({ positionals, values, io }) {
			const file = path.resolve(io.cwd, positionals[0]);
			// Read and check the file before touching the database.
			const content = readDumpFile(file);
			return withApp(io, async (app) => {
				const existing = await countRows(app.db);
				const total = Object.values(existing).reduce((a, b) => a + b, 0);
				if (total > 0 && values.force !== true) {
					throw new DumpError(
						`La base contient déjà des données (${existing.users ?? 0} compte(s), ` +
							`${existing.programmes ?? 0} programme(s)) qui seraient remplacées. ` +
							'Relancez avec --force pour confirmer.'
					);
				}
				const tables = await restoreDatabase(app.db, content);
				io.err(`Sauvegarde ${file} restaurée.`);
				return { restored: true, database: app.database.kind, tables };
			});
		}
	},

	'user create': {
		options: {
			email: { type: 'string' },
			role: { type: 'string' },
			region: { type: 'string' },
			programme: { type: 'string' },
			name: { type: 'string' }
		},
		positionals: [],
		async run({ values, io }) {
			const email = str(values.email);
			const role = str(values.role);
			if (!email) throw new UsageError('--email est obligatoire.', 'user create');
			if (!role) throw new UsageError('--role est obligatoire.', 'user create');
			const user = await withApp(io, (app) =>
				provisionUser(app, {
					email,
					role,
					region: str(values.region),
					programme: str(values.programme),
					name: str(values.name)
				})
			);
			if (user.created) {
				io.err(
					`Compte créé pour ${user.email}. La personne choisit son mot de passe avec ` +
						'« mot de passe oublié », ou se connecte par lien magique.'
				);
			} else if (!user.roleAdded) {
				io.err(`${user.email} avait déjà ce rôle : rien n’a changé.`);
			} else {
				io.err(`Rôle ajouté au compte existant ${user.email}.`);
			}
			if (user.disabled) io.err(`Attention : le compte ${user.email} est désactivé.`);
			const { id, name, roles, created } = user;
			return { id, email: user.email, name, roles, created };
		}
	},

	'user password': {
		options: { email: { type: 'string' } },
		positionals: [],
		async run({ values, io }) {
			const email = str(values.email);
			if (!email) throw new UsageError('--email est obligatoire.', 'user password');
			// The password comes on standard input, never in the arguments (shell history, ps).
			const password = (await io.stdin()).replace(/\r?\n$/, '');
			const user = await withApp(io, (app) => setPasswordFor(app, { email, password }));
			io.err(`Mot de passe enregistré pour ${user.email} ; ses sessions ouvertes sont fermées.`);
			return user;
		}
	},

	'token create': {
		options: {
			email: { type: 'string' },
			scopes: { type: 'string' },
			name: { type: 'string' }
		},
		positionals: [],
		async run({ values, io }) {
			const email = str(values.email);
			if (!email) throw new UsageError('--email est obligatoire.', 'token create');
			const token = await withApp(io, (app) =>
				createTokenFor(app, { email, scopes: str(values.scopes), name: str(values.name) })
			);
			io.err('Conservez ce jeton maintenant : il ne sera plus jamais affiché.');
			return token;
		}
	},

	assign: {
		options: { in: { type: 'string' } },
		positionals: [],
		async run({ values, io }) {
			const input = await readJsonInput(
				io,
				str(values.in),
				() => new UsageError('--in FICHIER manquant (ou le JSON sur l’entrée standard).', 'assign')
			);
			return runAssign(io, input);
		}
	},

	calibrate: {
		options: { in: { type: 'string' } },
		positionals: [],
		async run({ values, io }) {
			const input = await readJsonInput(
				io,
				str(values.in),
				() =>
					new UsageError('--in FICHIER manquant (ou le JSON sur l’entrée standard).', 'calibrate')
			);
			return runCalibrate(io, input);
		}
	},

	synergies: {
		options: {
			in: { type: 'string' },
			limit: { type: 'string' },
			'min-score': { type: 'string' },
			'per-project': { type: 'string' }
		},
		positionals: [],
		async run({ values, io }) {
			const missing = () =>
				new UsageError('--in FICHIER manquant (ou le JSON sur l’entrée standard).', 'synergies');
			try {
				return await runSynergies(
					io,
					{
						in: str(values.in),
						limit: str(values.limit),
						'min-score': str(values['min-score']),
						'per-project': str(values['per-project'])
					},
					missing
				);
			} catch (e) {
				// An input the command cannot use is mis-typed: exit code 2.
				if (e instanceof SynergiesInputError) throw new UsageError(e.message, 'synergies');
				throw e;
			}
		}
	},

	'demo seed': {
		options: {},
		positionals: [],
		async run({ io }) {
			const result = await withApp(io, (app) => seedDemo(app));
			io.err(
				result.created
					? 'Données de démonstration ajoutées.'
					: 'Les données de démonstration étaient déjà là.'
			);
			return result;
		}
	}
};

/** node:util's messages, in French. */
function parseArgsMessage(e: unknown): string {
	const err = e as { code?: string; message: string };
	const option = /'(-[^' ]+)/.exec(err.message)?.[1];
	switch (err.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `Option inconnue : ${option ?? err.message}.`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return option?.startsWith('--') && /argument missing/.test(err.message)
				? `L’option ${option} attend une valeur.`
				: `Valeur invalide pour l’option ${option ?? ''}.`.replace(' .', '.');
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `Argument inattendu : ${/'([^']+)'/.exec(err.message)?.[1] ?? err.message}.`;
		default:
			return err.message;
	}
}

function errorMessage(e: unknown): string {
	if (e instanceof DomainError) return translateMessage(translator('fr'), e.message);
	if (
		e instanceof ConfigError ||
		e instanceof DataDirLockedError ||
		e instanceof DumpError ||
		e instanceof InputError ||
		e instanceof InputFileError
	) {
		return e.message;
	}
	// Drizzle wraps the driver's error ("Failed query: …"): the cause says what happened.
	let err = e as { code?: string; message?: string; cause?: unknown };
	while (err?.cause && typeof err.cause === 'object') err = err.cause as typeof err;
	if (
		err?.code &&
		['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', '3D000', '28P01', '28000'].includes(
			err.code
		)
	) {
		return `Connexion à PostgreSQL impossible (DATABASE_URL) : ${err.message}`;
	}
	return `Erreur : ${err?.message ?? String(e)}`;
}

/** Runs one command line; returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
	try {
		const [first] = argv;
		if (first === undefined) {
			io.err(GENERAL_HELP);
			return 2;
		}
		if (first === '--version' || first === '-v' || first === 'version') {
			io.out(JSON.stringify({ version }));
			return 0;
		}
		if (first === 'help' || first === '--help' || first === '-h') {
			const help = helpFor(argv.slice(1).filter((w) => !w.startsWith('-')));
			if (!help) throw new UsageError(`Commande inconnue : ${argv.slice(1).join(' ')}.`);
			io.out(help);
			return 0;
		}
		// Commands are one word (`assign`) or two (`db dump`).
		const key = Object.hasOwn(COMMANDS, first) ? first : argv.slice(0, 2).join(' ');
		const command = Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
		if (!command) {
			const group = Object.keys(COMMANDS).filter((c) => c.startsWith(`${first} `));
			if (group.length && (argv[1] === undefined || argv[1].startsWith('-'))) {
				if (argv[1] === '--help' || argv[1] === '-h') {
					io.out(helpFor([first]) ?? GENERAL_HELP);
					return 0;
				}
				throw new UsageError(
					`Précisez la commande : ${group.map((c) => `transfo ${c}`).join(', ')}.`
				);
			}
			throw new UsageError(
				group.length
					? `Commande inconnue : ${key}. Possibles : ${group.join(', ')}.`
					: `Commande inconnue : ${first}.`
			);
		}
		const rest = argv.slice(key.split(' ').length);
		if (rest.includes('--help') || rest.includes('-h')) {
			io.out(COMMAND_HELP[key]);
			return 0;
		}
		let parsed: { values: Values; positionals: string[] };
		try {
			parsed = parseArgs({
				args: rest,
				options: command.options,
				allowPositionals: true,
				strict: true
			}) as { values: Values; positionals: string[] };
		} catch (e) {
			throw new UsageError(parseArgsMessage(e), key);
		}
		if (parsed.positionals.length < command.positionals.length) {
			throw new UsageError(`${command.positionals.join(' ')} manquant.`, key);
		}
		if (parsed.positionals.length > command.positionals.length) {
			throw new UsageError(
				`Argument inattendu : ${parsed.positionals[command.positionals.length]}.`,
				key
			);
		}
		const result = await command.run({ ...parsed, io });
		io.out(JSON.stringify(result, null, 2));
		return 0;
	} catch (e) {
		if (e instanceof UsageError) {
			io.err(`transfo : ${e.message}`);
			io.err(`Aide : transfo help${e.command ? ` ${e.command}` : ''}`);
			return 2;
		}
		io.err(`transfo : ${errorMessage(e)}`);
		if (io.env.TRANSFO_DEBUG === '1' && e instanceof Error && e.stack) io.err(e.stack);
		return 1;
	}
}
