import { and, eq, isNull } from 'drizzle-orm';
import type { Services } from '../app.ts';
import { isUser, type Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { juryMembers } from '../db/schema.ts';
import { Invalid, NotFound } from '../errors.ts';
import { parseInput } from '../applications/schemas.ts';
import { assertJuryMember, assertMayManageJury, juryMembershipOf, mayReadJury } from './policy.ts';
import {
	applicationsOfCall,
	BIDDABLE_STATUSES,
	conflictsOf,
	juryCall,
	OUT_OF_JURY_STATUSES,
	upsertManualConflict,
	type ConflictView
} from './conflictQueries.ts';
import { conflictInput, type ConflictInput } from './conflictSchemas.ts';

/**
 * Sets a conflict of interest by hand, with its reason (5 to 500 characters). The team names the
 * jury member (`team` source) for any application of the call past the draft stage; a jury member
 * who names nobody declares their own (`declared` source) on an application they may bid on. A
 * pair that already has a conflict of that source gets the new reason. The pair's bid goes.
 * Audited. Anyone neither on the team nor on the call's jury: `NotFound`; an unknown member or
 * application: `Invalid` on that field.
 */
export async function addConflict(
	svc: Services,
	actor: Actor,
	callId: string,
	input: ConflictInput
): Promise<ConflictView> {
	const call = await juryCall(svc.db, callId);
	if (!isUser(actor)) throw new NotFound();
	const team = mayReadJury(actor, call.programmeId);
	const asTeam =
		team && (Boolean(input.juryMemberId) || !(await juryMembershipOf(svc.db, actor, call.id)));
	let juryMemberId: string;
	if (asTeam) assertMayManageJury(actor, call.programmeId);
	else juryMemberId = (await assertJuryMember(svc.db, actor, call.id, { write: true })).id;
	const data = parseInput(conflictInput, input);

	if (asTeam) {
		const wanted = data.juryMemberId;
		const [m] = !wanted
			? []
			: await svc.db
					.select({ id: juryMembers.id })
					.from(juryMembers)
					.where(
						and(
							eq(juryMembers.id, wanted),
							eq(juryMembers.callId, call.id),
							isNull(juryMembers.removedAt)
						)
					);
		if (!m)
			throw new Invalid('conflicts.error.member', { juryMemberId: ['conflicts.error.member'] });
		juryMemberId = m.id;
	}
	const app = (await applicationsOfCall(svc.db, call.id, [data.applicationId])).get(
		data.applicationId
	);
	const allowed = asTeam
		? app && !(OUT_OF_JURY_STATUSES as readonly string[]).includes(app.status)
		: app && (BIDDABLE_STATUSES as readonly string[]).includes(app.status);
	if (!allowed) {
		throw new Invalid('conflicts.error.application', {
			applicationId: ['conflicts.error.application']
		});
	}
	const source = asTeam ? 'team' : 'declared';
	const memberId = juryMemberId!;

	return svc.db.transaction(async (tx) => {
		const { id, before } = await upsertManualConflict(tx, {
			juryMemberId: memberId,
			applicationId: data.applicationId,
			source,
			reason: data.reason,
			createdBy: actor.userId
		});
		await audit(tx, actor, {
			action: before ? 'review_conflict.update' : 'review_conflict.create',
			entityType: 'review_conflict',
			entityId: id,
			programmeId: call.programmeId,
			before,
			after: {
				callId: call.id,
				juryMemberId: memberId,
				applicationId: data.applicationId,
				source,
				reason: data.reason
			}
		});
		const [view] = await conflictsOf(tx, call.id, { id });
		return view;
	});
}
