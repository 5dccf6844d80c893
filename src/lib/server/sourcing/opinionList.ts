import type { DbOrTx } from '../db/client.ts';
import { allowsScope, isTeam, isUser, partnerIdsOf, type Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { readsAsPartner } from '../applications/policy.ts';
import { loadApplication } from '../applications/shared.ts';
import { SOURCING_READ_SCOPE } from './policy.ts';
import { mayReadRegionalOpinions, opinionPartnersOf } from './opinionPolicy.ts';
import { isAssignedJuror } from '../review/policy.ts';
import { activePartnersAmong, opinionsOn, type RegionalOpinionView } from './opinionQueries.ts';

export type RegionalOpinions = {
	/** The opinions the actor may read, by partner name. */
	opinions: RegionalOpinionView[];
	/** The partners on whose behalf the actor may give (or change) an opinion here. */
	writableAs: { partnerId: string; name: string }[];
};

/**
 * The regional opinions on an application: all of them for the programme team, and for the jury
 * members it is assigned to (not in conflict) when the call lets the jury read them; a partner's
 * members read their own partner's (on an application their partner reads). For anyone else —
 * holders, the rest of the jury included — `NotFound`.
 */
export async function listRegionalOpinions(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<RegionalOpinions> {
	const { app, access } = await loadApplication(db, actor, applicationId);
	if (!isUser(actor)) throw new NotFound();
	const writable = await activePartnersAmong(db, app.programmeId, opinionPartnersOf(actor, access));
	const writableAs = writable.map((p) => ({ partnerId: p.id, name: p.name }));
	const readsAll =
		mayReadRegionalOpinions(actor, {
			programmeId: app.programmeId,
			juryReads: app.call.juryReadsRegionalOpinions
		}) &&
		(isTeam(actor, app.programmeId) ||
			(app.status !== 'draft' && (await isAssignedJuror(db, actor, app.callId, app.id))));
	if (readsAll) return { opinions: await opinionsOn(db, app.id), writableAs };
	if (allowsScope(actor, SOURCING_READ_SCOPE) && readsAsPartner(actor, access)) {
		const own = partnerIdsOf(actor, app.programmeId);
		return { opinions: await opinionsOn(db, app.id, own), writableAs };
	}
	throw new NotFound();
}
