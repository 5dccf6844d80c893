import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { isUser, type Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { calls, juryMembers, programmes } from '../db/schema.ts';
import { REVIEWS_READ_SCOPE } from './policy.ts';
import { allowsScope } from '../accounts/actor.ts';

export type MyJuryCallView = {
	callId: string;
	membershipId: string;
	title: string;
	programme: string;
	opensAt: string | null;
	closesAt: string | null;
	reviewDeadline: string | null;
	/** Members of the jury (invited or accepted, not removed). */
	members: number;
};

/** The calls whose jury the actor sits on (accepted, not removed), newest call first. */
export async function listMyJuryCalls(db: DbOrTx, actor: Actor): Promise<MyJuryCallView[]> {
	if (!isUser(actor) || !allowsScope(actor, REVIEWS_READ_SCOPE)) return [];
	const rows = await db
		.select({
			callId: calls.id,
			membershipId: juryMembers.id,
			title: calls.title,
			programme: programmes.name,
			opensAt: calls.opensAt,
			closesAt: calls.closesAt,
			reviewDeadline: calls.reviewDeadline,
			members: sql<number>`(select count(*)::int from jury_members m where m.call_id = ${calls.id} and m.removed_at is null)`
		})
		.from(juryMembers)
		.innerJoin(calls, eq(calls.id, juryMembers.callId))
		.innerJoin(programmes, eq(programmes.id, calls.programmeId))
		.where(
			and(
				eq(juryMembers.userId, actor.userId),
				isNotNull(juryMembers.acceptedAt),
				isNull(juryMembers.removedAt)
			)
		)
		.orderBy(sql`${calls.opensAt} desc nulls last`, asc(calls.title));
	const iso = (d: Date | null) => (d ? d.toISOString() : null);
	return rows.map((r) => ({
		...r,
		opensAt: iso(r.opensAt),
		closesAt: iso(r.closesAt),
		reviewDeadline: iso(r.reviewDeadline),
		members: Number(r.members)
	}));
}
