import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import type { Tx } from '../db/client.ts';
import { Conflict, NotFound } from '../errors.ts';
import { notifyDecided, type DecisionNotice } from '../applications/notifyDecided.ts';
import { isDecisionStatus, type DecisionStatus } from '../applications/status.ts';
import { parseInput } from '../programmes/schemas.ts';
import { isUuid } from '../programmes/queries.ts';
import { decisionOverview, type DecisionItem } from './decisionList.ts';
import { commentsToApplicant, currentReason, findDecisionCall } from './decisionQueries.ts';
import { notifyInput, type NotifyInput } from './decisionSchemas.ts';
import { assertMayManageJury } from './policy.ts';

export type NotifyResult = {
	dryRun: boolean;
	/** Applications still under review (the notification is refused while there is one). */
	undecided: number;
	/** Applications told (or, dry run, to be told) their decision, by decision. */
	notified: Record<DecisionStatus, number>;
	/** Decided applications already told their current decision: not told again. */
	alreadyNotified: number;
	/** E-mails queued (0 in a dry run). */
	emails: number;
};

/**
 * Informs every applicant of the call of the team's decision on their application, at once: one
 * e-mail per holder (owner and co-holders), in their language, with the decision, its reason and
 * the reviewers' comments to the applicant (submitted reviews, unsigned) — never the private
 * comments nor the reviewers' names. Refused (`Conflict`) while an application is still under
 * review, or when every decision was already notified; an application is told each decision once
 * (audit entry `application.decision.notified`). `dryRun` counts without sending. E-mails are
 * delivered after the commit. The programme's team only.
 */
export async function notifyDecisions(
	svc: Services,
	actor: Actor,
	callId: string,
	input: NotifyInput
): Promise<NotifyResult> {
	const call = isUuid(callId) ? await findDecisionCall(svc.db, callId) : null;
	if (!call) throw new NotFound();
	assertMayManageJury(actor, call.programmeId);
	const { dryRun = false } = parseInput(notifyInput, input ?? {});
	if (dryRun) {
		const o = await decisionOverview(svc.db, call);
		return {
			dryRun,
			undecided: o.counts.undecided,
			notified: o.toNotify,
			alreadyNotified: o.alreadyNotified,
			emails: 0
		};
	}
	const { result, mailIds } = await svc.db.transaction(async (tx) => {
		// One notification at a time per call: a second one waits and then finds nothing new.
		const locked = (await findDecisionCall(tx, call.id, { lock: true }))!;
		const o = await decisionOverview(tx, locked);
		if (o.counts.undecided > 0) throw new Conflict('decisions.error.undecided');
		const pending = o.items.filter((i) => !i.notified && isDecisionStatus(i.status));
		if (pending.length === 0) throw new Conflict('decisions.error.nothingToNotify');
		const mailIds = await notifyDecided(tx, svc, actor, locked, pending, (item) =>
			shortlistNotice(tx, item)
		);
		return {
			result: {
				dryRun,
				undecided: 0,
				notified: o.toNotify,
				alreadyNotified: o.alreadyNotified,
				emails: mailIds.length
			},
			mailIds
		};
	});
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
	return result;
}

/** What the holders of one application are told: the decision, its reason, the comments. */
async function shortlistNotice(tx: Tx, item: DecisionItem): Promise<DecisionNotice> {
	const reason = (await currentReason(tx, item.id)) ?? '';
	const comments = await commentsToApplicant(tx, item.id);
	return {
		status: item.status as DecisionStatus,
		reason,
		email: (params, t) => ({
			template: 'shortlist_decision',
			params: {
				...params,
				comments: comments.length
					? [
							t('decisions.email.commentsIntro'),
							...comments.map((c) => t('decisions.email.comment', { comment: c }))
						].join('\n\n')
					: t('decisions.email.noComments')
			}
		}),
		audit: { comments: comments.length }
	};
}
