import type { DbOrTx } from '../db/client.ts';
import { allowsScope, isPlatformTeam, isUser, type Actor } from '../accounts/actor.ts';
import { Invalid, Unauthenticated } from '../errors.ts';
import { APPLICATIONS_READ_SCOPE } from './policy.ts';
import { presentSummary, type ApplicationSummary } from './presenters.ts';
import { applicationPage, findApplication, isUuid, memberRoleOf } from './queries.ts';
import type { ApplicationStatus } from './status.ts';
import { isTeam } from '../accounts/actor.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export type ApplicationListOptions = {
	call?: string;
	status?: ApplicationStatus;
	/** INSEE region code of the organisation. */
	region?: string;
	/** Organisation type. */
	type?: string;
	/** French full-text search over the title, the written answers and the organisation's name. */
	q?: string;
	/** A typology term value chosen in any `typology` question of the application's form. */
	typology?: string;
	/** A QVCT theme value chosen in any `qvct_themes` question of the application's form. */
	theme?: string;
	/** true: with at least one finding "to review"; false: none. */
	flagged?: boolean;
	/** Cursor: the id of the last application of the previous page. */
	after?: string;
	limit?: number;
};

/**
 * The applications the actor may see, newest first, a page at a time: for the programme team,
 * every application of its programmes' calls; for a holder, their own.
 */
export async function listApplications(
	db: DbOrTx,
	actor: Actor,
	opts: ApplicationListOptions = {}
): Promise<{ items: ApplicationSummary[]; nextCursor: string | null }> {
	if (!isUser(actor)) throw new Unauthenticated();
	if (!allowsScope(actor, APPLICATIONS_READ_SCOPE)) return { items: [], nextCursor: null };
	const limit = Math.min(
		Math.max(Math.trunc(opts.limit ?? DEFAULT_PAGE_SIZE) || 1, 1),
		MAX_PAGE_SIZE
	);
	const teamOf: 'all' | string[] = isPlatformTeam(actor)
		? 'all'
		: actor.roles.filter((g) => g.role === 'team' && g.programmeId).map((g) => g.programmeId!);
	let after: string | null = null;
	if (opts.after) {
		const row = isUuid(opts.after) ? await findApplication(db, opts.after) : null;
		const visible =
			row &&
			(isTeam(actor, row.programmeId) || (await memberRoleOf(db, row.id, actor.userId)) !== null);
		if (!row || !visible) {
			throw new Invalid('applications.error.cursor', { after: ['applications.error.cursor'] });
		}
		after = row.id;
	}
	const q = opts.q?.trim();
	const rows = await applicationPage(
		db,
		{
			teamOf,
			userId: actor.userId,
			callId: opts.call,
			status: opts.status,
			region: opts.region,
			type: opts.type,
			q: q ? q : undefined,
			typology: opts.typology,
			theme: opts.theme,
			flagged: opts.flagged
		},
		after,
		limit + 1
	);
	const items = rows.slice(0, limit).map(presentSummary);
	return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}
