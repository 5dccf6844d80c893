/**
 * Who reads the audit log: programme team members, for the programmes they run (and the changes
 * they made themselves); the platform-wide team, everything. Anyone else is told it does not exist.
 */
import {
	allowsScope,
	isPlatformTeam,
	isTeam,
	type Actor,
	type UserActor
} from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';

export function assertMayReadAudit(actor: Actor): asserts actor is UserActor {
	if (!isTeam(actor) || !allowsScope(actor, 'audit:read')) throw new NotFound();
}

export type AuditScope = { all: true } | { all: false; programmeIds: string[]; actorId: string };

/** The part of the log the actor may read. */
export function auditScope(actor: UserActor): AuditScope {
	if (isPlatformTeam(actor)) return { all: true };
	const programmeIds = [
		...new Set(
			actor.roles.filter((r) => r.role === 'team' && r.programmeId).map((r) => r.programmeId!)
		)
	];
	return { all: false, programmeIds, actorId: actor.userId };
}
