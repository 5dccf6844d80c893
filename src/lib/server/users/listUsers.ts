/** The people of the instance, searched and filtered, a page at a time, with their roles. */
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { assertMayReadUsers } from './policy.ts';
import { presentUserSummary, type UserSummaryView } from './presenters.ts';
import { rolesOfUsers, searchUsers } from './queries.ts';
import { PAGE_SIZE, type UserListQuery } from './schemas.ts';

export type UserPage = {
	items: UserSummaryView[];
	total: number;
	page: number;
	pageSize: number;
	pageCount: number;
};

export async function listUsers(
	db: DbOrTx,
	actor: Actor,
	filter: UserListQuery = {}
): Promise<UserPage> {
	assertMayReadUsers(actor);
	const pageSize = filter.pageSize ?? PAGE_SIZE;
	const page = filter.page ?? 1;
	const { rows, total } = await searchUsers(db, {
		q: filter.q || undefined,
		role: filter.role,
		programmeId: filter.programmeId,
		offset: (page - 1) * pageSize,
		limit: pageSize
	});
	const roles = await rolesOfUsers(
		db,
		rows.map((r) => r.id)
	);
	return {
		items: rows.map((u) =>
			presentUserSummary(
				actor,
				u,
				roles.filter((r) => r.userId === u.id)
			)
		),
		total,
		page,
		pageSize,
		pageCount: Math.max(1, Math.ceil(total / pageSize))
	};
}
