import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { assertMayReadPartnerData } from './policy.ts';
import { findPartner, isUuid } from './partnerQueries.ts';
import { parseInput, prospectListQuery, type ProspectListQuery } from './partnerSchemas.ts';
import { presentProspect, type ProspectView } from './prospectPresenters.ts';
import { prospectsOf } from './prospectQueries.ts';

/**
 * A partner's prospects, with the stage each reached, filtered by stage, call and words of their
 * names; the archived ones only when asked. For the partner's members and the programme's team.
 * The next step due first.
 */
export async function listProspects(
	db: DbOrTx,
	actor: Actor,
	partnerId: string,
	query: ProspectListQuery = {}
): Promise<ProspectView[]> {
	const partner = isUuid(partnerId) ? await findPartner(db, partnerId) : null;
	if (!partner) throw new NotFound();
	assertMayReadPartnerData(actor, { partnerId: partner.id, programmeId: partner.programmeId });
	const f = parseInput(prospectListQuery, query);
	const rows = await prospectsOf(db, {
		partnerId: partner.id,
		callId: f.call,
		q: f.q,
		archived: f.archived ?? false
	});
	const views = rows.map(presentProspect);
	return f.stage ? views.filter((v) => v.stage === f.stage) : views;
}
