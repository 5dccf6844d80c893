/**
 * Telling the holders of one application the team's decision on it: one e-mail per holder (owner
 * and co-holders), in their language, then the audit entry `application.decision.notified` that
 * makes the decision visible to them (`decisionNotice.ts`). Shared by the shortlist
 * (`review/decisionNotify.ts`) and the final selection (`finalSelection/decisions.ts`), which differ
 * by their template, what their e-mail adds, and what the audit entry records besides.
 */
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { Tx } from '../db/client.ts';
import { translator, type Translate } from '../../i18n/index.ts';
import { queueEmail } from '../notifications/outbox.ts';
import type { EmailTemplate } from '../notifications/templates.ts';
import { NOTIFIED_ACTION } from './decisionNotice.ts';
import { applicationUrl } from './notify.ts';
import { membersOf } from './queries.ts';
import { STATUS_LABEL_KEYS, type ApplicationStatus } from './status.ts';

/** What every decision e-mail says, in the holder's language (all the final decision says). */
export type DecisionEmailParams = Extract<EmailTemplate, { template: 'final_decision' }>['params'];

export type DecisionNotice = {
	/** The decision told (the application's current status). */
	status: ApplicationStatus;
	/** Its reason ('' when none: the e-mail then says so). */
	reason: string;
	/** The e-mail of one holder, from the common parameters and the holder's translator. */
	email: (params: DecisionEmailParams, t: Translate) => EmailTemplate;
	/** What the audit entry records besides the status, the reason and the number of recipients. */
	audit: Record<string, unknown>;
};

type DecidedItem = { id: string; reference: string; title: string };

/**
 * Tells the holders of each application its decision, one application after the other, in the
 * caller's transaction: `noticeOf` says what to tell about one. Returns the outbox ids, to deliver
 * after the commit.
 */
export async function notifyDecided<I extends DecidedItem>(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	actor: Actor,
	call: { programmeId: string; title: string },
	items: readonly I[],
	noticeOf: (item: I) => Promise<DecisionNotice>
): Promise<string[]> {
	const ids: string[] = [];
	for (const item of items) {
		ids.push(...(await notifyHolders(tx, svc, actor, call, item, await noticeOf(item))));
	}
	return ids;
}

/** One application: one e-mail per holder, then the audit entry. */
async function notifyHolders(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	actor: Actor,
	call: { programmeId: string; title: string },
	item: DecidedItem,
	notice: DecisionNotice
): Promise<string[]> {
	const { status, reason } = notice;
	const members = await membersOf(tx, item.id);
	const ids: string[] = [];
	for (const m of members) {
		const t = translator(m.locale);
		const params: DecisionEmailParams = {
			name: m.name,
			reference: item.reference,
			title: item.title || item.reference,
			call: call.title,
			decision: t(STATUS_LABEL_KEYS[status]),
			reason: reason || t('applications.noReason'),
			url: applicationUrl(svc, item.id)
		};
		ids.push(await queueEmail(tx, { to: m.email, locale: m.locale, ...notice.email(params, t) }));
	}
	await audit(tx, actor, {
		action: NOTIFIED_ACTION,
		entityType: 'application',
		entityId: item.id,
		programmeId: call.programmeId,
		after: { status, reason, recipients: members.length, ...notice.audit }
	});
	return ids;
}
