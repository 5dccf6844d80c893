import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import type { RequestHandler } from './$types';
import { version } from '#lib/version.ts';

export const GET: RequestHandler = async ({ locals }) => {
	const { app } = locals;
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		await Promise.race([
			app.db.execute(sql`select 1`),
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error('timeout')), 3000);
			})
		]);
		return json({ status: 'ok', database: app.database.kind, version });
	} catch {
		return json(
			{ status: 'unavailable', database: app.database.kind, version },
			{ status: 503, headers: { 'retry-after': '5' } }
		);
	} finally {
		clearTimeout(timer);
	}
};
