/**
 * The running platform: configuration, database, mail transport and jobs, opened in order and
 * closed in reverse. Used by the web server, the command line and the tests.
 */
import type { Config } from './config.ts';
import { migrate, openDatabase, type Database, type Db } from './db/client.ts';
import { createTransport, type Transport } from './notifications/delivery.ts';
import { inlineJobs, startJobs, type Jobs } from './jobs.ts';
import { sendReviewReminders } from './review/reviewReminders.ts';
import { sendEventReminders } from './events/eventReminders.ts';
import { localStorage, type FileStorage } from './storage/index.ts';

/** What use cases need besides the actor and their input. */
export type Services = {
	db: Db;
	jobs: Jobs;
	/** Absolute base address for links in e-mails. */
	publicUrl: string;
	/** Demo mode: demo passwords accepted, demo accounts listed. */
	demo: boolean;
	/** Where attachments' bytes live (under `DATA_DIR/files` by default). */
	storage: FileStorage;
};

export type App = Services & {
	config: Config;
	database: Database;
	transport: Transport;
	close(): Promise<void>;
};

export type StartOptions = {
	/** Run the job workers in this process (the web server does; the command line does not). */
	workers?: boolean;
	/** Use pg-boss at all; without it, e-mails are delivered inline. */
	jobs?: boolean;
	inMemory?: boolean;
};

export async function startApp(config: Config, opts: StartOptions = {}): Promise<App> {
	const database = await openDatabase({
		databaseUrl: config.databaseUrl,
		dataDir: config.dataDir,
		inMemory: opts.inMemory
	});
	let jobs: Jobs | undefined;
	let transport: Transport | undefined;
	// The reminders job needs the services, which exist once the jobs have started.
	const started: { services?: Services } = {};
	try {
		await migrate(database);
		transport = await createTransport(config.smtpUrl);
		jobs =
			opts.jobs === false
				? inlineJobs(database, transport)
				: await startJobs(database, transport, {
						work: opts.workers ?? true,
						reminders: async () => {
							if (!started.services) return;
							await sendReviewReminders(started.services, new Date());
							await sendEventReminders(started.services, new Date());
						}
					});
	} catch (e) {
		await database.close();
		throw e;
	}
	const j = jobs;
	const tr = transport;
	let closing: Promise<void> | undefined;
	const app: App = {
		config,
		database,
		db: database.db,
		jobs: j,
		transport: tr,
		publicUrl: config.publicUrl,
		demo: config.demo,
		storage: localStorage(config.dataDir),
		close() {
			closing ??= (async () => {
				try {
					await j.stop();
				} finally {
					tr.close();
					await database.close();
				}
			})();
			return closing;
		}
	};
	started.services = app;
	return app;
}
