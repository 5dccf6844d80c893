import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { mayReadProgrammes } from './policy.ts';
import { presentProgramme, type ProgrammeView } from './presenters.ts';
import { findProgramme } from './queries.ts';

/** A programme by its id or its address (slug). Public. */
export async function getProgramme(
	db: DbOrTx,
	actor: Actor,
	idOrSlug: string
): Promise<ProgrammeView> {
	if (!mayReadProgrammes(actor)) throw new NotFound();
	const row = await findProgramme(db, idOrSlug);
	if (!row) throw new NotFound();
	return presentProgramme(row);
}
