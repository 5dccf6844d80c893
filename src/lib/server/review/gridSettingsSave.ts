import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { calls } from '../db/schema.ts';
import { Conflict } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { getJurySetup, type JurySetupView } from './gridRead.ts';
import { reviewsStarted } from './gridStarted.ts';
import {
	loadCallForManagement,
	presentSettings,
	reviewSettingsInput,
	type ReviewSettingsInput
} from './juryShared.ts';

/**
 * The team changes the call's review settings (only the fields given); refused once a review has
 * started.
 */
export async function saveReviewSettings(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	callId: string,
	input: ReviewSettingsInput
): Promise<JurySetupView> {
	const { call, actor: user } = await loadCallForManagement(svc.db, actor, callId);
	const parsed = parseInput(reviewSettingsInput, input ?? {});
	const changes = Object.fromEntries(
		Object.entries(parsed).filter(([, v]) => v !== undefined)
	) as Partial<typeof call.settings>;
	const after = { ...call.settings, ...changes };
	await svc.db.transaction(async (tx) => {
		if (await reviewsStarted(tx, call.id)) throw new Conflict('jury.error.reviewsStarted');
		await tx
			.update(calls)
			.set({ ...after, updatedAt: new Date() })
			.where(eq(calls.id, call.id));
		await audit(tx, user, {
			action: 'call.reviewSettings.save',
			entityType: 'call',
			entityId: call.id,
			programmeId: call.programmeId,
			before: presentSettings(call.settings),
			after: presentSettings(after)
		});
	});
	return getJurySetup(svc.db, user, call.id);
}
