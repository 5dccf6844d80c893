/**
 * Disabling an account (the person can no longer log in; their open sessions end at once) and
 * enabling it again. Nobody disables their own account from here.
 */
import type { Services } from '../app.ts';
import type { Actor, UserActor } from '../accounts/actor.ts';
import { loadRoles } from '../accounts/sessions.ts';
import { audit } from '../audit/log.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertMayManageAccount, assertMayWriteUsers } from './policy.ts';
import { deleteSessionsOf, findUserById, setDisabled } from './queries.ts';
import { isUuid } from './schemas.ts';

export async function disableUser(svc: Services, actor: Actor, userId: string): Promise<void> {
	assertMayWriteUsers(actor);
	await setStatus(svc, actor, userId, true);
}

export async function enableUser(svc: Services, actor: Actor, userId: string): Promise<void> {
	assertMayWriteUsers(actor);
	await setStatus(svc, actor, userId, false);
}

async function setStatus(
	svc: Services,
	actor: UserActor,
	userId: string,
	disable: boolean
): Promise<void> {
	if (!isUuid(userId)) throw new NotFound();
	if (userId === actor.userId) throw new Conflict('admin.users.error.self');
	await svc.db.transaction(async (tx) => {
		const user = await findUserById(tx, userId);
		if (!user) throw new NotFound();
		assertMayManageAccount(actor, await loadRoles(tx, userId));
		// Already in the state asked for: nothing to change, nothing to record.
		if ((user.disabledAt !== null) === disable) return;
		const updated = await setDisabled(tx, userId, disable ? new Date() : null);
		const endedSessions = disable ? await deleteSessionsOf(tx, userId) : 0;
		await audit(tx, actor, {
			action: disable ? 'user.disabled' : 'user.enabled',
			entityType: 'user',
			entityId: userId,
			before: { email: user.email, disabledAt: user.disabledAt },
			after: disable
				? { email: updated.email, disabledAt: updated.disabledAt, endedSessions }
				: { email: updated.email, disabledAt: null }
		});
	});
}
