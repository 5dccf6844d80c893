/** SQL of the final selection: the call, its pitch score sheets, its finalists. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { applications, calls, juryMembers, pitchScores, users } from '../db/schema.ts';
import { readGrid, type Grid } from '../review/grid.ts';
import { isUuid } from '../programmes/queries.ts';
import type { FinalSettings } from './pitchGrid.ts';

/** The statuses of the final selection's projects: to decide, or decided. */
export const FINALIST_STATUSES = ['shortlisted', 'retained', 'not_retained'] as const;

export type FinalCall = {
	id: string;
	programmeId: string;
	title: string;
	slug: string;
	pitchGrid: Grid;
	settings: FinalSettings;
};

export async function findFinalCall(
	db: DbOrTx,
	callId: string,
	opts: { lock?: boolean } = {}
): Promise<FinalCall | null> {
	if (!isUuid(callId)) return null;
	const q = db
		.select({
			id: calls.id,
			programmeId: calls.programmeId,
			title: calls.title,
			slug: calls.slug,
			pitchGrid: calls.pitchGrid,
			reviewWeight: calls.reviewWeight,
			pitchWeight: calls.pitchWeight,
			retentionTarget: calls.retentionTarget
		})
		.from(calls)
		.where(eq(calls.id, callId));
	const [row] = opts.lock ? await q.for('update') : await q;
	if (!row) return null;
	return {
		id: row.id,
		programmeId: row.programmeId,
		title: row.title,
		slug: row.slug,
		pitchGrid: readGrid(row.pitchGrid),
		settings: {
			reviewWeight: row.reviewWeight,
			pitchWeight: row.pitchWeight,
			retentionTarget: row.retentionTarget
		}
	};
}

/** Whether a pitch score sheet exists for one of the call's applications (the grid is then frozen). */
export async function pitchScoringStarted(db: DbOrTx, callId: string): Promise<boolean> {
	const [row] = await db
		.select({ one: sql<number>`1` })
		.from(pitchScores)
		.innerJoin(applications, eq(applications.id, pitchScores.applicationId))
		.where(eq(applications.callId, callId))
		.limit(1);
	return Boolean(row);
}

export type FinalistRow = { id: string; reference: string; title: string; status: string };

/** The call's projects in the given statuses, by reference. */
export async function finalistsOf(
	db: DbOrTx,
	callId: string,
	statuses: readonly string[] = FINALIST_STATUSES
): Promise<FinalistRow[]> {
	const rows = await db
		.select({
			id: applications.id,
			reference: applications.reference,
			title: applications.title,
			status: applications.status
		})
		.from(applications)
		.where(and(eq(applications.callId, callId), inArray(applications.status, [...statuses])))
		.orderBy(asc(applications.reference));
	return rows.map((r) => ({ ...r, title: r.title ?? '' }));
}

export type PitchSheetRow = {
	applicationId: string;
	juryMemberId: string;
	jurorName: string;
	scores: unknown;
};

/** Every pitch score sheet of the call's applications. */
export async function pitchSheetsOf(db: DbOrTx, callId: string): Promise<PitchSheetRow[]> {
	const rows = await db
		.select({
			applicationId: pitchScores.applicationId,
			juryMemberId: pitchScores.juryMemberId,
			name: users.name,
			email: juryMembers.email,
			scores: pitchScores.scores
		})
		.from(pitchScores)
		.innerJoin(applications, eq(applications.id, pitchScores.applicationId))
		.innerJoin(juryMembers, eq(juryMembers.id, pitchScores.juryMemberId))
		.leftJoin(users, eq(users.id, juryMembers.userId))
		.where(eq(applications.callId, callId))
		.orderBy(asc(pitchScores.applicationId), asc(pitchScores.juryMemberId));
	return rows.map((r) => ({
		applicationId: r.applicationId,
		juryMemberId: r.juryMemberId,
		jurorName: r.name || r.email,
		scores: r.scores
	}));
}

/** A jury member's score sheet of an application, or null. */
export async function sheetOf(
	db: DbOrTx,
	juryMemberId: string,
	applicationId: string,
	opts: { lock?: boolean } = {}
) {
	const q = db
		.select()
		.from(pitchScores)
		.where(
			and(eq(pitchScores.juryMemberId, juryMemberId), eq(pitchScores.applicationId, applicationId))
		);
	const [row] = opts.lock ? await q.for('update') : await q;
	return row ?? null;
}

/** A jury member's score sheets in the call: scores by application. */
export async function sheetsOfMember(
	db: DbOrTx,
	juryMemberId: string
): Promise<Map<string, unknown>> {
	const rows = await db
		.select({ applicationId: pitchScores.applicationId, scores: pitchScores.scores })
		.from(pitchScores)
		.where(eq(pitchScores.juryMemberId, juryMemberId));
	return new Map(rows.map((r) => [r.applicationId, r.scores]));
}
