import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import {
	assignApplications,
	assignCall,
	assignMembers,
	existingAssignments,
	type AssignCall,
	type ExistingAssignment
} from './assignQueries.ts';
import { mayReadJury } from './policy.ts';

export type CurrentAssignmentPair = ExistingAssignment & { memberName: string };

export type CurrentAssignment = {
	call: AssignCall;
	/** The applications under review, by reference, each with its reviewers. */
	applications: {
		id: string;
		reference: string;
		title: string;
		demand: number;
		reviewers: CurrentAssignmentPair[];
	}[];
	/** The jury members (accepted, not removed), by e-mail, with their load. */
	reviewers: { id: string; name: string; email: string; min: number; max: number; load: number }[];
	/** Every assignment of the call, also of applications no longer under review. */
	assignments: ExistingAssignment[];
};

/**
 * The call's assignment as it stands: per application its reviewers (locked, started, affinity),
 * per jury member their load against their minimum and maximum. Only the programme's team;
 * anyone else: `NotFound`.
 */
export async function currentAssignment(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<CurrentAssignment> {
	const call = await assignCall(db, callId);
	if (!mayReadJury(actor, call.programmeId)) throw new NotFound();
	const apps = await assignApplications(db, call);
	const members = await assignMembers(db, call.id);
	const existing = await existingAssignments(db, call.id);
	const nameOf = new Map(members.map((m) => [m.id, m.name ?? m.email]));
	return {
		call,
		applications: apps.map((a) => ({
			id: a.id,
			reference: a.reference,
			title: a.title,
			demand: call.reviewsPerApplication,
			reviewers: existing
				.filter((e) => e.applicationId === a.id)
				.map((e) => ({ ...e, memberName: nameOf.get(e.juryMemberId) ?? '—' }))
				.sort((x, y) => x.memberName.localeCompare(y.memberName, 'fr'))
		})),
		reviewers: members.map((m) => ({
			id: m.id,
			name: m.name ?? m.email,
			email: m.email,
			min: m.minReviews,
			max: m.maxReviews,
			load: existing.filter((e) => e.juryMemberId === m.id).length
		})),
		assignments: existing
	};
}
