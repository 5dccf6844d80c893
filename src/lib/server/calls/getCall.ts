import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { findProgramme } from '../programmes/queries.ts';
import { assertMayReadCall } from './policy.ts';
import { presentCall, type CallView } from './presenters.ts';
import { findCall, findCallBySlug, isUuid } from './queries.ts';

/**
 * A call by its id, or by its programme's address and its own. Published and closed calls are
 * public; drafts and archived calls exist only for the programme's team.
 */
export async function getCall(
	db: DbOrTx,
	actor: Actor,
	ref: string | { programme: string; slug: string }
): Promise<CallView> {
	let row;
	if (typeof ref === 'string') {
		row = isUuid(ref) ? await findCall(db, ref) : null;
	} else {
		const programme = await findProgramme(db, ref.programme);
		row = programme ? await findCallBySlug(db, programme.id, ref.slug) : null;
	}
	if (!row) throw new NotFound();
	assertMayReadCall(actor, row);
	return presentCall(row);
}
