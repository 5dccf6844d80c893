import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Grid } from './grid.ts';
import { reviewsStarted } from './gridStarted.ts';
import { loadCallForReading, presentSettings, type ReviewSettingsView } from './juryShared.ts';

export type JurySetupView = {
	callId: string;
	grid: Grid;
	settings: ReviewSettingsView;
	/** False once a review has started: the grid and settings are then frozen. */
	editable: boolean;
};

/** A call's evaluation grid and review settings, for its programme's team. */
export async function getJurySetup(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<JurySetupView> {
	const call = await loadCallForReading(db, actor, callId);
	return {
		callId: call.id,
		grid: call.grid,
		settings: presentSettings(call.settings),
		editable: !(await reviewsStarted(db, call.id))
	};
}
