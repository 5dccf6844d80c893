/** Co-holders: the owner invites by e-mail; the invited person accepts through the link. */
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Services } from '../app.ts';
import { isUser, type Actor } from '../accounts/actor.ts';
import { hashSecret, newSecret } from '../accounts/tokens.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx } from '../db/client.ts';
import { applicationInvitations, applicationMembers } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, Unauthenticated } from '../errors.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { assertIsOwner, assertMayReadApplication } from './policy.ts';
import { findApplication, membersOf } from './queries.ts';
import { invitationInput, parseInput, type InvitationInput } from './schemas.ts';
import { loadApplication } from './shared.ts';
import { isFinal } from './status.ts';

export const INVITATION_DAYS = 14;

export type InvitationView = { id: string; email: string; expiresAt: string };

/** The owner invites someone, by e-mail, to work on the application with them. */
export async function inviteCoholder(
	svc: Services,
	actor: Actor,
	applicationId: string,
	input: InvitationInput
): Promise<InvitationView> {
	const { app, access } = await loadApplication(svc.db, actor, applicationId);
	assertIsOwner(actor, access);
	const { email } = parseInput(invitationInput, input);
	if (isFinal(app.status)) throw new Conflict('applications.error.final');
	const members = await membersOf(svc.db, app.id);
	if (members.some((m) => m.email.toLowerCase() === email)) {
		throw new Invalid('applications.error.alreadyMember', {
			email: ['applications.error.alreadyMember']
		});
	}
	const token = newSecret();
	const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
	const { view, mailId } = await svc.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(applicationInvitations)
			.values({
				applicationId: app.id,
				email,
				tokenHash: hashSecret(token),
				expiresAt,
				createdBy: actor.userId
			})
			.returning();
		await audit(tx, actor, {
			action: 'application.invite',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			after: { email, expiresAt: expiresAt.toISOString() }
		});
		const mailId = await queueEmail(tx, {
			to: email,
			locale: actor.locale,
			template: 'coholder_invitation',
			params: {
				name: '',
				inviter: actor.name || actor.email,
				title: app.title || app.reference,
				call: app.call.title,
				url: `${svc.publicUrl}/candidatures/invitation/${token}`
			}
		});
		return { view: { id: row.id, email, expiresAt: expiresAt.toISOString() }, mailId };
	});
	await svc.jobs.deliverEmails([mailId]);
	return view;
}

/**
 * The invited person, logged in with the invited address, becomes a co-holder. A link already
 * used, expired or unknown is refused in the same words (it says nothing of the application).
 */
export async function acceptInvitation(
	svc: Services,
	actor: Actor,
	token: string
): Promise<{ applicationId: string }> {
	if (!isUser(actor)) throw new Unauthenticated();
	const invalid = () =>
		new Invalid('applications.error.invitationInvalid', {
			token: ['applications.error.invitationInvalid']
		});
	if (typeof token !== 'string' || token.length < 10 || token.length > 200) throw invalid();
	return svc.db.transaction(async (tx) => {
		const [inv] = await tx
			.select()
			.from(applicationInvitations)
			.where(
				and(
					eq(applicationInvitations.tokenHash, hashSecret(token)),
					isNull(applicationInvitations.acceptedAt)
				)
			);
		if (!inv || inv.expiresAt.getTime() <= Date.now()) throw invalid();
		if (inv.email.toLowerCase() !== actor.email.toLowerCase()) {
			throw new Forbidden('applications.error.invitationOtherEmail');
		}
		const app = await findApplication(tx, inv.applicationId);
		if (!app || isFinal(app.status)) throw invalid();
		await tx
			.update(applicationInvitations)
			.set({ acceptedAt: new Date() })
			.where(eq(applicationInvitations.id, inv.id));
		await tx
			.insert(applicationMembers)
			.values({ applicationId: app.id, userId: actor.userId, role: 'coholder' })
			.onConflictDoNothing();
		await audit(tx, actor, {
			action: 'application.join',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			after: { userId: actor.userId, role: 'coholder' }
		});
		return { applicationId: app.id };
	});
}

/** The invitations of an application still waiting for an answer (not accepted, not expired). */
export async function listPendingInvitations(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<InvitationView[]> {
	const { app, access } = await loadApplication(db, actor, applicationId);
	assertMayReadApplication(actor, access);
	const rows = await db
		.select()
		.from(applicationInvitations)
		.where(
			and(
				eq(applicationInvitations.applicationId, app.id),
				isNull(applicationInvitations.acceptedAt),
				gt(applicationInvitations.expiresAt, new Date())
			)
		)
		.orderBy(asc(applicationInvitations.createdAt));
	return rows.map((r) => ({ id: r.id, email: r.email, expiresAt: r.expiresAt.toISOString() }));
}

export type InvitationPreview =
	| { state: 'valid'; applicationId: string; reference: string; title: string; call: string }
	/** Sent to another address than the logged-in person's (which one is not said). */
	| { state: 'otherEmail' }
	/** Unknown, expired, already used, or its application withdrawn. */
	| { state: 'invalid' };

/**
 * What an invitation link leads to, for the logged-in person who opens it, without changing
 * anything (mail scanners follow links): the same checks as `acceptInvitation`.
 */
export async function previewInvitation(
	db: DbOrTx,
	actor: Actor,
	token: string
): Promise<InvitationPreview> {
	if (!isUser(actor)) throw new Unauthenticated();
	if (typeof token !== 'string' || token.length < 10 || token.length > 200) {
		return { state: 'invalid' };
	}
	const [inv] = await db
		.select()
		.from(applicationInvitations)
		.where(
			and(
				eq(applicationInvitations.tokenHash, hashSecret(token)),
				isNull(applicationInvitations.acceptedAt)
			)
		);
	if (!inv || inv.expiresAt.getTime() <= Date.now()) return { state: 'invalid' };
	const app = await findApplication(db, inv.applicationId);
	if (!app || isFinal(app.status)) return { state: 'invalid' };
	if (inv.email.toLowerCase() !== actor.email.toLowerCase()) return { state: 'otherEmail' };
	return {
		state: 'valid',
		applicationId: app.id,
		reference: app.reference,
		title: app.title,
		call: app.call.title
	};
}
