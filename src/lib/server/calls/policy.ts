/**
 * Who may do what with calls for projects. Published and closed calls are public: anyone, even
 * anonymous, reads them. Drafts and archived calls are seen only by the programme's team (for
 * anyone else they do not exist: `NotFound`). Writing is for the programme's team; a token must
 * carry the `calls:write` scope to write (and `calls:read` to see drafts).
 */
import { allowsScope, isTeam, isUser, type Actor, type UserActor } from '../accounts/actor.ts';
import { Forbidden, NotFound, Unauthenticated } from '../errors.ts';
import type { CallStatus } from './schemas.ts';

export const CALLS_READ_SCOPE = 'calls:read';
export const CALLS_WRITE_SCOPE = 'calls:write';

/** Statuses everyone may read. */
export const PUBLIC_STATUSES: readonly CallStatus[] = ['published', 'closed'];

export function isPublicStatus(status: CallStatus): boolean {
	return PUBLIC_STATUSES.includes(status);
}

/** Does the actor see the programme's drafts and archived calls? */
export function maySeeUnpublished(actor: Actor, programmeId: string): boolean {
	return isTeam(actor, programmeId) && allowsScope(actor, CALLS_READ_SCOPE);
}

export function mayReadCall(actor: Actor, call: { programmeId: string; status: CallStatus }) {
	return isPublicStatus(call.status) || maySeeUnpublished(actor, call.programmeId);
}

/** Creating and changing the programme's calls, their forms and the programme's lists. */
export function mayManageCalls(actor: Actor, programmeId: string): boolean {
	return isTeam(actor, programmeId) && allowsScope(actor, CALLS_WRITE_SCOPE);
}

export function assertMayReadCall(
	actor: Actor,
	call: { programmeId: string; status: CallStatus }
): void {
	if (!mayReadCall(actor, call)) throw new NotFound();
}

/**
 * For a write on a call: a call the actor cannot see is not found; one they see but may not change
 * is forbidden.
 */
export function assertMayManageCall(
	actor: Actor,
	call: { programmeId: string; status: CallStatus }
): asserts actor is UserActor {
	if (!mayReadCall(actor, call)) throw new NotFound();
	assertMayManageCalls(actor, call.programmeId);
}

/** For a write on the programme (a new call, its lists): the programme itself is public. */
export function assertMayManageCalls(
	actor: Actor,
	programmeId: string
): asserts actor is UserActor {
	if (!isUser(actor)) throw new Unauthenticated();
	if (!mayManageCalls(actor, programmeId)) throw new Forbidden('calls.error.forbidden');
}
