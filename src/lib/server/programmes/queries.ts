/** The SQL of the programmes domain. The logo's bytes are read only by the logo endpoint. */
import { and, asc, eq, gt, inArray, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { cyclePhases, cycles, programmes } from '../db/schema.ts';
import type { CycleRow, PhaseRow, ProgrammeRow } from './presenters.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);

export const programmeColumns = {
	id: programmes.id,
	slug: programmes.slug,
	name: programmes.name,
	operators: programmes.operators,
	description: programmes.description,
	hasLogo: sql<boolean>`(${programmes.logo} is not null)`.mapWith(Boolean),
	createdAt: programmes.createdAt,
	updatedAt: programmes.updatedAt
};

export const cycleColumns = {
	id: cycles.id,
	programmeId: cycles.programmeId,
	name: cycles.name,
	description: cycles.description,
	createdAt: cycles.createdAt,
	updatedAt: cycles.updatedAt
};

export async function findProgramme(db: DbOrTx, idOrSlug: string): Promise<ProgrammeRow | null> {
	const where = isUuid(idOrSlug)
		? eq(programmes.id, idOrSlug)
		: eq(programmes.slug, idOrSlug.toLowerCase());
	const [row] = await db.select(programmeColumns).from(programmes).where(where);
	return row ?? null;
}

export async function slugTaken(db: DbOrTx, slug: string, exceptId?: string): Promise<boolean> {
	const [row] = await db
		.select({ id: programmes.id })
		.from(programmes)
		.where(eq(programmes.slug, slug));
	return Boolean(row && row.id !== exceptId);
}

/** A page of programmes by name then id, after the programme `afterId` (keyset pagination). */
export async function programmePage(
	db: DbOrTx,
	after: { name: string; id: string } | null,
	limit: number
): Promise<ProgrammeRow[]> {
	return db
		.select(programmeColumns)
		.from(programmes)
		.where(
			after
				? or(
						gt(programmes.name, after.name),
						and(eq(programmes.name, after.name), gt(programmes.id, after.id))
					)
				: undefined
		)
		.orderBy(asc(programmes.name), asc(programmes.id))
		.limit(limit);
}

export async function programmesByIds(db: DbOrTx, ids: string[] | null): Promise<ProgrammeRow[]> {
	if (ids && ids.length === 0) return [];
	return db
		.select(programmeColumns)
		.from(programmes)
		.where(ids ? inArray(programmes.id, ids) : undefined)
		.orderBy(asc(programmes.name), asc(programmes.id));
}

export async function programmeLogo(
	db: DbOrTx,
	slug: string
): Promise<{ logo: Uint8Array; mime: string; updatedAt: Date } | null> {
	const [row] = await db
		.select({ logo: programmes.logo, mime: programmes.logoMime, updatedAt: programmes.updatedAt })
		.from(programmes)
		.where(eq(programmes.slug, slug.toLowerCase()));
	if (!row?.logo || !row.mime) return null;
	return { logo: row.logo, mime: row.mime, updatedAt: row.updatedAt };
}

export async function findCycle(db: DbOrTx, id: string): Promise<CycleRow | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.select(cycleColumns).from(cycles).where(eq(cycles.id, id));
	return row ?? null;
}

export async function cycleNameTaken(
	db: DbOrTx,
	programmeId: string,
	name: string,
	exceptId?: string
): Promise<boolean> {
	const [row] = await db
		.select({ id: cycles.id })
		.from(cycles)
		.where(and(eq(cycles.programmeId, programmeId), eq(cycles.name, name)));
	return Boolean(row && row.id !== exceptId);
}

/** Cycles of some programmes (all programmes when `programmeIds` is null), oldest first. */
export async function cyclesOf(db: DbOrTx, programmeIds: string[] | null): Promise<CycleRow[]> {
	if (programmeIds && programmeIds.length === 0) return [];
	return db
		.select(cycleColumns)
		.from(cycles)
		.where(programmeIds ? inArray(cycles.programmeId, programmeIds) : undefined)
		.orderBy(asc(cycles.createdAt), asc(cycles.name), asc(cycles.id));
}

export async function phasesOf(db: DbOrTx, cycleIds: string[]): Promise<Map<string, PhaseRow[]>> {
	const out = new Map<string, PhaseRow[]>(cycleIds.map((id) => [id, []]));
	if (cycleIds.length === 0) return out;
	const rows = await db
		.select({
			cycleId: cyclePhases.cycleId,
			kind: cyclePhases.kind,
			startsAt: cyclePhases.startsAt,
			endsAt: cyclePhases.endsAt
		})
		.from(cyclePhases)
		.where(inArray(cyclePhases.cycleId, cycleIds))
		.orderBy(asc(cyclePhases.startsAt));
	for (const { cycleId, ...phase } of rows) out.get(cycleId)?.push(phase);
	return out;
}

/** Cycles whose call for projects has started by `now` (whether still open is decided in code). */
export async function cyclesWithStartedCall(db: DbOrTx, now: Date): Promise<CycleRow[]> {
	return db
		.select(cycleColumns)
		.from(cycles)
		.innerJoin(cyclePhases, eq(cyclePhases.cycleId, cycles.id))
		.where(and(eq(cyclePhases.kind, 'call_open'), lte(cyclePhases.startsAt, now)))
		.orderBy(asc(cycles.name), asc(cycles.id));
}

/** Replaces a cycle's calendar. Inside the caller's transaction. */
export async function replacePhases(
	tx: DbOrTx,
	cycleId: string,
	phases: readonly PhaseRow[]
): Promise<void> {
	await tx.delete(cyclePhases).where(eq(cyclePhases.cycleId, cycleId));
	if (phases.length > 0) {
		await tx
			.insert(cyclePhases)
			.values(
				phases.map((p) => ({ cycleId, kind: p.kind, startsAt: p.startsAt, endsAt: p.endsAt }))
			);
	}
}

/** PostgreSQL's unique violation, as raised by pg or PGlite (possibly wrapped by Drizzle). */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
	for (let err = e as { code?: string; constraint?: string; cause?: unknown } | undefined; err;) {
		if (err.code === '23505')
			return !constraint || !err.constraint || err.constraint === constraint;
		err = err.cause as typeof err;
	}
	return false;
}
