/**
 * Who may manage people and their roles. Programme team members see the people of the instance
 * (to find someone to give a role to); everyone else is told the pages do not exist. A team member
 * grants and revokes roles only on the programmes they run; roles that hold on every programme,
 * and accounts that reach beyond one's programmes, are for the platform-wide team.
 */
import {
	allowsScope,
	isPlatformTeam,
	isTeam,
	type Actor,
	type RoleGrant,
	type UserActor
} from '../accounts/actor.ts';
import { Forbidden, NotFound } from '../errors.ts';

/** Reading the list of people and their roles. */
export function assertMayReadUsers(actor: Actor): asserts actor is UserActor {
	if (!isTeam(actor) || !allowsScope(actor, 'users:read')) throw new NotFound();
}

/** Any change to people or roles (then checked per programme or per account). */
export function assertMayWriteUsers(actor: Actor): asserts actor is UserActor {
	if (!isTeam(actor)) throw new NotFound();
	if (!allowsScope(actor, 'users:write')) throw new Forbidden();
}

/** May the actor grant or revoke roles on that programme (null: on every programme)? */
export function mayManageRolesOn(actor: Actor, programmeId: string | null): boolean {
	return programmeId === null ? isPlatformTeam(actor) : isTeam(actor, programmeId);
}

/**
 * The person and the programme are visible to any team member (programmes are public), so a
 * refusal here is a Forbidden, not a NotFound: hiding what the actor already sees protects nothing
 * and would only puzzle them.
 */
export function assertMayManageRolesOn(actor: Actor, programmeId: string | null): void {
	if (mayManageRolesOn(actor, programmeId)) return;
	throw new Forbidden(
		programmeId === null ? 'admin.users.error.platformOnly' : 'admin.users.error.notYourProgramme'
	);
}

/**
 * May the actor disable or enable this account? The platform team may; a programme team member
 * only when every role the person holds is on a programme they run (a person without any role
 * included), so that no programme can shut out someone another programme relies on.
 */
export function mayManageAccount(actor: Actor, targetRoles: RoleGrant[]): boolean {
	if (isPlatformTeam(actor)) return true;
	if (!isTeam(actor)) return false;
	return targetRoles.every((r) => r.programmeId !== null && isTeam(actor, r.programmeId));
}

export function assertMayManageAccount(actor: Actor, targetRoles: RoleGrant[]): void {
	if (!mayManageAccount(actor, targetRoles))
		throw new Forbidden('admin.users.error.notYourAccount');
}
