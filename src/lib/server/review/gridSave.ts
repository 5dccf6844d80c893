import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { calls } from '../db/schema.ts';
import { Conflict } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { gridInput, type GridInput } from './grid.ts';
import { getJurySetup, type JurySetupView } from './gridRead.ts';
import { reviewsStarted } from './gridStarted.ts';
import { loadCallForManagement } from './juryShared.ts';

/** The team replaces the call's evaluation grid; refused once a review has started. */
export async function saveGrid(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	callId: string,
	input: GridInput
): Promise<JurySetupView> {
	const { call, actor: user } = await loadCallForManagement(svc.db, actor, callId);
	const { criteria } = parseInput(gridInput, input);
	await svc.db.transaction(async (tx) => {
		if (await reviewsStarted(tx, call.id)) throw new Conflict('jury.error.reviewsStarted');
		await tx
			.update(calls)
			.set({ evaluationGrid: criteria, updatedAt: new Date() })
			.where(eq(calls.id, call.id));
		await audit(tx, user, {
			action: 'call.grid.save',
			entityType: 'call',
			entityId: call.id,
			programmeId: call.programmeId,
			before: { grid: call.grid },
			after: { grid: criteria }
		});
	});
	return getJurySetup(svc.db, user, call.id);
}
