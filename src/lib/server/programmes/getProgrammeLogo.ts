import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { mayReadProgrammes } from './policy.ts';
import { programmeLogo } from './queries.ts';

/** A programme's logo (bytes, type, and the date that versions it). Public. */
export async function getProgrammeLogo(
	db: DbOrTx,
	actor: Actor,
	slug: string
): Promise<{ bytes: Uint8Array; mime: string; updatedAt: Date }> {
	if (!mayReadProgrammes(actor)) throw new NotFound();
	const logo = await programmeLogo(db, slug);
	if (!logo) throw new NotFound();
	return { bytes: logo.logo, mime: logo.mime, updatedAt: logo.updatedAt };
}
