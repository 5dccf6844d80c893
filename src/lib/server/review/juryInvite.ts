/** The team invites people to a call's jury by e-mail, and sends an invitation again. */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor, UserActor } from '../accounts/actor.ts';
import { hashSecret, newSecret } from '../accounts/tokens.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx, Tx } from '../db/client.ts';
import { juryMembers } from '../db/schema.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { listTerms } from '../calls/listTerms.ts';
import { findProgramme } from '../programmes/queries.ts';
import { parseInput } from '../programmes/schemas.ts';
import {
	auditedMember,
	findMember,
	juryInviteInput,
	loadCallForManagement,
	membersOfCall,
	presentMember,
	type JuryCall,
	type JuryInviteInput,
	type JuryMemberView
} from './juryShared.ts';

/** Refuses expertise tags naming a theme or typology term the programme does not have. */
export async function assertKnownExpertise(
	db: DbOrTx,
	actor: Actor,
	programmeId: string,
	tags: string[]
): Promise<void> {
	const terms = await listTerms(db, actor, programmeId);
	const known = new Set([
		...terms.qvct_theme.map((x) => `theme:${x.value}`),
		...terms.typology.map((x) => `typology:${x.value}`)
	]);
	const unknown = tags.filter((tag) => !tag.startsWith('skill:') && !known.has(tag));
	if (unknown.length) {
		throw new Invalid('jury.member.error.unknownTerm', {
			expertise: ['jury.member.error.unknownTerm']
		});
	}
}

/** Queues the invitation e-mail with its personal link (inside the caller's transaction). */
async function queueInvitation(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	actor: UserActor,
	call: JuryCall,
	programme: string,
	email: string,
	token: string
): Promise<string> {
	return queueEmail(tx, {
		to: email,
		locale: actor.locale,
		template: 'jury_invitation',
		params: {
			name: '',
			inviter: actor.name || actor.email,
			call: call.title,
			programme,
			url: `${svc.publicUrl}/jury/invitation/${token}`
		}
	});
}

/**
 * Invites one or several addresses to the call's jury with the same expertise and loads. An
 * address already on the jury (invited or accepted) is refused, and nothing is sent; a member
 * removed earlier is invited again. Each person gets a personal link (only its hash is kept).
 */
export async function inviteJuryMembers(
	svc: Services,
	actor: Actor,
	callId: string,
	input: JuryInviteInput
): Promise<JuryMemberView[]> {
	const { call, actor: user } = await loadCallForManagement(svc.db, actor, callId);
	const parsed = parseInput(juryInviteInput, input);
	await assertKnownExpertise(svc.db, user, call.programmeId, parsed.expertise);
	const programme = (await findProgramme(svc.db, call.programmeId))?.name ?? '';
	const { ids, mailIds } = await svc.db.transaction(async (tx) => {
		const existing = await tx
			.select()
			.from(juryMembers)
			.where(
				and(
					eq(juryMembers.callId, call.id),
					inArray(sql`lower(${juryMembers.email})`, parsed.emails)
				)
			);
		if (existing.some((m) => !m.removedAt)) {
			throw new Invalid('jury.member.error.alreadyMember', {
				emails: ['jury.member.error.alreadyMember']
			});
		}
		const ids: string[] = [];
		const mailIds: string[] = [];
		for (const email of parsed.emails) {
			const token = newSecret();
			const values = {
				tokenHash: hashSecret(token),
				invitedAt: new Date(),
				acceptedAt: null,
				userId: null,
				removedAt: null,
				expertise: parsed.expertise,
				minReviews: parsed.minReviews,
				maxReviews: parsed.maxReviews,
				updatedAt: new Date()
			};
			const former = existing.find((m) => m.email.toLowerCase() === email);
			const [row] = former
				? await tx.update(juryMembers).set(values).where(eq(juryMembers.id, former.id)).returning()
				: await tx
						.insert(juryMembers)
						.values({ ...values, callId: call.id, email })
						.returning();
			await audit(tx, user, {
				action: 'jury.invite',
				entityType: 'jury_member',
				entityId: row.id,
				programmeId: call.programmeId,
				before: former ? auditedMember(former) : null,
				after: auditedMember(row)
			});
			mailIds.push(await queueInvitation(tx, svc, user, call, programme, email, token));
			ids.push(row.id);
		}
		return { ids, mailIds };
	});
	await svc.jobs.deliverEmails(mailIds);
	const members = await membersOfCall(svc.db, call.id);
	return ids.map((id) => presentMember(members.find((m) => m.id === id)!));
}

/**
 * Sends a pending invitation again, with a new link (the previous one stops working). Refused for
 * a member who has accepted or was removed.
 */
export async function resendJuryInvitation(
	svc: Services,
	actor: Actor,
	callId: string,
	memberId: string
): Promise<JuryMemberView> {
	const { call, actor: user } = await loadCallForManagement(svc.db, actor, callId);
	const member = await findMember(svc.db, call.id, memberId);
	if (!member) throw new NotFound();
	if (member.acceptedAt || member.removedAt) throw new Conflict('jury.member.error.notPending');
	const programme = (await findProgramme(svc.db, call.programmeId))?.name ?? '';
	const mailId = await svc.db.transaction(async (tx) => {
		const token = newSecret();
		const [row] = await tx
			.update(juryMembers)
			.set({ tokenHash: hashSecret(token), invitedAt: new Date(), updatedAt: new Date() })
			.where(
				and(
					eq(juryMembers.id, member.id),
					isNull(juryMembers.acceptedAt),
					isNull(juryMembers.removedAt)
				)
			)
			.returning();
		if (!row) throw new Conflict('jury.member.error.notPending');
		await audit(tx, user, {
			action: 'jury.resend',
			entityType: 'jury_member',
			entityId: row.id,
			programmeId: call.programmeId,
			after: auditedMember(row)
		});
		return queueInvitation(tx, svc, user, call, programme, row.email, token);
	});
	await svc.jobs.deliverEmails([mailId]);
	const members = await membersOfCall(svc.db, call.id);
	return presentMember(members.find((m) => m.id === member.id)!);
}
