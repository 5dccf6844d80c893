import type { Actor } from '../accounts/actor.ts';
import {
	DECISION_STATUSES,
	isDecisionStatus,
	type ApplicationStatus,
	type DecisionStatus
} from '../applications/status.ts';
import { isUuid } from '../programmes/queries.ts';
import { NotFound } from '../errors.ts';
import type { DbOrTx } from '../db/client.ts';
import { decisionRows, findDecisionCall, notifiedOfCurrent } from './decisionQueries.ts';
import { mayReadJury } from './policy.ts';

export const DECISION_PAGE_STATUSES: readonly ApplicationStatus[] = [
	'under_review',
	...DECISION_STATUSES
];

export type DecisionItem = {
	id: string;
	reference: string;
	title: string;
	status: ApplicationStatus;
	/** The holders were told the current decision. */
	notified: boolean;
};

export type DecisionCounts = Record<DecisionStatus, number> & {
	/** Still under review: the applicants cannot be told while one remains. */
	undecided: number;
};

export type DecisionOverview = {
	call: { id: string; programmeId: string; title: string; shortlistTarget: number };
	items: DecisionItem[];
	counts: DecisionCounts;
	/** Decided applications whose holders were not told their current decision yet. */
	toNotify: Record<DecisionStatus, number>;
	alreadyNotified: number;
};

/**
 * The call's applications under review or decided, with the counts the team needs to decide and
 * to inform the applicants. The programme's team only; anyone else: `NotFound`.
 */
export async function listDecisions(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<DecisionOverview> {
	const call = isUuid(callId) ? await findDecisionCall(db, callId) : null;
	if (!call || !mayReadJury(actor, call.programmeId)) throw new NotFound();
	return decisionOverview(db, call);
}

/** The overview of a call already checked (also used inside the notification's transaction). */
export async function decisionOverview(
	db: DbOrTx,
	call: DecisionOverview['call']
): Promise<DecisionOverview> {
	const rows = await decisionRows(db, call.id, DECISION_PAGE_STATUSES);
	const notified = await notifiedOfCurrent(
		db,
		rows.filter((r) => isDecisionStatus(r.status)).map((r) => r.id)
	);
	const zero = () => ({ shortlisted: 0, waitlisted: 0, not_shortlisted: 0 });
	const counts: DecisionCounts = { ...zero(), undecided: 0 };
	const toNotify = zero();
	let alreadyNotified = 0;
	const items = rows.map((r) => {
		const done = notified.has(r.id);
		if (isDecisionStatus(r.status)) {
			counts[r.status] += 1;
			if (done) alreadyNotified += 1;
			else toNotify[r.status] += 1;
		} else counts.undecided += 1;
		return { id: r.id, reference: r.reference, title: r.title, status: r.status, notified: done };
	});
	return { call, items, counts, toNotify, alreadyNotified };
}
