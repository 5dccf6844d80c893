/** One person: their account, their roles and how many sessions they have open. */
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { assertMayReadUsers } from './policy.ts';
import { presentUser, type UserView } from './presenters.ts';
import { countActiveSessions, findUserById, rolesOfUsers } from './queries.ts';
import { isUuid } from './schemas.ts';

export async function getUser(db: DbOrTx, actor: Actor, userId: string): Promise<UserView> {
	assertMayReadUsers(actor);
	if (!isUuid(userId)) throw new NotFound();
	const user = await findUserById(db, userId);
	if (!user) throw new NotFound();
	const [roles, sessions] = await Promise.all([
		rolesOfUsers(db, [user.id]),
		countActiveSessions(db, user.id)
	]);
	return presentUser(actor, user, roles, sessions);
}
