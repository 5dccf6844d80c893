/**
 * The final decisions: retained or not retained, with a reason, one project at a time, from the
 * status the team saw; then ONE action informing the holders of every decided project of the call,
 * each in their language (template `final_decision`), recorded in the audit log
 * (`application.decision.notified`) so that the holders' views show the decision from then on
 * (`applications/decisionNotice.ts`). A decision told to the holders is not reconsidered.
 */
import { z } from 'zod';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import type { Tx } from '../db/client.ts';
import { Conflict, NotFound } from '../errors.ts';
import { findApplication, isUuid } from '../applications/queries.ts';
import type { ApplicationView } from '../applications/presenters.ts';
import { notifiedOfCurrent } from '../applications/decisionNotice.ts';
import { notifyDecided, type DecisionNotice } from '../applications/notifyDecided.ts';
import {
	APPLICATION_STATUSES,
	FINAL_DECISION_STATUSES,
	isFinalDecisionStatus,
	REASON_MAX_LENGTH,
	type FinalDecisionStatus
} from '../applications/status.ts';
import { transitionApplication } from '../applications/transitionApplication.ts';
import { parseInput } from '../programmes/schemas.ts';
import { currentReason } from '../review/decisionQueries.ts';
import { notifyInput, type NotifyInput } from '../review/decisionSchemas.ts';
import { assertMayManageJury } from '../review/policy.ts';
import { finalistsOf, findFinalCall, type FinalistRow } from './queries.ts';

export const finalDecisionInput = z.object({
	decision: z.enum(FINAL_DECISION_STATUSES, { error: 'finalSelection.error.decision' }).meta({
		description: '`retained` ou `not_retained`.'
	}),
	reason: z
		.string({ error: 'applicationStatus.error.reasonRequired' })
		.max(REASON_MAX_LENGTH, { error: 'applicationStatus.error.reasonLength' })
		.meta({ description: 'Le motif de la décision (obligatoire), communiqué aux porteur·ses.' }),
	from: z.enum(APPLICATION_STATUSES, { error: 'applicationStatus.error.unknown' }).meta({
		description: 'Statut que le client a vu ; s’il a changé entre-temps, 409 et rien ne change.'
	})
});
export type FinalDecisionInput = z.input<typeof finalDecisionInput>;

/**
 * The team decides on a shortlisted project (or reconsiders a final decision not yet told):
 * retained or not retained, with a reason, from the status it saw (`Conflict` if it changed). The
 * holders are not told now (see `notifyFinalDecisions`).
 */
export async function takeFinalDecision(
	svc: Services,
	actor: Actor,
	applicationId: string,
	input: FinalDecisionInput
): Promise<ApplicationView> {
	const app = isUuid(applicationId) ? await findApplication(svc.db, applicationId) : null;
	if (!app) throw new NotFound();
	assertMayManageJury(actor, app.programmeId);
	const { decision, reason, from } = parseInput(finalDecisionInput, input);
	if (from !== app.status) throw new Conflict('applications.error.statusChanged');
	// A decision the holders were told of is not reconsidered: `transitionApplication` says so.
	return transitionApplication(svc, actor, app.id, { to: decision, reason, from });
}

export type FinalNotifyResult = {
	dryRun: boolean;
	/** Projects still shortlisted (the notification is refused while there is one). */
	undecided: number;
	notified: Record<FinalDecisionStatus, number>;
	alreadyNotified: number;
	emails: number;
};

function overview(rows: FinalistRow[], told: Set<string>) {
	const notified = { retained: 0, not_retained: 0 };
	let alreadyNotified = 0;
	let undecided = 0;
	const pending: FinalistRow[] = [];
	for (const r of rows) {
		if (!isFinalDecisionStatus(r.status)) undecided += 1;
		else if (told.has(r.id)) alreadyNotified += 1;
		else {
			notified[r.status] += 1;
			pending.push(r);
		}
	}
	return { notified, alreadyNotified, undecided, pending };
}

/**
 * Informs the holders of every decided project of the call not yet told: one e-mail per holder, in
 * their language, with the decision and its reason. Refused (`Conflict`) while a project is still
 * shortlisted, or when there is nothing new to tell. `dryRun` counts without sending. E-mails are
 * delivered after the commit. The programme's team only.
 */
export async function notifyFinalDecisions(
	svc: Services,
	actor: Actor,
	callId: string,
	input: NotifyInput
): Promise<FinalNotifyResult> {
	const call = await findFinalCall(svc.db, callId);
	if (!call) throw new NotFound();
	assertMayManageJury(actor, call.programmeId);
	const { dryRun = false } = parseInput(notifyInput, input ?? {});
	if (dryRun) {
		const rows = await finalistsOf(svc.db, call.id);
		const o = overview(
			rows,
			await notifiedOfCurrent(
				svc.db,
				rows.map((r) => r.id)
			)
		);
		return {
			dryRun,
			undecided: o.undecided,
			notified: o.notified,
			alreadyNotified: o.alreadyNotified,
			emails: 0
		};
	}
	const { result, mailIds } = await svc.db.transaction(async (tx) => {
		const locked = (await findFinalCall(tx, call.id, { lock: true }))!;
		const rows = await finalistsOf(tx, locked.id);
		const o = overview(
			rows,
			await notifiedOfCurrent(
				tx,
				rows.map((r) => r.id)
			)
		);
		if (o.undecided > 0) throw new Conflict('finalSelection.error.undecided');
		if (o.pending.length === 0) throw new Conflict('finalSelection.error.nothingToNotify');
		const mailIds = await notifyDecided(tx, svc, actor, locked, o.pending, (item) =>
			finalNotice(tx, item)
		);
		return {
			result: {
				dryRun,
				undecided: 0,
				notified: o.notified,
				alreadyNotified: o.alreadyNotified,
				emails: mailIds.length
			},
			mailIds
		};
	});
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
	return result;
}

/** What the holders of one project are told: the decision and its reason. */
async function finalNotice(tx: Tx, item: FinalistRow): Promise<DecisionNotice> {
	return {
		status: item.status as FinalDecisionStatus,
		reason: (await currentReason(tx, item.id)) ?? '',
		email: (params) => ({ template: 'final_decision', params }),
		audit: { stage: 'final' }
	};
}
