/**
 * The benchmark's baseline: a bare `node:http` server that runs the same domain queries as the
 * application on the same database and writes their result as JSON, with nothing else — no
 * framework, no authentication, no HTML. Started by `bench/web.ts` as its own process, like the
 * application server, from the same environment (`DATA_DIR` or `DATABASE_URL`), and opening the
 * database the same way (`openDatabase`: the same PGlite directory, or a pool of the same size).
 *
 * `BENCH_PORT`: where to listen (127.0.0.1); `BENCH_USER_ID`: the team member the queries are run
 * for (their roles are read once, at start: the application reads them on every request).
 *
 * - `GET /api?call=&status=&q=&limit=` runs `applicationPage` (what `GET /api/v1/applications`
 *   runs) and writes the page as the API would (`presentSummary`);
 * - `GET /pipeline?call=&q=&page=` runs `screenApplications` (what the team's pipeline page
 *   runs), with the page's query parameters read by `readScreeningQuery`;
 * - `GET /healthz` runs `select 1`, like the application's.
 */
import http from 'node:http';
import { openDatabase } from '#lib/server/db/client.ts';
import { loadConfig } from '#lib/server/config.ts';
import { loadRoles } from '#lib/server/accounts/sessions.ts';
import { isPlatformTeam, type UserActor } from '#lib/server/accounts/actor.ts';
import { applicationPage } from '#lib/server/applications/queries.ts';
import { presentSummary } from '#lib/server/applications/presenters.ts';
import { isApplicationStatus } from '#lib/server/applications/status.ts';
import { readScreeningQuery, screenApplications } from '#lib/server/applications/screening.ts';
import { users } from '#lib/server/db/schema.ts';
import { eq, sql } from 'drizzle-orm';

const config = loadConfig();
const port = Number(process.env.BENCH_PORT);
const userId = process.env.BENCH_USER_ID ?? '';
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const { db } = database;

const [user] = await db.select().from(users).where(eq(users.id, userId));
if (!user) throw new Error(`BENCH_USER_ID: no user ${userId}`);
const actor: UserActor = {
	kind: 'user',
	userId: user.id,
	email: user.email,
	name: user.name,
	locale: user.locale,
	roles: await loadRoles(db, user.id),
	scopes: null
};
// What `listApplications` derives from the actor before it runs `applicationPage`.
const teamOf: 'all' | string[] = isPlatformTeam(actor)
	? 'all'
	: actor.roles.filter((g) => g.role === 'team' && g.programmeId).map((g) => g.programmeId!);

function send(res: http.ServerResponse, status: number, body: unknown) {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'content-length': Buffer.byteLength(text)
	});
	res.end(text);
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const p = url.searchParams;
	if (url.pathname === '/healthz') {
		// As the application's: a round trip to the database.
		await db.execute(sql`select 1`);
		return send(res, 200, { ok: true });
	}
	if (url.pathname === '/api') {
		const status = p.get('status') || undefined;
		const limit = Number(p.get('limit') || 20);
		const rows = await applicationPage(
			db,
			{
				teamOf,
				userId: actor.userId,
				callId: p.get('call') || undefined,
				status: isApplicationStatus(status) ? status : undefined,
				region: p.get('region') || undefined,
				type: p.get('type') || undefined,
				q: p.get('q')?.trim() || undefined
			},
			null,
			limit + 1
		);
		const data = rows.slice(0, limit).map(presentSummary);
		return send(res, 200, {
			data,
			nextCursor: rows.length > limit ? data[data.length - 1].id : null
		});
	}
	if (url.pathname === '/pipeline') {
		// What the page's `load` does with its query string, then the domain's query.
		const { options } = readScreeningQuery(p);
		return send(res, 200, await screenApplications(db, actor, p.get('call') ?? '', options));
	}
	return send(res, 404, { error: 'not found' });
}

const server = http.createServer((req, res) => {
	handle(req, res).catch((e: Error) => {
		console.error(e);
		if (!res.headersSent) send(res, 500, { error: e.message });
		else res.destroy();
	});
});
server.listen(port, '127.0.0.1');

let stopping = false;
const stop = () => {
	if (stopping) return;
	stopping = true;
	server.closeAllConnections();
	server.close(() => {
		database.close().then(
			() => process.exit(0),
			() => process.exit(1)
		);
	});
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
