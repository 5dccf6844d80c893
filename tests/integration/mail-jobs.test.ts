/**
 * E-mail goes outbox → pg-boss job → transport, on both backends, with a real pg-boss.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { startJobs, type Jobs } from '#lib/server/jobs.ts';
import { queueEmail } from '#lib/server/notifications/outbox.ts';
import type { Transport } from '#lib/server/notifications/delivery.ts';
import { outbox } from '#lib/server/db/schema.ts';

type Sent = { to: string; subject: string; text: string; html: string };

async function until<T>(fn: () => Promise<T | undefined>, what: string): Promise<T> {
	for (let i = 0; i < 300; i++) {
		const v = await fn();
		if (v !== undefined) return v;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`attente trop longue : ${what}`);
}

describe.each(backends)('e-mail delivery through pg-boss (%s)', (backend) => {
	let t: TestDatabase;
	let jobs: Jobs;
	const sent: Sent[] = [];
	let failNext = 0;
	const transport: Transport = {
		kind: 'smtp',
		async send(msg) {
			if (failNext > 0) {
				failNext--;
				throw new Error('serveur SMTP indisponible');
			}
			sent.push(msg);
		},
		close() {}
	};

	beforeAll(async () => {
		t = await freshDatabase(backend);
		jobs = await startJobs(t, transport, { work: true });
	});
	afterAll(async () => {
		await jobs?.stop();
		await t?.drop();
	});

	it('delivers a queued message once, in French with a plain-text part, and marks it sent', async () => {
		const id = await t.db.transaction((tx) =>
			queueEmail(tx, {
				to: 'camille@exemple.fr',
				locale: 'fr',
				template: 'magic_link',
				params: { name: 'Camille', url: 'http://localhost:3000/connexion/lien/abc' }
			})
		);
		await jobs.deliverEmails([id]);
		const row = await until(async () => {
			const [r] = await t.db.select().from(outbox).where(eq(outbox.id, id));
			return r.status === 'sent' ? r : undefined;
		}, 'envoi');
		expect(row.sentAt).not.toBeNull();
		const mine = sent.filter((m) => m.to === 'camille@exemple.fr');
		expect(mine).toHaveLength(1);
		expect(mine[0].subject).toBe('Votre lien de connexion');
		expect(mine[0].text).toContain('http://localhost:3000/connexion/lien/abc');
		expect(mine[0].html).toContain('Bonjour Camille');
	});

	it('retries after a transport failure and records the error meanwhile', async () => {
		failNext = 1;
		const id = await queueEmail(t.db, {
			to: 'yann@exemple.fr',
			locale: 'en',
			template: 'reset_password',
			params: { name: 'Yann <b>', url: 'http://localhost:3000/reinitialiser/x' }
		});
		await jobs.deliverEmails([id]);
		const failed = await until(async () => {
			const [r] = await t.db.select().from(outbox).where(eq(outbox.id, id));
			return r.attempts >= 1 ? r : undefined;
		}, 'première tentative');
		expect(failed.lastError).toContain('SMTP');
		// The retry comes after pg-boss's delay; hand it over again to avoid waiting for it.
		await t.db.update(outbox).set({ status: 'pending' }).where(eq(outbox.id, id));
		await jobs.deliverEmails([id]);
		await until(async () => {
			const [r] = await t.db.select().from(outbox).where(eq(outbox.id, id));
			return r.status === 'sent' ? r : undefined;
		}, 'second envoi');
		const mine = sent.filter((m) => m.to === 'yann@exemple.fr');
		expect(mine).toHaveLength(1);
		expect(mine[0].subject).toBe('Resetting your password');
		expect(mine[0].html).toContain('Yann &lt;b&gt;');
	});
});
