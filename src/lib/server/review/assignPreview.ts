import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { planAssignment, type AssignmentPlan } from './assignPlan.ts';
import { assignCall, assignData, type AssignCall } from './assignQueries.ts';
import { mayReadJury } from './policy.ts';

export type AssignmentPreview = AssignmentPlan & { call: AssignCall };

/**
 * What applying the assignment now would give, written nowhere: each reviewer's load against
 * their minimum and maximum, each application's reviewers with every pair's affinity and its
 * reasons, the worst-served and unfilled applications, the objective and the changes. Started
 * and locked assignments stay; the others may move. Only the programme's team; anyone else:
 * `NotFound`.
 */
export async function previewAssignment(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<AssignmentPreview> {
	const call = await assignCall(db, callId);
	if (!mayReadJury(actor, call.programmeId)) throw new NotFound();
	return { call, ...planAssignment(await assignData(db, call)) };
}
