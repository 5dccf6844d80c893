import { sql } from 'drizzle-orm';
import type { Services } from '../app.ts';
import { isUser, type Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { reviewBids } from '../db/schema.ts';
import { Invalid, NotFound, type FieldErrors } from '../errors.ts';
import { parseInput } from '../applications/schemas.ts';
import { assertJuryMember } from './policy.ts';
import {
	applicationsOfCall,
	BIDDABLE_STATUSES,
	bidsOf,
	conflictedApplicationIds,
	juryCall,
	upsertManualConflict,
	type BidView
} from './conflictQueries.ts';
import { bidsInput, type BidInput } from './conflictSchemas.ts';

export type SaveBidsResult = { bids: BidView[]; declared: number };

/**
 * A jury member says, for some applications they may bid on, how much they wish to review each:
 * `eager`, `willing`, `rather_not` (replacing any previous bid), or `conflict` with a reason
 * (5 to 500 characters), which declares a conflict of interest and drops the bid. Applications not
 * named keep their bid. All or nothing: an unknown level, a missing reason, an application that is
 * not one they may bid on (another call's, not yet eligible, conflicted, unknown) or named twice
 * gives `Invalid` with the field (`bids.<index>.<field>`) and nothing changes. Audited. Anyone not
 * on the call's jury: `NotFound`.
 */
export async function saveBids(
	svc: Services,
	actor: Actor,
	callId: string,
	input: BidInput[]
): Promise<SaveBidsResult> {
	const call = await juryCall(svc.db, callId);
	if (!isUser(actor)) throw new NotFound();
	const member = await assertJuryMember(svc.db, actor, call.id, { write: true });
	const { bids } = parseInput(bidsInput, { bids: input });

	const apps = await applicationsOfCall(
		svc.db,
		call.id,
		bids.map((b) => b.applicationId)
	);
	const conflicted = await conflictedApplicationIds(svc.db, member.id);
	const fields: FieldErrors = {};
	const seen = new Set<string>();
	bids.forEach((b, i) => {
		const app = apps.get(b.applicationId);
		if (
			!app ||
			!(BIDDABLE_STATUSES as readonly string[]).includes(app.status) ||
			conflicted.has(b.applicationId)
		) {
			fields[`bids.${i}.applicationId`] = ['conflicts.error.application'];
		} else if (seen.has(b.applicationId)) {
			fields[`bids.${i}.applicationId`] = ['conflicts.error.duplicate'];
		}
		seen.add(b.applicationId);
	});
	if (Object.keys(fields).length) {
		throw new Invalid(Object.values(fields)[0][0], fields);
	}

	return svc.db.transaction(async (tx) => {
		const before = await bidsOf(tx, call.id, member.id);
		let declared = 0;
		for (const b of bids) {
			if (b.level === 'conflict') {
				await upsertManualConflict(tx, {
					juryMemberId: member.id,
					applicationId: b.applicationId,
					source: 'declared',
					reason: (b.reason ?? '').trim(),
					createdBy: actor.userId
				});
				declared += 1;
			} else {
				await tx
					.insert(reviewBids)
					.values({ juryMemberId: member.id, applicationId: b.applicationId, level: b.level })
					.onConflictDoUpdate({
						target: [reviewBids.juryMemberId, reviewBids.applicationId],
						set: { level: b.level, updatedAt: sql`now()` }
					});
			}
		}
		const after = await bidsOf(tx, call.id, member.id);
		const brief = (list: BidView[]) => list.map((x) => [x.applicationId, x.level]);
		await audit(tx, actor, {
			action: 'review_bids.save',
			entityType: 'call',
			entityId: call.id,
			programmeId: call.programmeId,
			before: { juryMemberId: member.id, bids: brief(before) },
			after: {
				juryMemberId: member.id,
				bids: brief(after),
				conflicts: bids
					.filter((b) => b.level === 'conflict')
					.map((b) => ({ applicationId: b.applicationId, reason: (b.reason ?? '').trim() }))
			}
		});
		return { bids: after, declared };
	});
}
