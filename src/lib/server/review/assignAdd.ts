import { and, count, eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor, UserActor } from '../accounts/actor.ts';
import type { Tx } from '../db/client.ts';
import { audit } from '../audit/log.ts';
import { reviewAssignments } from '../db/schema.ts';
import { Invalid } from '../errors.ts';
import { parseInput } from '../applications/schemas.ts';
import { affinityModel } from './affinity/affinity.ts';
import { queueAssignmentEmail } from './assignNotify.ts';
import {
	assignCall,
	assignData,
	type AssignCall,
	type ExistingAssignment
} from './assignQueries.ts';
import { manualAssignmentInput, type ManualAssignmentInput } from './assignSchemas.ts';
import { assertMayManageJury } from './policy.ts';

const refuse = (field: 'juryMemberId' | 'applicationId', key: string) =>
	new Invalid(key, { [field]: [key] });

/**
 * Assigns a jury member to an application by hand (source `manual`, with the pair's affinity;
 * optionally locked). Refused, under the field at fault, when the member is not on the call's
 * jury, the application is not under review in the call, the pair is in conflict of interest,
 * the member already has this application or is at their maximum load. Audited; the member is
 * told by e-mail. Only the programme's team; anyone else: `NotFound`.
 */
export async function addAssignment(
	svc: Services,
	actor: Actor,
	callId: string,
	input: ManualAssignmentInput
): Promise<ExistingAssignment> {
	const call = await assignCall(svc.db, callId);
	assertMayManageJury(actor, call.programmeId);
	const data = parseInput(manualAssignmentInput, input);

	const { view, mailIds } = await svc.db.transaction(async (tx) => {
		const { view, mailId } = await insertManualAssignment(tx, svc, actor, call, {
			juryMemberId: data.juryMemberId,
			applicationId: data.applicationId,
			locked: data.locked ?? false
		});
		return { view, mailIds: [mailId] };
	});
	await svc.jobs.deliverEmails(mailIds);
	return view;
}

/**
 * Inside the caller's transaction: checks and inserts a manual assignment (the member on the
 * call's jury, the application under review in it, no conflict, not already assigned, within the
 * member's maximum), audits it and queues the member's e-mail.
 */
export async function insertManualAssignment(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	actor: UserActor,
	call: AssignCall,
	pair: { juryMemberId: string; applicationId: string; locked: boolean }
): Promise<{ view: ExistingAssignment; mailId: string }> {
	const gathered = await assignData(tx, call);
	const member = gathered.members.find((m) => m.id === pair.juryMemberId);
	if (!member) throw refuse('juryMemberId', 'assignments.error.member');
	const app = gathered.applications.find((a) => a.id === pair.applicationId);
	if (!app) throw refuse('applicationId', 'assignments.error.application');
	if (gathered.conflicts.some(([m, a]) => m === member.id && a === app.id)) {
		throw refuse('applicationId', 'assignments.error.conflicted');
	}
	if (gathered.existing.some((e) => e.juryMemberId === member.id && e.applicationId === app.id)) {
		throw refuse('applicationId', 'assignments.error.alreadyAssigned');
	}
	const load = gathered.existing.filter((e) => e.juryMemberId === member.id).length;
	if (load >= member.maxReviews) throw refuse('juryMemberId', 'assignments.error.maxLoad');

	const model = affinityModel(
		{
			applications: gathered.applications.map((a) => ({
				id: a.id,
				text: a.text,
				themes: a.themes.map((x) => x.value),
				typology: a.typology.map((x) => x.value)
			})),
			reviewers: gathered.members.map((m) => ({ id: m.id, expertise: m.expertise })),
			bids: gathered.bids
		},
		{ conflicts: gathered.conflicts }
	);
	const affinity = model.explain(
		model.applicationIds.indexOf(app.id),
		model.reviewerIds.indexOf(member.id)
	).affinity;
	const locked = pair.locked;
	const [row] = await tx
		.insert(reviewAssignments)
		.values({
			callId: call.id,
			juryMemberId: member.id,
			applicationId: app.id,
			locked,
			affinity,
			source: 'manual',
			createdBy: actor.userId
		})
		.returning({ id: reviewAssignments.id });
	await audit(tx, actor, {
		action: 'review_assignment.create',
		entityType: 'review_assignment',
		entityId: row.id,
		programmeId: call.programmeId,
		after: {
			callId: call.id,
			juryMemberId: member.id,
			applicationId: app.id,
			locked,
			affinity,
			source: 'manual'
		}
	});
	const [{ n }] = await tx
		.select({ n: count() })
		.from(reviewAssignments)
		.where(
			and(eq(reviewAssignments.callId, call.id), eq(reviewAssignments.juryMemberId, member.id))
		);
	const mailId = await queueAssignmentEmail(tx, svc, call, member, Number(n));
	const view: ExistingAssignment = {
		id: row.id,
		juryMemberId: member.id,
		applicationId: app.id,
		locked,
		affinity,
		source: 'manual',
		started: false
	};
	return { view, mailId };
}
