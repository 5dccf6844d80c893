/** The one way an application's status changes after submission: checked, recorded, audited. */
import { and, eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { UserActor } from '../accounts/actor.ts';
import type { Tx } from '../db/client.ts';
import { audit } from '../audit/log.ts';
import { applicationTransitions, applications } from '../db/schema.ts';
import { Conflict } from '../errors.ts';
import { queueStatusChanged } from './notify.ts';
import { auditedApplication, presentApplication, type ApplicationView } from './presenters.ts';
import { findApplication, type ApplicationContext } from './queries.ts';
import { checkReason, transition, type ApplicationStatus, type StatusActor } from './status.ts';

/**
 * Moves `app` to `to` as `by`: `transition()` says whether that is allowed and whether a reason
 * is required; the change, its transition row, the audit entry and the holders' e-mails are written
 * in one transaction (nothing changes if someone moved it in between), the e-mails sent after.
 */
export async function changeStatus(
	svc: Services,
	actor: UserActor,
	app: ApplicationContext,
	to: ApplicationStatus,
	by: StatusActor,
	rawReason: unknown
): Promise<ApplicationView> {
	const { view, mailIds } = await svc.db.transaction((tx) =>
		changeStatusIn(tx, svc, actor, app, to, by, rawReason)
	);
	if (mailIds.length) await svc.jobs.deliverEmails(mailIds);
	return view;
}

/**
 * `changeStatus` inside the caller's transaction (a change that goes with others, e.g. a
 * merger): the e-mails are queued, their ids returned for the caller to deliver after commit.
 */
export async function changeStatusIn(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	actor: UserActor,
	app: ApplicationContext,
	to: ApplicationStatus,
	by: StatusActor,
	rawReason: unknown,
	extra: { mergedIntoId?: string } = {}
): Promise<{ view: ApplicationView; mailIds: string[] }> {
	const rule = transition(app.status, to, by);
	const reason = checkReason(rule.reasonRequired, rawReason);
	const now = new Date();
	const updated = await tx
		.update(applications)
		.set({
			status: to,
			updatedAt: now,
			...(to === 'withdrawn' ? { withdrawnAt: now } : {}),
			...(extra.mergedIntoId ? { mergedIntoId: extra.mergedIntoId } : {})
		})
		.where(and(eq(applications.id, app.id), eq(applications.status, app.status)))
		.returning({ id: applications.id });
	if (updated.length === 0) throw new Conflict('applications.error.statusChanged');
	await tx.insert(applicationTransitions).values({
		applicationId: app.id,
		fromStatus: app.status,
		toStatus: to,
		reason,
		actorId: actor.userId,
		at: now
	});
	const after = (await findApplication(tx, app.id))!;
	await audit(tx, actor, {
		action: `application.status.${to}`,
		entityType: 'application',
		entityId: app.id,
		programmeId: app.programmeId,
		before: { status: app.status },
		after: { ...auditedApplication(after), reason, ...extra }
	});
	const mailIds = rule.notifyHolder ? await queueStatusChanged(tx, svc, after, to, reason) : [];
	return { view: presentApplication(after, actor.locale), mailIds };
}
