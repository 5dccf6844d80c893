/**
 * Who may do what in regional sourcing. The programme team manages the partners and sees
 * everything. A partner's members see and write their own partner's prospects, referrals and
 * regional opinions; nobody else learns they exist (`NotFound`). Partners read, never change,
 * applications: that rule lives in `applications/policy.ts`. A token must carry `sourcing:read` to
 * read and `sourcing:write` to write.
 */
import {
	allowsScope,
	isTeam,
	isUser,
	partnerIdsOf,
	type Actor,
	type UserActor
} from '../accounts/actor.ts';
import { Forbidden, NotFound } from '../errors.ts';

export const SOURCING_READ_SCOPE = 'sourcing:read';
export const SOURCING_WRITE_SCOPE = 'sourcing:write';

/** What the policy needs to know about a partner (or about a row that belongs to one). */
export type PartnerAccess = { partnerId: string; programmeId: string };

export function isPartnerMember(actor: Actor, partnerId: string): boolean {
	return partnerIdsOf(actor).includes(partnerId);
}

/** Read a partner's sourcing data (its prospects, contacts, referrals, opinions). */
export function mayReadPartnerData(actor: Actor, p: PartnerAccess): boolean {
	if (!isUser(actor) || !allowsScope(actor, SOURCING_READ_SCOPE)) return false;
	return isTeam(actor, p.programmeId) || isPartnerMember(actor, p.partnerId);
}

export function assertMayReadPartnerData(
	actor: Actor,
	p: PartnerAccess
): asserts actor is UserActor {
	if (!mayReadPartnerData(actor, p)) throw new NotFound();
}

/** Write a partner's sourcing data: its members, and the programme team. */
export function assertMayWritePartnerData(
	actor: Actor,
	p: PartnerAccess
): asserts actor is UserActor {
	assertMayReadPartnerData(actor, p);
	if (!allowsScope(actor, SOURCING_WRITE_SCOPE)) throw new Forbidden('partners.error.forbidden');
}

/** Create, rename, re-region partners and manage their members: the programme team only. */
export function assertMayManagePartners(
	actor: Actor,
	programmeId: string
): asserts actor is UserActor {
	if (!isUser(actor) || !isTeam(actor, programmeId)) throw new NotFound();
	if (!allowsScope(actor, SOURCING_WRITE_SCOPE)) throw new Forbidden('partners.error.forbidden');
}

/** The programme-wide sourcing figures (funnel of every region): the programme team. */
export function mayReadProgrammeSourcing(actor: Actor, programmeId: string): boolean {
	return isUser(actor) && allowsScope(actor, SOURCING_READ_SCOPE) && isTeam(actor, programmeId);
}
