/** The SQL of the calls domain. */
import { and, asc, desc, eq, gt, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { calls, formVersions, programmeTerms } from '../db/schema.ts';
import type { FormDefinition } from './form/definition.ts';
import { DEFAULT_TERMS } from './form/defaults.ts';
import type { CallRow, TermRow } from './presenters.ts';
import type { CallStatus, TermKind } from './schemas.ts';

export { isUuid, isUniqueViolation } from '../programmes/queries.ts';

export const callColumns = {
	id: calls.id,
	programmeId: calls.programmeId,
	cycleId: calls.cycleId,
	slug: calls.slug,
	title: calls.title,
	body: calls.body,
	opensAt: calls.opensAt,
	closesAt: calls.closesAt,
	eligibleTypes: calls.eligibleTypes,
	faq: calls.faq,
	contactEmail: calls.contactEmail,
	contactText: calls.contactText,
	status: calls.status,
	eligibilityRules: calls.eligibilityRules,
	juryReadsRegionalOpinions: calls.juryReadsRegionalOpinions,
	createdAt: calls.createdAt,
	updatedAt: calls.updatedAt
};

export async function findCall(db: DbOrTx, id: string): Promise<CallRow | null> {
	const [row] = await db.select(callColumns).from(calls).where(eq(calls.id, id));
	return row ?? null;
}

export async function findCallBySlug(
	db: DbOrTx,
	programmeId: string,
	slug: string
): Promise<CallRow | null> {
	const [row] = await db
		.select(callColumns)
		.from(calls)
		.where(and(eq(calls.programmeId, programmeId), eq(calls.slug, slug.toLowerCase())));
	return row ?? null;
}

export async function callSlugTaken(
	db: DbOrTx,
	programmeId: string,
	slug: string,
	exceptId?: string
): Promise<boolean> {
	const [row] = await db
		.select({ id: calls.id })
		.from(calls)
		.where(and(eq(calls.programmeId, programmeId), eq(calls.slug, slug)));
	return Boolean(row && row.id !== exceptId);
}

/** The sort key of call lists: soonest to close first, calls without a closing date last. */
const closesKey = sql`coalesce(${calls.closesAt}, 'infinity'::timestamptz)`;

export type CallFilter = {
	programmeIds?: string[];
	/** `open`: published and within its dates at `now`. */
	status?: CallStatus | 'open';
	now: Date;
	/** Which unpublished calls the actor may see: all, none, or those of some programmes. */
	unpublishedOf: 'all' | string[];
};

/** A page of calls by closing date then id, after the call `after` (keyset pagination). */
export async function callPage(
	db: DbOrTx,
	f: CallFilter,
	after: { closesAt: Date | null; id: string } | null,
	limit: number
): Promise<CallRow[]> {
	const conds: (SQL | undefined)[] = [];
	if (f.programmeIds) conds.push(inArray(calls.programmeId, f.programmeIds));
	if (f.status === 'open') {
		conds.push(eq(calls.status, 'published'), lte(calls.opensAt, f.now), gt(calls.closesAt, f.now));
	} else if (f.status) conds.push(eq(calls.status, f.status));
	const visible = inArray(calls.status, ['published', 'closed']);
	if (f.unpublishedOf !== 'all') {
		conds.push(
			f.unpublishedOf.length ? or(visible, inArray(calls.programmeId, f.unpublishedOf)) : visible
		);
	}
	if (after) {
		const afterKey = after.closesAt
			? sql`${after.closesAt.toISOString()}::timestamptz`
			: sql`'infinity'::timestamptz`;
		conds.push(sql`(${closesKey}, ${calls.id}) > (${afterKey}, ${after.id}::uuid)`);
	}
	return db
		.select(callColumns)
		.from(calls)
		.where(and(...conds))
		.orderBy(asc(closesKey), asc(calls.id))
		.limit(limit);
}

export type FormVersionRow = {
	id: string;
	callId: string;
	number: number;
	definition: FormDefinition;
	createdAt: Date;
};

/** The current (highest) form version of a call. */
export async function currentFormVersion(
	db: DbOrTx,
	callId: string
): Promise<FormVersionRow | null> {
	const [row] = await db
		.select()
		.from(formVersions)
		.where(eq(formVersions.callId, callId))
		.orderBy(desc(formVersions.number))
		.limit(1);
	return row ? { ...row, definition: row.definition as FormDefinition } : null;
}

export async function termsOf(
	db: DbOrTx,
	programmeId: string,
	kind?: TermKind
): Promise<TermRow[]> {
	return db
		.select()
		.from(programmeTerms)
		.where(
			and(
				eq(programmeTerms.programmeId, programmeId),
				kind ? eq(programmeTerms.kind, kind) : undefined
			)
		)
		.orderBy(asc(programmeTerms.kind), asc(programmeTerms.position), asc(programmeTerms.value));
}

/**
 * Gives the programme the default list of that kind when it has none yet. Returns whether it did.
 * Concurrent first reads are harmless (the unique key keeps one copy).
 */
export async function ensureDefaultTerms(
	db: DbOrTx,
	programmeId: string,
	kind: TermKind
): Promise<boolean> {
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(programmeTerms)
		.where(and(eq(programmeTerms.programmeId, programmeId), eq(programmeTerms.kind, kind)));
	if (n > 0) return false;
	const inserted = await db
		.insert(programmeTerms)
		.values(
			DEFAULT_TERMS[kind].map((t, position) => ({
				programmeId,
				kind,
				value: t.value,
				labelFr: t.label.fr,
				labelEn: t.label.en,
				position
			}))
		)
		.onConflictDoNothing()
		.returning({ id: programmeTerms.id });
	return inserted.length > 0;
}
