/**
 * The stages of the sourcing funnel, in order, and what each counts. Pure.
 *
 *   prospects   the partners' prospects for the call (its `call_id`, or a referral to it)
 *   invited     those of them who received at least one referral (invitation) to the call
 *   started     the call's applications, whatever their status (drafts and withdrawn included)
 *   submitted   those submitted once (`submitted_at` set), even if withdrawn since
 *   eligible…   those whose status is at that stage or a later one (`STATUS_STAGES`)
 *
 * `STATUS_STAGES` is the one table that maps the later stages to application statuses: each row
 * lists the statuses whose furthest stage is that one, so an application counts in its row's stage
 * and every stage before it. Later issues add their statuses there (a "not retained" status goes
 * in the `shortlisted` row: it got that far). A stage none of whose statuses exists yet in
 * `applications/status.ts` is not shown.
 */
import { APPLICATION_STATUSES } from '../applications/status.ts';

export const STATUS_STAGES = [
	{ stage: 'eligible', statuses: ['eligible', 'under_review'] },
	{
		stage: 'shortlisted',
		statuses: ['shortlisted', 'waitlisted', 'not_shortlisted', 'not_retained', 'merged']
	},
	{ stage: 'retained', statuses: ['retained'] }
] as const;

export type StatusStage = (typeof STATUS_STAGES)[number]['stage'];

export type FunnelStage = 'prospects' | 'invited' | 'started' | 'submitted' | StatusStage;

/** Every stage, shown or not yet, in order. */
export const FUNNEL_STAGES: readonly FunnelStage[] = [
	'prospects',
	'invited',
	'started',
	'submitted',
	...STATUS_STAGES.map((s) => s.stage)
];

/** The stages counted from the partners' prospects; the others count applications. */
export const PROSPECT_FUNNEL_STAGES = [
	'prospects',
	'invited'
] as const satisfies readonly FunnelStage[];

/**
 * The statuses counted in a status stage: those of its row and of every later row, among the
 * statuses that exist (`known`).
 */
export function statusesReaching(
	stage: StatusStage,
	known: readonly string[] = APPLICATION_STATUSES
): string[] {
	const from = STATUS_STAGES.findIndex((s) => s.stage === stage);
	return STATUS_STAGES.slice(from)
		.flatMap((s) => [...s.statuses] as string[])
		.filter((s) => known.includes(s));
}

/** The stages shown: the fixed ones, and each status stage one of whose statuses exists. */
export function shownStages(known: readonly string[] = APPLICATION_STATUSES): FunnelStage[] {
	return [
		'prospects',
		'invited',
		'started',
		'submitted',
		...STATUS_STAGES.filter((s) => s.statuses.some((st) => known.includes(st))).map((s) => s.stage)
	];
}

/** The stages shown with the statuses of this version of the application. */
export const SHOWN_STAGES: readonly FunnelStage[] = shownStages();

/** The status stages shown, with the statuses each counts. */
export const SHOWN_STATUS_STAGES: readonly { stage: StatusStage; statuses: string[] }[] =
	STATUS_STAGES.filter((s) => SHOWN_STAGES.includes(s.stage)).map((s) => ({
		stage: s.stage,
		statuses: statusesReaching(s.stage)
	}));

// ---------------------------------------------------------------------------------------------
// Rates

/** `part / whole`, null when the whole is zero (no rate over nothing). */
export function rate(part: number | null, whole: number | null): number | null {
	if (part === null || whole === null || whole === 0) return null;
	return part / whole;
}

export type StageCounts = Partial<Record<FunnelStage, number | null>>;

/**
 * The conversion rate into each stage from the stage before it (none for the first stage). A
 * count that does not apply (null: prospects by typology) gives no rate. `started / invited` may
 * exceed 100 %: applications also come without an invitation.
 */
export function conversionRates(
	counts: StageCounts,
	stages: readonly FunnelStage[] = SHOWN_STAGES
): StageCounts {
	const out: StageCounts = {};
	for (let i = 1; i < stages.length; i++) {
		out[stages[i]] = rate(counts[stages[i]] ?? null, counts[stages[i - 1]] ?? null);
	}
	return out;
}

/** From `started` to the furthest stage shown: the share of the applications that got there. */
export function overallRate(
	counts: StageCounts,
	stages: readonly FunnelStage[] = SHOWN_STAGES
): number | null {
	return rate(counts[stages[stages.length - 1]] ?? null, counts.started ?? null);
}
