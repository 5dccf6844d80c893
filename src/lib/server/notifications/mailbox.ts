/**
 * The development mailbox: what the outbox holds, for the programme team. Without SMTP (and in
 * demo) it is where sent messages are read. With real delivery configured, messages carry live
 * login links for real people, so only the platform-wide team may open the outbox.
 */
import { z } from 'zod';
import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { outbox } from '../db/schema.ts';
import { allowsScope, isPlatformTeam, isTeam, type Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { attachmentsOf, type Transport } from './delivery.ts';

export type DeliveryKind = Transport['kind'];

export function mayReadMailbox(actor: Actor, delivery: DeliveryKind): boolean {
	if (!allowsScope(actor, 'audit:read')) return false;
	return delivery === 'smtp' ? isPlatformTeam(actor) : isTeam(actor);
}

function assertMayReadMailbox(actor: Actor, delivery: DeliveryKind): void {
	if (!mayReadMailbox(actor, delivery)) throw new NotFound();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const MAILBOX_PAGE_SIZE = 50;

export const mailboxQuery = z.object({
	/** Messages older than this one (its id). */
	before: z.string().regex(UUID).optional().catch(undefined),
	limit: z.coerce.number().int().min(1).max(200).optional().catch(undefined)
});
export type MailboxQuery = z.output<typeof mailboxQuery>;

export type MailStatus = 'pending' | 'sent' | 'failed';

export type MailSummaryView = {
	id: string;
	to: string;
	subject: string;
	template: string;
	locale: string;
	status: MailStatus;
	createdAt: string;
	sentAt: string | null;
};

export type MailView = MailSummaryView & {
	text: string;
	html: string;
	attempts: number;
	lastError: string | null;
	/** The attached files' names and types (download one with `getMailboxAttachment`). */
	attachments: { index: number; filename: string; contentType: string; size: number }[];
};

type OutboxRow = typeof outbox.$inferSelect;

function summary(row: OutboxRow): MailSummaryView {
	return {
		id: row.id,
		to: row.toAddress,
		subject: row.subject,
		template: row.template,
		locale: row.locale,
		status: row.status,
		createdAt: row.createdAt.toISOString(),
		sentAt: row.sentAt?.toISOString() ?? null
	};
}

export async function listMailbox(
	db: DbOrTx,
	actor: Actor,
	opts: MailboxQuery & { delivery: DeliveryKind }
): Promise<{ items: MailSummaryView[]; nextCursor: string | null }> {
	assertMayReadMailbox(actor, opts.delivery);
	const limit = opts.limit ?? MAILBOX_PAGE_SIZE;
	let where;
	if (opts.before) {
		const [cursor] = await db
			.select({ id: outbox.id })
			.from(outbox)
			.where(eq(outbox.id, opts.before));
		if (!cursor) return { items: [], nextCursor: null };
		// Compared in SQL: timestamps keep microseconds that JavaScript dates would lose.
		where = sql`(${outbox.createdAt}, ${outbox.id}) < (select o.created_at, o.id from outbox o where o.id = ${cursor.id})`;
	}
	const rows = await db
		.select()
		.from(outbox)
		.where(where)
		.orderBy(desc(outbox.createdAt), desc(outbox.id))
		.limit(limit + 1);
	const page = rows.slice(0, limit);
	return {
		items: page.map(summary),
		nextCursor: rows.length > limit ? page[page.length - 1].id : null
	};
}

export async function getMailboxMessage(
	db: DbOrTx,
	actor: Actor,
	id: string,
	opts: { delivery: DeliveryKind }
): Promise<MailView> {
	assertMayReadMailbox(actor, opts.delivery);
	if (!UUID.test(id)) throw new NotFound();
	const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
	if (!row) throw new NotFound();
	return {
		...summary(row),
		text: row.textBody,
		html: row.htmlBody,
		attempts: row.attempts,
		lastError: row.lastError,
		attachments: attachmentsOf(row.attachments).map((a, index) => ({
			index,
			filename: a.filename,
			contentType: a.contentType,
			size: Buffer.byteLength(a.content, 'utf8')
		}))
	};
}

/** One attached file of a message, by its position, for download. */
export async function getMailboxAttachment(
	db: DbOrTx,
	actor: Actor,
	id: string,
	index: number,
	opts: { delivery: DeliveryKind }
): Promise<{ filename: string; contentType: string; content: string }> {
	assertMayReadMailbox(actor, opts.delivery);
	if (!UUID.test(id) || !Number.isInteger(index) || index < 0) throw new NotFound();
	const [row] = await db
		.select({ attachments: outbox.attachments })
		.from(outbox)
		.where(eq(outbox.id, id));
	const file = row ? attachmentsOf(row.attachments)[index] : undefined;
	if (!file) throw new NotFound();
	return file;
}
