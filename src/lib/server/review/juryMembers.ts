/** The team reads a call's jury, changes a member's expertise and loads, and removes a member. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx } from '../db/client.ts';
import { juryMembers } from '../db/schema.ts';
import { Conflict, NotFound } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { assertKnownExpertise } from './juryInvite.ts';
import {
	auditedMember,
	findMember,
	juryMemberUpdateInput,
	loadCallForManagement,
	loadCallForReading,
	membersOfCall,
	presentMember,
	type JuryMemberUpdateInput,
	type JuryMemberView
} from './juryShared.ts';

/** The call's jury members (removed ones included, last), for its programme's team. */
export async function listJuryMembers(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<JuryMemberView[]> {
	const call = await loadCallForReading(db, actor, callId);
	return (await membersOfCall(db, call.id)).map(presentMember);
}

async function present(db: DbOrTx, callId: string, memberId: string): Promise<JuryMemberView> {
	const members = await membersOfCall(db, callId);
	return presentMember(members.find((m) => m.id === memberId)!);
}

/** The team changes a member's expertise tags and loads (a removed member is not changed). */
export async function updateJuryMember(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	callId: string,
	memberId: string,
	input: JuryMemberUpdateInput
): Promise<JuryMemberView> {
	const { call, actor: user } = await loadCallForManagement(svc.db, actor, callId);
	const member = await findMember(svc.db, call.id, memberId);
	if (!member) throw new NotFound();
	const parsed = parseInput(juryMemberUpdateInput, input);
	await assertKnownExpertise(svc.db, user, call.programmeId, parsed.expertise);
	if (member.removedAt) throw new Conflict('jury.member.error.removed');
	await svc.db.transaction(async (tx) => {
		const [row] = await tx
			.update(juryMembers)
			.set({ ...parsed, updatedAt: new Date() })
			.where(and(eq(juryMembers.id, member.id), isNull(juryMembers.removedAt)))
			.returning();
		if (!row) throw new Conflict('jury.member.error.removed');
		await audit(tx, user, {
			action: 'jury.update',
			entityType: 'jury_member',
			entityId: row.id,
			programmeId: call.programmeId,
			before: auditedMember(member),
			after: auditedMember(row)
		});
	});
	return present(svc.db, call.id, member.id);
}

/**
 * The team removes a member from the jury: kept for the record (`removed_at`), their invitation
 * link stops working. The account keeps its `jury` role (it may sit on other juries).
 */
export async function removeJuryMember(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	callId: string,
	memberId: string
): Promise<JuryMemberView> {
	const { call, actor: user } = await loadCallForManagement(svc.db, actor, callId);
	const member = await findMember(svc.db, call.id, memberId);
	if (!member) throw new NotFound();
	if (member.removedAt) return present(svc.db, call.id, member.id);
	await svc.db.transaction(async (tx) => {
		const [row] = await tx
			.update(juryMembers)
			.set({ removedAt: new Date(), tokenHash: null, updatedAt: new Date() })
			.where(and(eq(juryMembers.id, member.id), isNull(juryMembers.removedAt)))
			.returning();
		if (!row) return;
		await audit(tx, user, {
			action: 'jury.remove',
			entityType: 'jury_member',
			entityId: row.id,
			programmeId: call.programmeId,
			before: auditedMember(member),
			after: auditedMember(row)
		});
	});
	return present(svc.db, call.id, member.id);
}
