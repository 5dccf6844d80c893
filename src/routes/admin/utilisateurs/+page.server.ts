import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { NotFound } from '#lib/server/errors.ts';
import { ROLES } from '#lib/server/accounts/actor.ts';
import { listProgrammeFilter, listUsers, userListQuery } from '#lib/server/users/index.ts';

export const load: PageServerLoad = async (event) => {
	const actor = requireTeam(event);
	const { url, locals } = event;
	const filter = userListQuery.parse({
		q: url.searchParams.get('q') ?? undefined,
		role: url.searchParams.get('role') ?? undefined,
		programmeId: url.searchParams.get('programme') ?? undefined,
		page: url.searchParams.get('page') ?? undefined
	});
	try {
		const [users, programmes] = await Promise.all([
			listUsers(locals.app.db, actor, filter),
			listProgrammeFilter(locals.app.db, actor)
		]);
		return { users, programmes, roles: [...ROLES], filter };
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
};
