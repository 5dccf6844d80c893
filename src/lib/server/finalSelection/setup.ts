/**
 * The final selection's setup for the programme team: the call's pitch grid (the default one is
 * proposed while it is empty) and its settings (weighting, retention target). Reading: the team
 * (`reviews:read`); writing: `reviews:write`. Anyone else: `NotFound`. Editing the pitch grid once a
 * pitch score sheet exists is refused (`Conflict`): the scores would lose their meaning.
 */
import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx } from '../db/client.ts';
import { calls } from '../db/schema.ts';
import { Conflict, NotFound } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { gridInput, type Grid, type GridInput } from '../review/grid.ts';
import { assertMayManageJury, mayReadJury } from '../review/policy.ts';
import {
	defaultPitchGrid,
	finalSettingsInput,
	type FinalSettings,
	type FinalSettingsInput
} from './pitchGrid.ts';
import { findFinalCall, pitchScoringStarted, type FinalCall } from './queries.ts';

export type PitchSetupView = {
	callId: string;
	/** The call's pitch grid; empty until the team sets it. */
	grid: Grid;
	/** What to propose while the grid is empty. */
	proposal: Grid;
	settings: FinalSettings;
	/** False once a pitch score exists: the pitch grid is then frozen. */
	editable: boolean;
};

async function loadForTeam(db: DbOrTx, actor: Actor, callId: string): Promise<FinalCall> {
	const call = await findFinalCall(db, callId);
	if (!call || !mayReadJury(actor, call.programmeId)) throw new NotFound();
	return call;
}

export async function getPitchSetup(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<PitchSetupView> {
	const call = await loadForTeam(db, actor, callId);
	return {
		callId: call.id,
		grid: call.pitchGrid,
		proposal: call.pitchGrid.length ? call.pitchGrid : defaultPitchGrid(),
		settings: call.settings,
		editable: !(await pitchScoringStarted(db, call.id))
	};
}

/** The team replaces the call's pitch grid; refused once pitch scoring has started. */
export async function savePitchGrid(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	callId: string,
	input: GridInput
): Promise<PitchSetupView> {
	const call = await findFinalCall(svc.db, callId);
	if (!call) throw new NotFound();
	assertMayManageJury(actor, call.programmeId);
	const { criteria } = parseInput(gridInput, input);
	await svc.db.transaction(async (tx) => {
		if (await pitchScoringStarted(tx, call.id)) {
			throw new Conflict('finalSelection.error.pitchStarted');
		}
		await tx
			.update(calls)
			.set({ pitchGrid: criteria, updatedAt: new Date() })
			.where(eq(calls.id, call.id));
		await audit(tx, actor, {
			action: 'call.pitchGrid.save',
			entityType: 'call',
			entityId: call.id,
			programmeId: call.programmeId,
			before: { grid: call.pitchGrid },
			after: { grid: criteria }
		});
	});
	return getPitchSetup(svc.db, actor, call.id);
}

/** The team sets the weighting (percent, adding up to 100) and the retention target. */
export async function saveFinalSettings(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	callId: string,
	input: FinalSettingsInput
): Promise<PitchSetupView> {
	const call = await findFinalCall(svc.db, callId);
	if (!call) throw new NotFound();
	assertMayManageJury(actor, call.programmeId);
	const after = parseInput(finalSettingsInput, input ?? {});
	await svc.db.transaction(async (tx) => {
		await tx
			.update(calls)
			.set({ ...after, updatedAt: new Date() })
			.where(eq(calls.id, call.id));
		await audit(tx, actor, {
			action: 'call.finalSettings.save',
			entityType: 'call',
			entityId: call.id,
			programmeId: call.programmeId,
			before: call.settings,
			after
		});
	});
	return getPitchSetup(svc.db, actor, call.id);
}
