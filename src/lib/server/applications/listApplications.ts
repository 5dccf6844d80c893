import type { DbOrTx } from '../db/client.ts';
import {
	allowsScope,
	isPlatformTeam,
	isTeam,
	isUser,
	type Actor,
	type UserActor
} from '../accounts/actor.ts';
import { Invalid, NotFound, Unauthenticated } from '../errors.ts';
import { APPLICATIONS_READ_SCOPE, mayReadApplication } from './policy.ts';
import { presentSummary, type ApplicationSummary } from './presenters.ts';
import { undisclosedDecisions } from './decisionNotice.ts';
import { applicationPage, isUuid, type PartnerVisibility } from './queries.ts';
import type { ApplicationStatus } from './status.ts';
import { loadApplication } from './shared.ts';

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
	/**
	 * Only what the actor reads as a regional partner (the partner's pages): neither their own
	 * applications nor, for a team member, the whole programme.
	 */
	asPartner?: boolean;
	/** Only the applications attributed to one of these partners. */
	attributedTo?: string[];
	/** Only the applications of these programmes. */
	programmeIds?: string[];
	/** Cursor: the id of the last application of the previous page. */
	after?: string;
	limit?: number;
};

/** What the actor reads as a regional partner: its regions per programme, its partners. */
export function partnerVisibility(actor: UserActor): PartnerVisibility {
	const grants = actor.roles.filter((g) => g.role === 'regional_partner');
	return {
		regions: grants
			.filter((g) => g.regionCode !== null)
			.map((g) => ({ programmeId: g.programmeId, regionCode: g.regionCode as string })),
		partnerIds: [...new Set(grants.filter((g) => g.partnerId).map((g) => g.partnerId as string))]
	};
}

/**
 * The applications the actor may see, newest first, a page at a time: for the programme team,
 * every application of its programmes' calls; for a holder, their own; for a regional partner,
 * those past the draft stage of its regions and those attributed to it.
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
		let visible = false;
		if (isUuid(opts.after)) {
			try {
				const { access } = await loadApplication(db, actor, opts.after);
				visible = mayReadApplication(actor, access);
			} catch (e) {
				if (!(e instanceof NotFound)) throw e;
			}
		}
		if (!visible) {
			throw new Invalid('applications.error.cursor', { after: ['applications.error.cursor'] });
		}
		after = opts.after;
	}
	const q = opts.q?.trim();
	const rows = await applicationPage(
		db,
		{
			teamOf,
			userId: actor.userId,
			partner: partnerVisibility(actor),
			partnerOnly: opts.asPartner,
			attributedTo: opts.attributedTo,
			programmeIds: opts.programmeIds,
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
	// Outside its programme's team (a holder reading their own), a jury decision reads « under
	// review » until the team informs every applicant.
	const page = rows.slice(0, limit);
	const hidden = await undisclosedDecisions(
		db,
		page.filter((r) => !isTeam(actor, r.programmeId))
	);
	const items = page.map((r) =>
		presentSummary(hidden.has(r.id) ? { ...r, status: 'under_review' } : r)
	);
	return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}
