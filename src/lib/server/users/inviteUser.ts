/**
 * Inviting someone: the account is created when the address has none (unverified, without a
 * password: the person logs in by magic link), then the role is granted and the person told by
 * e-mail. An existing account simply receives the role and the e-mail.
 */
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { users } from '../db/schema.ts';
import { audit } from '../audit/log.ts';
import { Conflict } from '../errors.ts';
import { grantInTransaction } from './grantRole.ts';
import { assertMayManageRolesOn, assertMayWriteUsers } from './policy.ts';
import type { RoleView } from './presenters.ts';
import { findUserByEmail } from './queries.ts';
import type { InviteInput } from './schemas.ts';

export type InviteResult = { userId: string; created: boolean; role: RoleView };

export async function inviteUser(
	svc: Services,
	actor: Actor,
	input: InviteInput
): Promise<InviteResult> {
	assertMayWriteUsers(actor);
	assertMayManageRolesOn(actor, input.programmeId);
	const { result, mailId } = await svc.db.transaction(async (tx) => {
		let user = await findUserByEmail(tx, input.email);
		let created = false;
		if (user?.disabledAt) throw new Conflict('admin.users.error.inviteDisabled');
		if (!user) {
			[user] = await tx
				.insert(users)
				.values({ email: input.email, name: input.name, emailVerifiedAt: null, passwordHash: null })
				.returning();
			created = true;
			await audit(tx, actor, {
				action: 'user.invited',
				entityType: 'user',
				entityId: user.id,
				programmeId: input.programmeId,
				before: null,
				after: { email: user.email, name: user.name }
			});
		}
		const granted = await grantInTransaction(tx, svc, actor, user, input);
		return { result: { userId: user.id, created, role: granted.role }, mailId: granted.mailId };
	});
	await svc.jobs.deliverEmails([mailId]);
	return result;
}
