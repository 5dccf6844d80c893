/**
 * Who may do what with programmes and cycles. Programmes and their calendars are public: anyone,
 * even anonymous, reads them. Creating a programme is for the platform-wide team; changing a
 * programme and its cycles is for that programme's team. A token must carry the
 * `programmes:write` scope to write. Since the programme is visible to all, a refused write is a
 * `Forbidden` (hiding what everyone sees protects nothing).
 */
import {
	allowsScope,
	isPlatformTeam,
	isTeam,
	isUser,
	type Actor,
	type UserActor
} from '../accounts/actor.ts';
import { Forbidden, Unauthenticated } from '../errors.ts';

export const READ_SCOPE = 'programmes:read';
export const WRITE_SCOPE = 'programmes:write';

/** Reading programmes and cycles: open to everyone (a token without the read scope reads as anonymous would). */
export function mayReadProgrammes(_actor: Actor): boolean {
	return true;
}

export function mayCreateProgramme(actor: Actor): boolean {
	return isPlatformTeam(actor) && allowsScope(actor, WRITE_SCOPE);
}

/** Changing the programme, its logo, its cycles and their calendars. */
export function mayManageProgramme(actor: Actor, programmeId: string): boolean {
	return isTeam(actor, programmeId) && allowsScope(actor, WRITE_SCOPE);
}

export function assertMayCreateProgramme(actor: Actor): asserts actor is UserActor {
	if (!isUser(actor)) throw new Unauthenticated();
	if (!mayCreateProgramme(actor)) throw new Forbidden('programmes.error.forbiddenCreate');
}

export function assertMayManageProgramme(
	actor: Actor,
	programmeId: string
): asserts actor is UserActor {
	if (!isUser(actor)) throw new Unauthenticated();
	if (!mayManageProgramme(actor, programmeId))
		throw new Forbidden('programmes.error.forbiddenManage');
}
