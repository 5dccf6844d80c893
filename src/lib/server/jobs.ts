/**
 * Background jobs, in pg-boss, on the same database as everything else (PGlite or PostgreSQL).
 * Today: e-mail delivery, the outbox sweeper, on PGlite hourly maintenance (vacuum, statistics),
 * and the daily reminders (review deadlines, sessions) at 9:00 Paris time on working days.
 */
import { PgBoss, fromPglite } from 'pg-boss';
import { maintainDatabase, type Database } from './db/client.ts';
import { deliverEmail, MAX_ATTEMPTS, type Transport } from './notifications/delivery.ts';
import { pendingEmailIds } from './notifications/outbox.ts';

export type Jobs = {
	/** Hands freshly queued outbox messages to the delivery job. Call after the commit. */
	deliverEmails(ids: string[]): Promise<void>;
	stop(): Promise<void>;
};

const DELIVER = 'email-deliver';
const SWEEP = 'outbox-sweep';
const MAINTAIN = 'database-maintenance';
const REMIND = 'daily-reminders';

export async function startJobs(
	database: Database,
	transport: Transport,
	opts: {
		work?: boolean;
		/** What the daily reminders job runs (the application's reminders, once it is up). */
		reminders?: () => Promise<unknown>;
	} = {}
): Promise<Jobs> {
	const boss =
		database.kind === 'pglite'
			? new PgBoss({ db: fromPglite(database.pglite!), backend: 'pglite', schedule: opts.work })
			: new PgBoss({ connectionString: database.url, max: 3, schedule: opts.work });
	boss.on('error', (err) => console.error('Tâches de fond :', err.message));
	await boss.start();
	await boss.createQueue(DELIVER, {
		retryLimit: MAX_ATTEMPTS,
		retryDelay: 30,
		retryBackoff: true
	});
	await boss.createQueue(SWEEP);
	if (opts.work !== false) {
		await boss.work<{ id: string }>(DELIVER, { pollingIntervalSeconds: 2 }, async (jobs) => {
			for (const job of jobs) await deliverEmail(database.db, transport, job.data.id);
		});
		await boss.work(SWEEP, async () => {
			const ids = await pendingEmailIds(database.db, new Date(Date.now() - 60_000));
			for (const id of ids) await boss.send(DELIVER, { id }, { singletonKey: id });
		});
		await boss.schedule(SWEEP, '* * * * *');
		if (opts.reminders) {
			const reminders = opts.reminders;
			await boss.createQueue(REMIND);
			await boss.work(REMIND, async () => {
				await reminders();
			});
			// Working hours only: nobody is written to at night or at the weekend.
			await boss.schedule(REMIND, '0 9 * * 1-5', null, { tz: 'Europe/Paris' });
		}
		if (database.kind === 'pglite') {
			await boss.createQueue(MAINTAIN);
			await boss.work(MAINTAIN, async () => maintainDatabase(database));
			await boss.schedule(MAINTAIN, '17 * * * *');
		}
	}
	return {
		async deliverEmails(ids) {
			for (const id of ids) await boss.send(DELIVER, { id }, { singletonKey: id });
		},
		async stop() {
			await boss.stop({ graceful: true, timeout: 5000 });
		}
	};
}

/** Delivers at once, in the calling process: for the command line and tests that need no worker. */
export function inlineJobs(database: Database, transport: Transport): Jobs {
	return {
		async deliverEmails(ids) {
			for (const id of ids) await deliverEmail(database.db, transport, id);
		},
		async stop() {}
	};
}
