import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { idPosition, pageOf, pageRequest } from '#lib/server/api/pagination.ts';
import { addProspectContact, listProspectContacts } from '#lib/server/sourcing/partners.ts';

export const GET: RequestHandler = route(
	operations.listProspectContacts,
	async ({ app, actor, params, query }) =>
		pageOf(await listProspectContacts(app.db, actor, params.id), pageRequest(query, idPosition))
);

export const POST: RequestHandler = route(
	operations.addProspectContact,
	async ({ app, actor, params, body, created }) => {
		const contact = await addProspectContact(app, actor, params.id, body);
		return created(contact, `${API_BASE}/prospects/${params.id}/contacts`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
