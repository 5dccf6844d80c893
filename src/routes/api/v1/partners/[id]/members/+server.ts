import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { API_BASE, route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { pageOf, pageRequest } from '#lib/server/api/pagination.ts';
import { z } from 'zod';
import { addPartnerMember, getPartner } from '#lib/server/sourcing/partners.ts';

export const GET: RequestHandler = route(
	operations.listPartnerMembers,
	async ({ app, actor, params, query }) => {
		const { members } = await getPartner(app.db, actor, params.id);
		const page = pageOf(
			members.map((m) => ({ ...m, id: m.userId })),
			pageRequest(query, z.uuid())
		);
		return { ...page, data: page.data.map(({ id: _id, ...m }) => m) };
	}
);

export const POST: RequestHandler = route(
	operations.addPartnerMember,
	async ({ app, actor, params, body, created }) => {
		const member = await addPartnerMember(app, actor, params.id, body);
		return created(member, `${API_BASE}/partners/${params.id}/members/${member.userId}`);
	}
);

export const fallback: RequestHandler = methodNotAllowed;
