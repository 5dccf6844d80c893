/** Test helper: the e-mails queued to an address, newest first, and the link each carries. */
import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { outbox } from '../db/schema.ts';

export async function mailsTo(db: DbOrTx, address: string) {
	return db
		.select()
		.from(outbox)
		.where(eq(sql`lower(${outbox.toAddress})`, address.toLowerCase()))
		.orderBy(desc(outbox.createdAt));
}

/** The secret at the end of the first link to `path` in the mail's text (e.g. `/verifier/`). */
export function linkToken(text: string, path: string): string {
	const m = new RegExp(`${path.replace(/\//g, '\\/')}([A-Za-z0-9_-]+)`).exec(text);
	if (!m) throw new Error(`Pas de lien ${path} dans : ${text}`);
	return m[1];
}
