/**
 * Pitch scoring by the jury members of a call (accepted, not removed) on its shortlisted projects,
 * each member on their own score sheet. A project the member is in conflict with does not exist for
 * them (`NotFound`), nor does any project outside the final selection. Scores are merged per
 * criterion, the latest edit (`at`) winning (`pitchMerge.ts`): a phone that lost the network sends
 * its pending edits later, any number of times, in any order. Scoring is open while the project is
 * shortlisted; once decided (retained, not retained) the sheet is read-only (`Conflict`).
 */
import { allowsScope, type Actor } from '../accounts/actor.ts';
import type { Services } from '../app.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx } from '../db/client.ts';
import { pitchScores } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { findApplication, isUuid } from '../applications/queries.ts';
import { parseInput } from '../programmes/schemas.ts';
import { conflictedApplicationIds, isConflicted } from '../review/conflictQueries.ts';
import type { Grid } from '../review/grid.ts';
import { juryMembershipOf, REVIEWS_WRITE_SCOPE, type JuryMembership } from '../review/policy.ts';
import { eq, sql } from 'drizzle-orm';
import {
	checkEntries,
	mergePitchScores,
	pitchScoresInput,
	readPitchScores,
	scoredCount,
	type PitchScores,
	type PitchScoresInput
} from './pitchMerge.ts';
import {
	finalistsOf,
	findFinalCall,
	FINALIST_STATUSES,
	sheetOf,
	sheetsOfMember,
	type FinalCall
} from './queries.ts';

export type PitchProject = {
	id: string;
	reference: string;
	title: string;
	status: string;
};

export type MyPitchListView = {
	call: { id: string; title: string };
	grid: Grid;
	items: (PitchProject & { scored: number; criteria: number })[];
};

export type MyPitchView = {
	call: { id: string; title: string };
	application: PitchProject;
	grid: Grid;
	scores: PitchScores;
	scored: number;
	revision: number;
	/** Scoring open: the project is shortlisted and the pitch grid is set. */
	editable: boolean;
};

/** The actor's membership of the call's jury, with the call (`NotFound` for anyone else). */
async function loadMembership(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<{ call: FinalCall; membership: JuryMembership }> {
	const call = await findFinalCall(db, callId);
	if (!call) throw new NotFound();
	const membership = await juryMembershipOf(db, actor, call.id);
	if (!membership) throw new NotFound();
	return { call, membership };
}

/** The shortlisted (or decided) projects of the call the member may score, with their progress. */
export async function listMyPitches(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<MyPitchListView> {
	const { call, membership } = await loadMembership(db, actor, callId);
	const conflicted = await conflictedApplicationIds(db, membership.id);
	const sheets = await sheetsOfMember(db, membership.id);
	const items = (await finalistsOf(db, call.id))
		.filter((a) => !conflicted.has(a.id))
		.map((a) => ({
			...a,
			scored: scoredCount(call.pitchGrid, readPitchScores(sheets.get(a.id))),
			criteria: call.pitchGrid.length
		}));
	return { call: { id: call.id, title: call.title }, grid: call.pitchGrid, items };
}

/** The project for a jury member of its call, not in conflict with it, in the final selection. */
async function loadProject(
	db: DbOrTx,
	actor: Actor,
	applicationId: string,
	callId?: string
): Promise<{ call: FinalCall; membership: JuryMembership; project: PitchProject }> {
	const app = isUuid(applicationId) ? await findApplication(db, applicationId) : null;
	if (!app || (callId !== undefined && app.callId !== callId)) throw new NotFound();
	const { call, membership } = await loadMembership(db, actor, app.callId);
	if (!(FINALIST_STATUSES as readonly string[]).includes(app.status)) throw new NotFound();
	if (await isConflicted(db, membership.id, app.id)) throw new NotFound();
	return {
		call,
		membership,
		project: { id: app.id, reference: app.reference, title: app.title ?? '', status: app.status }
	};
}

function view(
	call: FinalCall,
	project: PitchProject,
	row: { scores: unknown; revision: number } | null
): MyPitchView {
	const scores = readPitchScores(row?.scores);
	return {
		call: { id: call.id, title: call.title },
		application: project,
		grid: call.pitchGrid,
		scores,
		scored: scoredCount(call.pitchGrid, scores),
		revision: row?.revision ?? 0,
		editable: project.status === 'shortlisted' && call.pitchGrid.length > 0
	};
}

/** The member's own score sheet of the project (empty before the first score). */
export async function getMyPitch(
	db: DbOrTx,
	actor: Actor,
	applicationId: string,
	opts: { callId?: string } = {}
): Promise<MyPitchView> {
	const { call, membership, project } = await loadProject(db, actor, applicationId, opts.callId);
	return view(call, project, await sheetOf(db, membership.id, project.id));
}

/**
 * Merges the member's edits into their score sheet (latest `at` per criterion wins; a replay or an
 * older edit changes nothing). An unknown criterion or a score off its scale: `Invalid` and
 * nothing is kept. Project decided or no pitch grid: `Conflict`.
 */
export async function savePitchScores(
	svc: Pick<Services, 'db'>,
	actor: Actor,
	applicationId: string,
	input: PitchScoresInput,
	opts: { callId?: string } = {}
): Promise<MyPitchView & { changed: string[] }> {
	const { call, membership, project } = await loadProject(
		svc.db,
		actor,
		applicationId,
		opts.callId
	);
	if (!allowsScope(actor, REVIEWS_WRITE_SCOPE)) throw new Forbidden('jury.error.forbidden');
	const { scores: incoming } = parseInput(pitchScoresInput, input);
	const problems = checkEntries(call.pitchGrid, incoming);
	if (problems.length) {
		const fields = Object.fromEntries(problems.map((p) => [`scores.${p.key}`, [p.message]]));
		throw new Invalid(problems[0].message, fields);
	}
	if (call.pitchGrid.length === 0) throw new Conflict('finalSelection.pitch.error.noGrid');
	if (project.status !== 'shortlisted') throw new Conflict('finalSelection.pitch.error.closed');

	const result = await svc.db.transaction(async (tx) => {
		await tx
			.insert(pitchScores)
			.values({ applicationId: project.id, juryMemberId: membership.id })
			.onConflictDoNothing();
		const row = (await sheetOf(tx, membership.id, project.id, { lock: true }))!;
		const { merged, changed } = mergePitchScores(readPitchScores(row.scores), incoming);
		if (!changed.length) return { row, changed };
		const [updated] = await tx
			.update(pitchScores)
			.set({ scores: merged, revision: sql`${pitchScores.revision} + 1`, updatedAt: new Date() })
			.where(eq(pitchScores.id, row.id))
			.returning();
		await audit(tx, actor, {
			action: 'application.pitchScores.save',
			entityType: 'application',
			entityId: project.id,
			programmeId: call.programmeId,
			after: { juryMemberId: membership.id, criteria: changed }
		});
		return { row: updated, changed };
	});
	return { ...view(call, project, result.row), changed: result.changed };
}
