import { and, asc, eq, notInArray } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { applications } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import { mayReadJury } from './policy.ts';
import {
	bidsOf,
	conflictsOf,
	juryCall,
	membersOf,
	OUT_OF_JURY_STATUSES,
	type ConflictView,
	type JuryCall,
	type JuryMemberRow
} from './conflictQueries.ts';
import type { BidLevel } from './conflictSchemas.ts';

export type MemberBidSummary = JuryMemberRow & {
	counts: Record<BidLevel, number>;
	conflicts: number;
};

export type ConflictOverview = {
	call: JuryCall;
	conflicts: ConflictView[];
	members: MemberBidSummary[];
	applications: { id: string; reference: string; title: string }[];
};

/**
 * The team's page of a call's conflicts: every conflict, the jury members with how many
 * applications each bid on at each level, and the applications a conflict may be set on. For the
 * programme team only (anyone else: `NotFound`).
 */
export async function conflictOverview(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<ConflictOverview> {
	const call = await juryCall(db, callId);
	if (!mayReadJury(actor, call.programmeId)) throw new NotFound();
	const [conflicts, members, bids, apps] = [
		await conflictsOf(db, call.id),
		await membersOf(db, call.id),
		await bidsOf(db, call.id),
		await db
			.select({ id: applications.id, reference: applications.reference, title: applications.title })
			.from(applications)
			.where(
				and(
					eq(applications.callId, call.id),
					notInArray(applications.status, [...OUT_OF_JURY_STATUSES])
				)
			)
			.orderBy(asc(applications.reference))
	];
	return {
		call,
		conflicts,
		members: members.map((m) => {
			const counts: Record<BidLevel, number> = { eager: 0, willing: 0, rather_not: 0 };
			for (const b of bids) if (b.juryMemberId === m.id) counts[b.level] += 1;
			const pairs = new Set(
				conflicts.filter((c) => c.juryMemberId === m.id).map((c) => c.applicationId)
			);
			return { ...m, counts, conflicts: pairs.size };
		}),
		applications: apps
	};
}
