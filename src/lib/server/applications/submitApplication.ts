import { and, eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { applicationSnapshots, applicationTransitions, applications } from '../db/schema.ts';
import { Conflict, Invalid, type FieldErrors } from '../errors.ts';
import { translator } from '../../i18n/index.ts';
import { missingAnswers } from '../calls/form/completeness.ts';
import { findingText } from './eligibility.ts';
import { eligibilityOf } from './getApplication.ts';
import { queueReceipt } from './notify.ts';
import { assertMayEditAsHolder } from './policy.ts';
import {
	auditedApplication,
	presentAttachment,
	presentFindings,
	presentOrganisation,
	type AttachmentView,
	type FindingView
} from './presenters.ts';
import { findApplication, liveAttachments } from './queries.ts';
import { loadApplication } from './shared.ts';
import { transition } from './status.ts';

export type SubmissionReceipt = {
	applicationId: string;
	reference: string;
	title: string;
	callTitle: string;
	submittedAt: string;
	/** Points the team will look at (eligibility rules "to review" that failed). */
	flags: FindingView[];
	attachments: AttachmentView[];
};

/** Is the deadline of this application still ahead (its extension counts)? */
export function deadlineOpen(
	app: { extensionUntil: Date | null; call: { status: string; closesAt: Date | null } },
	now: Date
): boolean {
	if (app.extensionUntil && now.getTime() < app.extensionUntil.getTime()) return true;
	return (
		app.call.status === 'published' &&
		(!app.call.closesAt || now.getTime() < app.call.closesAt.getTime())
	);
}

/**
 * Submits a draft, by one of its holders, before the deadline (the server's clock; an extension
 * granted by the team pushes it back). Every required visible question must be answered and the
 * organisation described (`Invalid` lists what is missing); blocking eligibility rules refuse it
 * with their reasons in plain words; rules "to review" that fail are recorded as flags. Freezes
 * an immutable snapshot, records the transition, and e-mails a receipt to every holder.
 */
export async function submitApplication(
	svc: Services,
	actor: Actor,
	applicationId: string
): Promise<SubmissionReceipt> {
	const { app, access } = await loadApplication(svc.db, actor, applicationId);
	assertMayEditAsHolder(actor, access);
	transition(app.status, 'submitted', 'holder');
	const now = new Date();
	if (!deadlineOpen(app, now)) throw new Conflict('applications.error.deadlinePassed');

	const fields: FieldErrors = {};
	if (!app.organisation) fields.organisation = ['applications.error.organisationMissing'];
	for (const m of missingAnswers(app.form.definition, app.answers)) {
		fields[`answers.${m.questionKey}`] = ['applications.error.answerRequired'];
	}
	if (Object.keys(fields).length) throw new Invalid('applications.error.incomplete', fields);
	const eligibility = eligibilityOf(app);
	if (eligibility.blocking.length) {
		const t = translator(actor.locale);
		throw new Invalid('applications.error.ineligible', {
			eligibility: eligibility.blocking.map((f) => findingText(f, actor.locale, t))
		});
	}

	const { receipt, mailIds } = await svc.db.transaction(async (tx) => {
		const updated = await tx
			.update(applications)
			.set({ status: 'submitted', submittedAt: now, flags: eligibility.review, updatedAt: now })
			.where(
				and(
					eq(applications.id, app.id),
					eq(applications.status, 'draft'),
					eq(applications.revision, app.revision)
				)
			)
			.returning({ id: applications.id });
		if (updated.length === 0) throw new Conflict('applications.error.staleRevision');
		const files = (await liveAttachments(tx, app.id)).map(presentAttachment);
		await tx.insert(applicationSnapshots).values({
			applicationId: app.id,
			submittedAt: now,
			formVersionId: app.formVersionId,
			organisation: presentOrganisation(app.organisation!),
			answers: app.answers,
			attachments: files
		});
		await tx.insert(applicationTransitions).values({
			applicationId: app.id,
			fromStatus: app.status,
			toStatus: 'submitted',
			reason: null,
			actorId: actor.userId,
			at: now
		});
		const after = (await findApplication(tx, app.id))!;
		await audit(tx, actor, {
			action: 'application.submit',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			before: auditedApplication(app),
			after: { ...auditedApplication(after), flags: eligibility.review }
		});
		const mailIds = await queueReceipt(tx, svc, after, now);
		const receipt: SubmissionReceipt = {
			applicationId: app.id,
			reference: app.reference,
			title: app.title,
			callTitle: app.call.title,
			submittedAt: now.toISOString(),
			flags: presentFindings(eligibility.review, actor.locale),
			attachments: files
		};
		return { receipt, mailIds };
	});
	await svc.jobs.deliverEmails(mailIds);
	return receipt;
}
