import type { DbOrTx } from '../db/client.ts';
import { isPlatformTeam, isUser, type Actor } from '../accounts/actor.ts';
import { Invalid, NotFound } from '../errors.ts';
import { mayReadProgrammes } from './policy.ts';
import { presentProgramme, type ProgrammeView } from './presenters.ts';
import { findProgramme, isUuid, programmePage, programmesByIds } from './queries.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/**
 * Programmes by name, a page at a time. `after` is the cursor: the id of the last programme of the
 * previous page. Public.
 */
export async function listProgrammes(
	db: DbOrTx,
	actor: Actor,
	opts: { after?: string; limit?: number } = {}
): Promise<{ items: ProgrammeView[]; nextCursor: string | null }> {
	if (!mayReadProgrammes(actor)) throw new NotFound();
	const limit = Math.min(
		Math.max(Math.trunc(opts.limit ?? DEFAULT_PAGE_SIZE) || 1, 1),
		MAX_PAGE_SIZE
	);
	let after: { name: string; id: string } | null = null;
	if (opts.after) {
		const row = isUuid(opts.after) ? await findProgramme(db, opts.after) : null;
		if (!row) throw new Invalid('programmes.error.cursor', { after: ['programmes.error.cursor'] });
		after = { name: row.name, id: row.id };
	}
	const rows = await programmePage(db, after, limit + 1);
	const items = rows.slice(0, limit).map(presentProgramme);
	return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}

/** The programmes the actor runs (all of them for the platform-wide team), by name. */
export async function listManagedProgrammes(db: DbOrTx, actor: Actor): Promise<ProgrammeView[]> {
	if (!isUser(actor)) return [];
	if (isPlatformTeam(actor)) return (await programmesByIds(db, null)).map(presentProgramme);
	const ids = [
		...new Set(
			actor.roles.filter((g) => g.role === 'team' && g.programmeId).map((g) => g.programmeId!)
		)
	];
	return (await programmesByIds(db, ids)).map(presentProgramme);
}
