/**
 * A person's own account: name, preferred language, password.
 */
import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from './actor.ts';
import { users } from '../db/schema.ts';
import { Invalid, NotFound } from '../errors.ts';
import { audit } from '../audit/log.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { revokeAllSessions } from './sessions.ts';
import { findUserById } from './queries.ts';
import { assertAccountOwner, assertMayManageCredentials } from './policy.ts';
import type { ChangePasswordInput, ProfileInput } from './schemas.ts';
import type { Locale } from '../../i18n/index.ts';

export type Profile = {
	id: string;
	email: string;
	name: string;
	locale: Locale;
	hasPassword: boolean;
	emailVerifiedAt: Date | null;
	createdAt: Date;
};

export async function getProfile(svc: Services, actor: Actor): Promise<Profile> {
	assertAccountOwner(actor);
	const user = await findUserById(svc.db, actor.userId);
	if (!user) throw new NotFound();
	return {
		id: user.id,
		email: user.email,
		name: user.name,
		locale: user.locale,
		hasPassword: user.passwordHash !== null,
		emailVerifiedAt: user.emailVerifiedAt,
		createdAt: user.createdAt
	};
}

export async function updateProfile(
	svc: Services,
	actor: Actor,
	input: ProfileInput
): Promise<void> {
	assertAccountOwner(actor);
	await svc.db.transaction(async (tx) => {
		const before = await findUserById(tx, actor.userId);
		if (!before) throw new NotFound();
		await tx
			.update(users)
			.set({ name: input.name, locale: input.locale, updatedAt: new Date() })
			.where(eq(users.id, actor.userId));
		if (before.name !== input.name || before.locale !== input.locale) {
			await audit(tx, actor, {
				action: 'account.profile_updated',
				entityType: 'user',
				entityId: actor.userId,
				before: { name: before.name, locale: before.locale },
				after: { name: input.name, locale: input.locale }
			});
		}
	});
}

export const WRONG_CURRENT_PASSWORD = 'accounts.password.wrongCurrent';

/**
 * Changes the password after checking the current one (not asked when the account has none yet),
 * and closes every other session of the account.
 */
export async function changePassword(
	svc: Services,
	actor: Actor,
	input: ChangePasswordInput,
	currentSessionId: string | null
): Promise<void> {
	assertMayManageCredentials(actor);
	const user = await findUserById(svc.db, actor.userId);
	if (!user) throw new NotFound();
	if (
		user.passwordHash !== null &&
		!(await verifyPassword(input.currentPassword, user.passwordHash))
	) {
		throw new Invalid(WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });
	}
	const passwordHash = await hashPassword(input.newPassword);
	await svc.db.transaction(async (tx) => {
		await tx
			.update(users)
			.set({ passwordHash, updatedAt: new Date() })
			.where(eq(users.id, actor.userId));
		await revokeAllSessions(tx, actor.userId, currentSessionId ?? undefined);
		await audit(tx, actor, {
			action: 'account.password_changed',
			entityType: 'user',
			entityId: actor.userId
		});
	});
}
