import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { findProgramme } from '../programmes/queries.ts';
import { mayReadProgrammeSourcing } from './policy.ts';
import { presentPartner, type PartnerView } from './partnerPresenters.ts';
import { isUuid, membersOfPartners, partnersOfProgramme } from './partnerQueries.ts';

/**
 * The programme's partners with their regions and members, live ones first, by name: for the
 * programme's team (anyone else is told the list does not exist).
 */
export async function listPartners(
	db: DbOrTx,
	actor: Actor,
	programmeId: string
): Promise<PartnerView[]> {
	const programme = isUuid(programmeId) ? await findProgramme(db, programmeId) : null;
	if (!programme || !mayReadProgrammeSourcing(actor, programme.id)) throw new NotFound();
	// By name as French sorts it (« Aract Île-de-France » among the I's), archived ones last.
	const rows = (await partnersOfProgramme(db, programme.id)).sort(
		(a, b) =>
			Number(a.archivedAt !== null) - Number(b.archivedAt !== null) ||
			a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' })
	);
	const members = await membersOfPartners(
		db,
		rows.map((p) => p.id)
	);
	return rows.map((p) => presentPartner(p, members));
}
