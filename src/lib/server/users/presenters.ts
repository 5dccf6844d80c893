/** What the user management use cases return: JSON-safe views, never raw rows. */
import type { Actor, Role } from '../accounts/actor.ts';
import { REGIONS } from '../../regions.ts';
import { mayManageAccount, mayManageRolesOn } from './policy.ts';
import type { AssignmentWithProgramme, UserRow } from './queries.ts';

export type RoleView = {
	id: string;
	role: Role;
	/** null: on every programme of the instance. */
	programmeId: string | null;
	programmeName: string | null;
	regionCode: string | null;
	regionName: string | null;
	grantedAt: string;
	/** May the actor who asked revoke it? */
	canRevoke: boolean;
};

export type UserSummaryView = {
	id: string;
	email: string;
	name: string;
	verified: boolean;
	disabled: boolean;
	roles: RoleView[];
};

export type UserView = UserSummaryView & {
	createdAt: string;
	verifiedAt: string | null;
	disabledAt: string | null;
	hasPassword: boolean;
	activeSessions: number;
	/** Is it the actor's own account? */
	isSelf: boolean;
	/** May the actor disable or enable the account? */
	canManageAccount: boolean;
};

export function regionName(code: string | null): string | null {
	if (!code) return null;
	return REGIONS.find((r) => r.code === code)?.name ?? code;
}

export function presentRole(actor: Actor, a: AssignmentWithProgramme): RoleView {
	return {
		id: a.id,
		role: a.role,
		programmeId: a.programmeId,
		programmeName: a.programmeName,
		regionCode: a.regionCode,
		regionName: regionName(a.regionCode),
		grantedAt: a.createdAt.toISOString(),
		canRevoke: mayManageRolesOn(actor, a.programmeId)
	};
}

export function presentUserSummary(
	actor: Actor,
	u: UserRow,
	roles: AssignmentWithProgramme[]
): UserSummaryView {
	return {
		id: u.id,
		email: u.email,
		name: u.name,
		verified: u.emailVerifiedAt !== null,
		disabled: u.disabledAt !== null,
		roles: roles.map((r) => presentRole(actor, r))
	};
}

export function presentUser(
	actor: Actor,
	u: UserRow,
	roles: AssignmentWithProgramme[],
	activeSessions: number
): UserView {
	const isSelf = actor.kind === 'user' && actor.userId === u.id;
	return {
		...presentUserSummary(actor, u, roles),
		createdAt: u.createdAt.toISOString(),
		verifiedAt: u.emailVerifiedAt?.toISOString() ?? null,
		disabledAt: u.disabledAt?.toISOString() ?? null,
		hasPassword: u.passwordHash !== null,
		activeSessions,
		isSelf,
		canManageAccount: !isSelf && mayManageAccount(actor, roles)
	};
}

/** What the audit log keeps of a role: enough to read it without the row. */
export function roleSnapshot(a: {
	userId: string;
	role: Role;
	programmeId: string | null;
	regionCode: string | null;
	email?: string;
}) {
	return {
		userId: a.userId,
		email: a.email,
		role: a.role,
		programmeId: a.programmeId,
		regionCode: a.regionCode
	};
}
