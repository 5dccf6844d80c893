/**
 * The status machine of applications — one module, shared by every issue that moves an
 * application along (later ones add shortlisting and selection). Pure: no database; the use case
 * that changes a status calls `transition` first, records the reason, audits, and notifies.
 *
 *   holder: draft → submitted                      (submit)
 *   holder: draft | submitted → withdrawn          (withdraw; reason required)
 *   team:   submitted → eligible | ineligible       (screening; reason required)
 *   team:   ineligible ↔ eligible                   (reconsideration; reason required)
 *   team:   eligible → under_review                 (reason required)
 *   team:   under_review → shortlisted | waitlisted | not_shortlisted
 *                                                   (the shortlist decision; reason required)
 *   team:   waitlisted → shortlisted | not_shortlisted
 *                                                   (a place frees up, or the list closes)
 *   team:   shortlisted | not_shortlisted → the two other decisions
 *                                                   (reconsideration; reason required)
 *   team:   shortlisted → retained | not_retained   (the final selection; reason required)
 *   team:   retained ↔ not_retained                 (reconsideration, before the notice)
 *   team:   shortlisted → merged                    (its team joins another project, which
 *                                                   continues: `synergy/`; reason required)
 *
 * The holders are NOT told of a shortlist decision when it is taken: the team informs every
 * applicant of the call at once, with the reason and the reviewers' comments
 * (review/decisionNotify.ts). Reconsidering a decision (shortlisted ↔ not shortlisted, either →
 * waitlisted) is only allowed before that notification — a rule the decision use case enforces
 * (review/decisionTake.ts), since this module knows nothing of what was sent; the waiting list's
 * moves (waitlisted → shortlisted | not_shortlisted) stay open after it, a waiting list being
 * meant for that, and the next notification tells the holders of the new decision. The final
 * selection (retained, not retained) works the same way: decided one by one, told all at once.
 */
import { Forbidden, Invalid } from '../errors.ts';

