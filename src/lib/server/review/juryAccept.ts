/**
 * A person invited to a call's jury accepts through the link of the e-mail, logged in with any
 * account (the invitation names an address, but people often use another one: the link is the
 * proof). Accepting links the membership to the account and grants it the programme's `jury` role.
 * A link works for `JURY_INVITATION_DAYS` days from its sending (sending it again renews it).
 */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Services } from '../app.ts';
import { isUser, type Actor } from '../accounts/actor.ts';
import { hashSecret } from '../accounts/tokens.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx } from '../db/client.ts';
import { juryMembers, roleAssignments } from '../db/schema.ts';
import { Invalid, Unauthenticated } from '../errors.ts';
import { findProgramme } from '../programmes/queries.ts';
import { auditedMember, findJuryCall } from './juryShared.ts';
import { refreshConflictsIn } from './conflictRefresh.ts';

export type JuryInvitationPreview =
	| { state: 'valid'; callId: string; call: string; programme: string; invitedEmail: string }
	/** The account is already on that call's jury (through another invitation). */
	| { state: 'alreadyMember'; callId: string; call: string }
	/** Sent too long ago: the team may send it again. */
	| { state: 'expired'; call: string }
	/** Unknown, already used, replaced by a newer one, or the member was removed. */
	| { state: 'invalid' };

/** How long an invitation link works. */
export const JURY_INVITATION_DAYS = 30;

function isExpired(member: { invitedAt: Date }, now = new Date()): boolean {
	return now.getTime() - member.invitedAt.getTime() > JURY_INVITATION_DAYS * 86_400_000;
}

const plausible = (token: unknown): token is string =>
	typeof token === 'string' && token.length >= 10 && token.length <= 200;

async function pendingByToken(db: DbOrTx, token: string) {
	const [row] = await db
		.select()
		.from(juryMembers)
		.where(
			and(
				eq(juryMembers.tokenHash, hashSecret(token)),
				isNull(juryMembers.acceptedAt),
				isNull(juryMembers.removedAt)
			)
		);
	return row ?? null;
}

async function activeMembership(db: DbOrTx, callId: string, userId: string) {
	const [row] = await db
		.select({ id: juryMembers.id })
		.from(juryMembers)
		.where(
			and(
				eq(juryMembers.callId, callId),
				eq(juryMembers.userId, userId),
				isNotNull(juryMembers.acceptedAt),
				isNull(juryMembers.removedAt)
			)
		);
	return row ?? null;
}

/** What a jury invitation link leads to, without changing anything (mail scanners follow links). */
export async function previewJuryInvitation(
	db: DbOrTx,
	actor: Actor,
	token: string
): Promise<JuryInvitationPreview> {
	if (!isUser(actor)) throw new Unauthenticated();
	if (!plausible(token)) return { state: 'invalid' };
	const member = await pendingByToken(db, token);
	const call = member && (await findJuryCall(db, member.callId));
	if (!member || !call) return { state: 'invalid' };
	if (isExpired(member)) return { state: 'expired', call: call.title };
	if (await activeMembership(db, call.id, actor.userId)) {
		return { state: 'alreadyMember', callId: call.id, call: call.title };
	}
	return {
		state: 'valid',
		callId: call.id,
		call: call.title,
		programme: (await findProgramme(db, call.programmeId))?.name ?? '',
		invitedEmail: member.email
	};
}

/**
 * Accepts the invitation: the membership is the logged-in account's, the link stops working, and
 * the account holds the `jury` role on the programme. A used or unknown link is refused.
 */
export async function acceptJuryInvitation(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	token: string
): Promise<{ callId: string }> {
	if (!isUser(actor)) throw new Unauthenticated();
	const invalid = () =>
		new Invalid('jury.invitation.invalid', { token: ['jury.invitation.invalid'] });
	if (!plausible(token)) throw invalid();
	return svc.db.transaction(async (tx) => {
		const member = await pendingByToken(tx, token);
		const call = member && (await findJuryCall(tx, member.callId));
		if (!member || !call) throw invalid();
		if (isExpired(member)) {
			throw new Invalid('jury.invitation.expired', { token: ['jury.invitation.expired'] });
		}
		if (await activeMembership(tx, call.id, actor.userId)) {
			throw new Invalid('jury.invitation.alreadyMember', {
				token: ['jury.invitation.alreadyMember']
			});
		}
		const [row] = await tx
			.update(juryMembers)
			.set({ userId: actor.userId, acceptedAt: new Date(), tokenHash: null, updatedAt: new Date() })
			.where(and(eq(juryMembers.id, member.id), isNull(juryMembers.acceptedAt)))
			.returning();
		if (!row) throw invalid();
		await audit(tx, actor, {
			action: 'jury.accept',
			entityType: 'jury_member',
			entityId: row.id,
			programmeId: call.programmeId,
			before: auditedMember(member),
			after: auditedMember(row)
		});
		const [granted] = await tx
			.insert(roleAssignments)
			.values({ userId: actor.userId, role: 'jury', programmeId: call.programmeId })
			.onConflictDoNothing()
			.returning();
		if (granted) {
			await audit(tx, actor, {
				action: 'role.granted',
				entityType: 'role_assignment',
				entityId: granted.id,
				programmeId: call.programmeId,
				after: {
					userId: actor.userId,
					email: actor.email,
					role: 'jury',
					programmeId: call.programmeId,
					regionCode: null,
					via: 'jury.accept'
				}
			});
		}
		// The newcomer's automatic conflicts, before they see anything to bid on.
		await refreshConflictsIn(tx, actor, call);
		return { callId: call.id };
	});
}
