/**
 * Who reads and writes regional opinions (avis régionaux). The programme team reads them all; a
 * partner's members read and write their own partner's opinion on the applications that partner
 * reads (its regions, or attributed to it; never drafts); jury members read them all only when the
 * call allows it (`jury_reads_regional_opinions`). Holders never read them. A token must carry
 * `sourcing:read` to read and `sourcing:write` to write.
 */
import { allowsScope, hasRole, isTeam, isUser, type Actor } from '../accounts/actor.ts';
import type { ApplicationAccess } from '../applications/policy.ts';
import { SOURCING_READ_SCOPE } from './policy.ts';

/** Every partner's opinion on an application of that programme and call. */
export function mayReadRegionalOpinions(
	actor: Actor,
	c: { programmeId: string; juryReads: boolean }
): boolean {
	if (!isUser(actor) || !allowsScope(actor, SOURCING_READ_SCOPE)) return false;
	if (isTeam(actor, c.programmeId)) return true;
	return c.juryReads && hasRole(actor, 'jury', c.programmeId);
}

/**
 * The partners (ids) on whose behalf the actor may give an opinion on the application: the
 * actor's partners (on that programme) that read it — attributed to the partner, or in one of the
 * regions the partner's grants name — past the draft stage. Scopes aside.
 */
export function opinionPartnersOf(
	actor: Actor,
	a: Pick<ApplicationAccess, 'programmeId' | 'status' | 'regionCode' | 'partnerId'>
): string[] {
	if (!isUser(actor) || a.status === 'draft') return [];
	const grants = actor.roles.filter(
		(g) =>
			g.role === 'regional_partner' &&
			g.partnerId &&
			(g.programmeId === null || g.programmeId === a.programmeId)
	);
	const ids = grants
		.filter(
			(g) => g.partnerId === a.partnerId || (a.regionCode !== null && g.regionCode === a.regionCode)
		)
		.map((g) => g.partnerId as string);
	return [...new Set(ids)];
}
