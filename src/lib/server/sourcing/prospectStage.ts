/**
 * How far a prospect has come, read from what happened to it: recorded by a partner, invited to
 * apply, then the progress of the application its invitation started. Pure: the use cases read
 * the facts and call `prospectStage`.
 *
 *   prospect → invited → started → submitted → eligible → shortlisted → retained
 */

/** The stages, in order: each one means the ones before it were reached. */
export const PROSPECT_STAGES = [
	'prospect',
	'invited',
	'started',
	'submitted',
	'eligible',
	'shortlisted',
	'retained'
] as const;
export type ProspectStage = (typeof PROSPECT_STAGES)[number];

export function isProspectStage(v: unknown): v is ProspectStage {
	return typeof v === 'string' && (PROSPECT_STAGES as readonly string[]).includes(v);
}

/**
 * The stage an application's status shows it reached. Statuses the status machine does not have
 * yet are listed too (the jury issue adds shortlisting and the final selection): extend this map
 * when a status appears. A status that is missing here counts as `submitted` once the application
 * was submitted, else as `started`.
 *
 * `ineligible` and `withdrawn` stop an application; the stage says how far it had come (a
 * withdrawn application's submission date tells whether it was submitted).
 */
export const STAGE_OF_STATUS: Readonly<Record<string, ProspectStage>> = {
	draft: 'started',
	submitted: 'submitted',
	ineligible: 'submitted',
	eligible: 'eligible',
	under_review: 'eligible',
	// Later statuses (jury issue): shortlisted or not, then retained or not.
	not_shortlisted: 'eligible',
	waitlisted: 'eligible',
	shortlisted: 'shortlisted',
	not_retained: 'shortlisted',
	// Merged into another project, after the shortlist: it got that far.
	merged: 'shortlisted',
	retained: 'retained'
};

export type StageFacts = {
	/** How many invitations to apply were sent to the prospect. */
	referrals: number;
	/** The application linked to the prospect, if one was started. */
	application: { status: string; submittedAt: Date | string | null } | null;
};

export const stageRank = (stage: ProspectStage): number => PROSPECT_STAGES.indexOf(stage);

/** The furthest stage the prospect reached. */
export function prospectStage(facts: StageFacts): ProspectStage {
	let stage: ProspectStage = facts.referrals > 0 ? 'invited' : 'prospect';
	const app = facts.application;
	if (app) {
		const known = Object.hasOwn(STAGE_OF_STATUS, app.status) ? STAGE_OF_STATUS[app.status] : null;
		const reached = known ?? (app.submittedAt ? 'submitted' : 'started');
		// A withdrawn or unknown status never hides a submission that took place.
		const floor: ProspectStage = app.submittedAt ? 'submitted' : 'started';
		stage = [stage, reached, floor].reduce((a, b) => (stageRank(b) > stageRank(a) ? b : a));
	}
	return stage;
}

/** Has the prospect reached `stage` (or gone further)? */
export function reached(current: ProspectStage, stage: ProspectStage): boolean {
	return stageRank(current) >= stageRank(stage);
}
