import type { DbOrTx } from '../db/client.ts';
import { isPlatformTeam, isUser, type Actor } from '../accounts/actor.ts';
import { Invalid, NotFound } from '../errors.ts';
import { findProgramme } from '../programmes/queries.ts';
import { CALLS_READ_SCOPE, mayReadCall } from './policy.ts';
import { allowsScope } from '../accounts/actor.ts';
import { presentCall, type CallView } from './presenters.ts';
import { callPage, findCall, isUuid } from './queries.ts';
import type { CallStatus } from './schemas.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export type CallListOptions = {
	/** A programme's id or address. */
	programme?: string;
	/** `open`: published and within its dates now. */
	status?: CallStatus | 'open';
	/** Cursor: the id of the last call of the previous page. */
	after?: string;
	limit?: number;
	now?: Date;
};

/**
 * Calls the actor may see (published and closed ones for everyone, drafts and archived ones for
 * their programme's team), soonest to close first, a page at a time.
 */
export async function listCalls(
	db: DbOrTx,
	actor: Actor,
	opts: CallListOptions = {}
): Promise<{ items: CallView[]; nextCursor: string | null }> {
	const now = opts.now ?? new Date();
	const limit = Math.min(
		Math.max(Math.trunc(opts.limit ?? DEFAULT_PAGE_SIZE) || 1, 1),
		MAX_PAGE_SIZE
	);
	let programmeIds: string[] | undefined;
	if (opts.programme !== undefined) {
		const programme = await findProgramme(db, opts.programme);
		if (!programme) throw new NotFound();
		programmeIds = [programme.id];
	}
	const readsDrafts = isUser(actor) && allowsScope(actor, CALLS_READ_SCOPE);
	const unpublishedOf: 'all' | string[] = !readsDrafts
		? []
		: isPlatformTeam(actor)
			? 'all'
			: actor.roles.filter((g) => g.role === 'team' && g.programmeId).map((g) => g.programmeId!);
	let after: { closesAt: Date | null; id: string } | null = null;
	if (opts.after) {
		const row = isUuid(opts.after) ? await findCall(db, opts.after) : null;
		if (!row || !mayReadCall(actor, row)) {
			throw new Invalid('calls.error.cursor', { after: ['calls.error.cursor'] });
		}
		after = { closesAt: row.closesAt, id: row.id };
	}
	const rows = await callPage(
		db,
		{ programmeIds, status: opts.status, now, unpublishedOf },
		after,
		limit + 1
	);
	const items = rows.slice(0, limit).map((r) => presentCall(r, now));
	return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}
