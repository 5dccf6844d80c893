import { and, eq, inArray, count } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { reviewAssignments } from '../db/schema.ts';
import { Conflict } from '../errors.ts';
import { parseInput } from '../applications/schemas.ts';
import { queueAssignmentEmail } from './assignNotify.ts';
import { planAssignment } from './assignPlan.ts';
import { assignCall, assignData } from './assignQueries.ts';
import { applyAssignmentInput, type ApplyAssignmentInput } from './assignSchemas.ts';
import { assertMayManageJury } from './policy.ts';

export type AppliedAssignment = {
	fingerprint: string;
	objective: number;
	filled: number;
	demand: number;
	added: number;
	removed: number;
	unfilled: { id: string; reference: string; title: string; missing: number }[];
	/** Jury members e-mailed because their assignments changed. */
	notified: number;
};

/**
 * Computes the assignment again and writes it, in one transaction: started and locked
 * assignments stay, unstarted unlocked ones the solution drops are deleted, the new pairs are
 * inserted (source `solver`, with their affinity). Audited. Each jury member whose assignments
 * changed gets an e-mail with the link to their reviews, sent after the commit. With
 * `expectedFingerprint` (the preview's), nothing is written when the result would differ from
 * the preview (`Conflict`). Only the programme's team; anyone else: `NotFound`.
 */
export async function applyAssignment(
	svc: Services,
	actor: Actor,
	callId: string,
	input: ApplyAssignmentInput = {}
): Promise<AppliedAssignment> {
	const call = await assignCall(svc.db, callId);
	assertMayManageJury(actor, call.programmeId);
	const data = parseInput(applyAssignmentInput, input ?? {});

	const { applied, mailIds } = await svc.db.transaction(async (tx) => {
		const gathered = await assignData(tx, call);
		const plan = planAssignment(gathered);
		if (data.expectedFingerprint && data.expectedFingerprint !== plan.fingerprint) {
			throw new Conflict('assignments.error.changed');
		}
		const { add, remove } = plan.changes;
		if (remove.length) {
			await tx
				.delete(reviewAssignments)
				.where(and(eq(reviewAssignments.callId, call.id), inArray(reviewAssignments.id, remove)));
		}
		if (add.length) {
			await tx.insert(reviewAssignments).values(
				add.map((x) => ({
					callId: call.id,
					juryMemberId: x.juryMemberId,
					applicationId: x.applicationId,
					affinity: x.affinity,
					source: 'solver',
					createdBy: actor.userId
				}))
			);
		}
		await audit(tx, actor, {
			action: 'review_assignments.apply',
			entityType: 'call',
			entityId: call.id,
			programmeId: call.programmeId,
			after: {
				fingerprint: plan.fingerprint,
				objective: plan.objective,
				filled: plan.filled,
				demand: plan.demand,
				added: add.map((x) => [x.juryMemberId, x.applicationId]),
				removed: remove
			}
		});

		const removedMembers = gathered.existing
			.filter((e) => remove.includes(e.id))
			.map((e) => e.juryMemberId);
		const changed = new Set([...add.map((x) => x.juryMemberId), ...removedMembers]);
		const mailIds: string[] = [];
		for (const member of gathered.members) {
			if (!changed.has(member.id)) continue;
			const [{ n }] = await tx
				.select({ n: count() })
				.from(reviewAssignments)
				.where(
					and(eq(reviewAssignments.callId, call.id), eq(reviewAssignments.juryMemberId, member.id))
				);
			mailIds.push(await queueAssignmentEmail(tx, svc, call, member, Number(n)));
		}
		return {
			mailIds,
			applied: {
				fingerprint: plan.fingerprint,
				objective: plan.objective,
				filled: plan.filled,
				demand: plan.demand,
				added: add.length,
				removed: remove.length,
				unfilled: plan.unfilled,
				notified: mailIds.length
			}
		};
	});
	await svc.jobs.deliverEmails(mailIds);
	return applied;
}