export const APPLICATION_STATUSES = [
	'draft',
	'submitted',
	'eligible',
	'ineligible',
	'under_review',
	'shortlisted',
	'waitlisted',
	'not_shortlisted',
	'retained',
	'not_retained',
	'merged',
	'withdrawn'
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type StatusActor = 'holder' | 'team';

export function isApplicationStatus(v: unknown): v is ApplicationStatus {
	return typeof v === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(v);
}

export const STATUS_LABEL_KEYS = {
	draft: 'applicationStatus.draft',
	submitted: 'applicationStatus.submitted',
	eligible: 'applicationStatus.eligible',
	ineligible: 'applicationStatus.ineligible',
	under_review: 'applicationStatus.under_review',
	shortlisted: 'applicationStatus.shortlisted',
	waitlisted: 'applicationStatus.waitlisted',
	not_shortlisted: 'applicationStatus.not_shortlisted',
	retained: 'applicationStatus.retained',
	not_retained: 'applicationStatus.not_retained',
	merged: 'applicationStatus.merged',
	withdrawn: 'applicationStatus.withdrawn'
} as const satisfies Record<ApplicationStatus, string>;

export type TransitionRule = {
	from: ApplicationStatus;
	to: ApplicationStatus;
	by: StatusActor;
	/** Send the holders a message (the co-holders too: they did not necessarily act). */
	notifyHolder: boolean;
	reasonRequired: boolean;
};

/** Every allowed transition. Later issues add theirs here. */
export const TRANSITIONS: readonly TransitionRule[] = [
	{ from: 'draft', to: 'submitted', by: 'holder', notifyHolder: true, reasonRequired: false },
	{ from: 'draft', to: 'withdrawn', by: 'holder', notifyHolder: true, reasonRequired: true },
	{ from: 'submitted', to: 'withdrawn', by: 'holder', notifyHolder: true, reasonRequired: true },
	{ from: 'submitted', to: 'eligible', by: 'team', notifyHolder: true, reasonRequired: true },
	{ from: 'submitted', to: 'ineligible', by: 'team', notifyHolder: true, reasonRequired: true },
	{ from: 'ineligible', to: 'eligible', by: 'team', notifyHolder: true, reasonRequired: true },
	{ from: 'eligible', to: 'ineligible', by: 'team', notifyHolder: true, reasonRequired: true },
	// Internal step of the team's work: the holder is not told.
	{ from: 'eligible', to: 'under_review', by: 'team', notifyHolder: false, reasonRequired: true },
	// Shortlist decisions: the holders are told later, all together (see the header).
	...decisionMoves('under_review', ['shortlisted', 'waitlisted', 'not_shortlisted']),
	...decisionMoves('waitlisted', ['shortlisted', 'not_shortlisted']),
	...decisionMoves('shortlisted', ['waitlisted', 'not_shortlisted']),
	...decisionMoves('not_shortlisted', ['shortlisted', 'waitlisted']),
	// The final selection, told all together too.
	...decisionMoves('shortlisted', ['retained', 'not_retained']),
	...decisionMoves('retained', ['not_retained']),
	...decisionMoves('not_retained', ['retained']),
	// A merger (synergy/): the holders are told by the merger's own message.
	{ from: 'shortlisted', to: 'merged', by: 'team', notifyHolder: false, reasonRequired: true }
];

/** The shortlist decisions the team takes on an application under review. */
export const DECISION_STATUSES = ['shortlisted', 'waitlisted', 'not_shortlisted'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export function isDecisionStatus(v: unknown): v is DecisionStatus {
	return typeof v === 'string' && (DECISION_STATUSES as readonly string[]).includes(v);
}

/** The final selection's decisions on a shortlisted project. */
export const FINAL_DECISION_STATUSES = ['retained', 'not_retained'] as const;
export type FinalDecisionStatus = (typeof FINAL_DECISION_STATUSES)[number];

export function isFinalDecisionStatus(v: unknown): v is FinalDecisionStatus {
	return typeof v === 'string' && (FINAL_DECISION_STATUSES as readonly string[]).includes(v);
}

function decisionMoves(
	from: ApplicationStatus,
	to: (DecisionStatus | FinalDecisionStatus)[]
): TransitionRule[] {
	return to.map((t) => ({ from, to: t, by: 'team', notifyHolder: false, reasonRequired: true }));
}

/**
 * A move that changes a decision already taken at the same stage (shortlisted ↔ not shortlisted,
 * either → waiting list; retained ↔ not retained): allowed only until the holders are told. The
 * waiting list's own moves are not reconsiderations.
 */
export function isReconsideration(from: ApplicationStatus, to: ApplicationStatus): boolean {
	const shortlist: readonly ApplicationStatus[] = DECISION_STATUSES;
	const final: readonly ApplicationStatus[] = FINAL_DECISION_STATUSES;
	return (
		((from === 'shortlisted' || from === 'not_shortlisted') && shortlist.includes(to)) ||
		(final.includes(from) && final.includes(to))
	);
}

/** Statuses nothing leaves. */
export const FINAL_STATUSES: readonly ApplicationStatus[] = ['withdrawn', 'merged'];

/** Statuses of an application that has been submitted and is in the team's pipeline. */
export const SUBMITTED_STATUSES: readonly ApplicationStatus[] = [
	'submitted',
	'eligible',
	'ineligible',
	'under_review',
	'shortlisted',
	'waitlisted',
	'not_shortlisted',
	'retained',
	'not_retained',
	'merged'
];

export function isFinal(status: ApplicationStatus): boolean {
	return FINAL_STATUSES.includes(status);
}

/** Submitted and in the pipeline (not a draft, not withdrawn). */
export function isSubmitted(status: ApplicationStatus): boolean {
	return SUBMITTED_STATUSES.includes(status);
}

/** Where `by` may take an application from `from` (for the buttons of a page). */
export function allowedTransitions(from: ApplicationStatus, by: StatusActor): ApplicationStatus[] {
	return TRANSITIONS.filter((t) => t.from === from && t.by === by).map((t) => t.to);
}

/**
 * Checks that `by` may move an application from `from` to `to`, and says what the move entails.
 * Throws `Invalid` (field `to`) when the move does not exist or a status is unknown, `Forbidden`
 * when it exists for the other actor only.
 */
export function transition(
	from: ApplicationStatus,
	to: ApplicationStatus,
	by: StatusActor
): { notifyHolder: boolean; reasonRequired: boolean } {
	if (!isApplicationStatus(from) || !isApplicationStatus(to)) {
		throw new Invalid('applicationStatus.error.unknown', {
			to: ['applicationStatus.error.unknown']
		});
	}
	if (from === to) {
		throw new Invalid('applicationStatus.error.same', { to: ['applicationStatus.error.same'] });
	}
	const rules = TRANSITIONS.filter((t) => t.from === from && t.to === to);
	if (rules.length === 0) {
		throw new Invalid('applicationStatus.error.notAllowed', {
			to: ['applicationStatus.error.notAllowed']
		});
	}
	const rule = rules.find((t) => t.by === by);
	if (!rule) {
		throw new Forbidden(
			by === 'holder' ? 'applicationStatus.error.teamOnly' : 'applicationStatus.error.holderOnly'
		);
	}
	return { notifyHolder: rule.notifyHolder, reasonRequired: rule.reasonRequired };
}

export const REASON_MAX_LENGTH = 2000;

/**
 * The reason given for a transition, trimmed; null when none is needed and none was given.
 * Throws `Invalid` (field `reason`) when one is required and missing, or when it is too long.
 */
export function checkReason(reasonRequired: boolean, reason: unknown): string | null {
	const text = typeof reason === 'string' ? reason.trim() : '';
	if (text.length > REASON_MAX_LENGTH) {
		throw new Invalid('applicationStatus.error.reasonLength', {
			reason: ['applicationStatus.error.reasonLength']
		});
	}
	if (text === '') {
		if (!reasonRequired) return null;
		throw new Invalid('applicationStatus.error.reasonRequired', {
			reason: ['applicationStatus.error.reasonRequired']
		});
	}
	return text;
}
