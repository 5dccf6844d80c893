/**
 * Every e-mail is first written to the outbox, in the same transaction as the change that causes
 * it; a pg-boss job then delivers it. A crash between the two loses nothing: the sweeper job
 * re-queues what is still pending.
 */
import { and, eq, lt, desc } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { outbox } from '../db/schema.ts';
import { renderEmail, type EmailTemplate } from './templates.ts';
import type { Locale } from '../../i18n/index.ts';

/** A file sent with a message (text content, e.g. an `.ics` calendar file). */
export type EmailAttachment = { filename: string; contentType: string; content: string };

export type OutgoingEmail = EmailTemplate & {
	to: string;
	locale: Locale;
	attachments?: EmailAttachment[];
};

/** Writes the message to the outbox. Returns its id, to hand to `Jobs.deliverEmails` after commit. */
export async function queueEmail(db: DbOrTx, email: OutgoingEmail): Promise<string> {
	const rendered = renderEmail(email, email.locale);
	const [row] = await db
		.insert(outbox)
		.values({
			toAddress: email.to,
			subject: rendered.subject,
			textBody: rendered.text,
			htmlBody: rendered.html,
			template: email.template,
			locale: email.locale,
			attachments: email.attachments ?? []
		})
		.returning({ id: outbox.id });
	return row.id;
}

export async function pendingEmailIds(db: DbOrTx, olderThan: Date): Promise<string[]> {
	const rows = await db
		.select({ id: outbox.id })
		.from(outbox)
		.where(and(eq(outbox.status, 'pending'), lt(outbox.createdAt, olderThan)))
		.limit(500);
	return rows.map((r) => r.id);
}

export async function listOutbox(db: DbOrTx, limit = 100) {
	return db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);
}

export async function getOutboxMessage(db: DbOrTx, id: string) {
	const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
	return row ?? null;
}
