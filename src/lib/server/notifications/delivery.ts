/**
 * Delivers one outbox message. With `SMTP_URL`, through nodemailer; without it (and in demo), the
 * message stays readable in the development mailbox page and is simply marked as sent.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outbox } from '../db/schema.ts';
import type { EmailAttachment } from './outbox.ts';

export type Transport = {
	kind: 'smtp' | 'mailbox';
	send(msg: {
		to: string;
		subject: string;
		text: string;
		html: string;
		attachments?: EmailAttachment[];
	}): Promise<void>;
	close(): void;
};

export const FROM_ADDRESS = 'Transformateur <ne-pas-repondre@transformateur.test>';

export async function createTransport(smtpUrl: string | undefined): Promise<Transport> {
	if (!smtpUrl) {
		return { kind: 'mailbox', async send() {}, close() {} };
	}
	const nodemailer = await import('nodemailer');
	const transporter = nodemailer.default.createTransport(smtpUrl);
	return {
		kind: 'smtp',
		async send(msg) {
			await transporter.sendMail({ from: FROM_ADDRESS, ...msg });
		},
		close() {
			transporter.close();
		}
	};
}

export const MAX_ATTEMPTS = 5;

/** The stored attachments (`outbox.attachments`), keeping only well-formed entries. */
export function attachmentsOf(value: unknown): EmailAttachment[] {
	if (!Array.isArray(value)) return [];
	return value.filter(
		(a): a is EmailAttachment =>
			!!a &&
			typeof a.filename === 'string' &&
			typeof a.contentType === 'string' &&
			typeof a.content === 'string'
	);
}

export async function deliverEmail(db: Db, transport: Transport, id: string): Promise<void> {
	const [msg] = await db.select().from(outbox).where(eq(outbox.id, id));
	if (!msg || msg.status !== 'pending') return;
	const attachments = attachmentsOf(msg.attachments);
	try {
		await transport.send({
			to: msg.toAddress,
			subject: msg.subject,
			text: msg.textBody,
			html: msg.htmlBody,
			...(attachments.length ? { attachments } : {})
		});
	} catch (e) {
		const attempts = msg.attempts + 1;
		await db
			.update(outbox)
			.set({
				attempts: sql`${outbox.attempts} + 1`,
				lastError: (e as Error).message.slice(0, 1000),
				status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending'
			})
			.where(eq(outbox.id, id));
		throw e;
	}
	await db
		.update(outbox)
		.set({ status: 'sent', sentAt: new Date(), attempts: sql`${outbox.attempts} + 1` })
		.where(eq(outbox.id, id));
}
