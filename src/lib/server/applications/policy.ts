/**
 * Who may do what with applications. A holder sees only the applications they are a member of
 * (owner or co-holder): for anyone else an application does not exist (`NotFound`). The team of the
 * call's programme sees them all and screens them. A regional partner's member reads, never
 * writes, the applications past the draft stage whose organisation is in one of its regions and
 * those attributed to its partner (a draft's content belongs to its holders). Holders write their
 * own (drafts, submission, withdrawal); only the owner invites co-holders. A token must carry
 * `applications:read` to read and `applications:write` to write.
 */
import {
	allowsScope,
	isTeam,
	isUser,
	partnerIdsOf,
	partnerRegionsOf,
	type Actor,
	type UserActor
} from '../accounts/actor.ts';
import { Forbidden, NotFound, Unauthenticated } from '../errors.ts';
import type { ApplicationStatus } from './status.ts';

export const APPLICATIONS_READ_SCOPE = 'applications:read';
export const APPLICATIONS_WRITE_SCOPE = 'applications:write';

export type MemberRole = 'owner' | 'coholder';

/** What the policy needs to know about one application and the actor. */
export type ApplicationAccess = {
	programmeId: string;
	/** The actor's membership of the application, if any. */
	memberRole: MemberRole | null;
	status: ApplicationStatus;
	/** The region (INSEE code) of its organisation, once known. */
	regionCode: string | null;
	/** The regional partner it is attributed to, if any. */
	partnerId: string | null;
};

/** Does the actor see every application of the programme? */
export function isProgrammeTeam(actor: Actor, programmeId: string): boolean {
	return isTeam(actor, programmeId);
}

/**
 * Does the actor read it as a regional partner: past the draft stage, and in one of the actor's
 * regions for that programme or attributed to one of the actor's partners? (Scopes aside.)
 */
export function readsAsPartner(
	actor: Actor,
	a: Pick<ApplicationAccess, 'programmeId' | 'status' | 'regionCode' | 'partnerId'>
): boolean {
	if (a.status === 'draft') return false;
	if (a.partnerId !== null && partnerIdsOf(actor, a.programmeId).includes(a.partnerId)) return true;
	return a.regionCode !== null && partnerRegionsOf(actor, a.programmeId).includes(a.regionCode);
}

export function mayReadApplication(actor: Actor, a: ApplicationAccess): boolean {
	if (!isUser(actor) || !allowsScope(actor, APPLICATIONS_READ_SCOPE)) return false;
	return a.memberRole !== null || isProgrammeTeam(actor, a.programmeId) || readsAsPartner(actor, a);
}

export function assertMayReadApplication(
	actor: Actor,
	a: ApplicationAccess
): asserts actor is UserActor {
	if (!mayReadApplication(actor, a)) throw new NotFound();
}

/** Holders' writes (answers, organisation, submission, withdrawal, attachments). */
export function assertMayEditAsHolder(
	actor: Actor,
	a: ApplicationAccess
): asserts actor is UserActor {
	assertMayReadApplication(actor, a);
	if (a.memberRole === null) throw new Forbidden('applications.error.holdersOnly');
	if (!allowsScope(actor, APPLICATIONS_WRITE_SCOPE)) {
		throw new Forbidden('applications.error.forbidden');
	}
}

/** Only the owner invites co-holders. */
export function assertIsOwner(actor: Actor, a: ApplicationAccess): asserts actor is UserActor {
	assertMayEditAsHolder(actor, a);
	if (a.memberRole !== 'owner') throw new Forbidden('applications.error.ownerOnly');
}

/** The team's screening: statuses, extensions. */
export function assertMayScreen(actor: Actor, a: ApplicationAccess): asserts actor is UserActor {
	assertMayReadApplication(actor, a);
	if (!isProgrammeTeam(actor, a.programmeId) || !allowsScope(actor, APPLICATIONS_WRITE_SCOPE)) {
		throw new Forbidden('applications.error.teamOnly');
	}
}

/** Starting an application: anyone logged in (signing up is enough), with the write scope. */
export function assertMayApply(actor: Actor): asserts actor is UserActor {
	if (!isUser(actor)) throw new Unauthenticated();
	if (!allowsScope(actor, APPLICATIONS_WRITE_SCOPE)) {
		throw new Forbidden('applications.error.forbidden');
	}
}
