import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { inviteJuryMembers } from '#lib/server/review/juryInvite.ts';
import { listJuryMembers } from '#lib/server/review/juryMembers.ts';

export const GET: RequestHandler = route(
	operations.listJuryMembers,
	async ({ app, actor, params }) => ({ data: await listJuryMembers(app.db, actor, params.id) })
);

export const POST: RequestHandler = route(
	operations.inviteJuryMembers,
	async ({ app, actor, params, body, created }) =>
		created(
			{ data: await inviteJuryMembers(app, actor, params.id, body) },
			`${API_BASE}/calls/${params.id}/jury`
		)
);

export const fallback: RequestHandler = methodNotAllowed;
