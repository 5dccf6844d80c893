/**
 * The SQL of the sourcing funnel: one grouped query per dimension (region, applicant type,
 * typology) over the calls of the view, never a query per region. Each gives, per key, the
 * prospects' stages and the applications' stages side by side, with the applications attributed
 * to a partner (by referral or declared).
 *
 * The region of an application is its organisation's (`organisations.region_code`); the region
 * of a prospect is the one the partner recorded. A prospect belongs to the call it was recorded
 * for (`prospects.call_id`) and to every call it was invited to (a referral); it counts once
 * however many referrals it received. Archived prospects still count: they were sourced.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { calls, programmes } from '../db/schema.ts';
import { SHOWN_STATUS_STAGES, type StatusStage } from './funnelStages.ts';

export type FunnelDimension = 'region' | 'type' | 'typology';

/** One key's counts, as the database gives them ('' for an unknown key). */
export type FunnelCountRow = {
	key: string;
	/** Null for the typology (prospects have none). */
	prospects: number | null;
	invited: number | null;
	started: number;
	submitted: number;
	stages: Partial<Record<StatusStage, number>>;
	sourced: { started: number; submitted: number };
	referral: { started: number; submitted: number };
	declared: { started: number; submitted: number };
};

export type FunnelScope = {
	callIds: readonly string[];
	/** Only these regions (a partner's view); null: every region, unknown included. */
	regions: readonly string[] | null;
};

const uuids = (ids: readonly string[]) => sql`${sql.param([...ids])}::uuid[]`;
const texts = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

function rowsOf(result: unknown): Record<string, unknown>[] {
	return (result as { rows: Record<string, unknown>[] }).rows;
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** The applications' counts of one group: every stage, and the attributed ones. */
function applicationColumns(): SQL {
	const stageColumns = SHOWN_STATUS_STAGES.map(
		(s) =>
			sql`count(*) filter (where a.status = any(${texts(s.statuses)}))::int as ${sql.identifier(`stage_${s.stage}`)}`
	);
	return sql.join(
		[
			sql`count(*)::int as started`,
			sql`count(*) filter (where a.submitted_at is not null)::int as submitted`,
			...stageColumns,
			sql`count(*) filter (where a.partner_id is not null)::int as sourced_started`,
			sql`count(*) filter (where a.partner_id is not null and a.submitted_at is not null)::int as sourced_submitted`,
			sql`count(*) filter (where a.partner_id is not null and a.sourcing = 'referral')::int as referral_started`,
			sql`count(*) filter (where a.partner_id is not null and a.sourcing = 'referral' and a.submitted_at is not null)::int as referral_submitted`,
			sql`count(*) filter (where a.partner_id is not null and a.sourcing = 'declared')::int as declared_started`,
			sql`count(*) filter (where a.partner_id is not null and a.sourcing = 'declared' and a.submitted_at is not null)::int as declared_submitted`
		],
		sql`, `
	);
}

/** The names of the application columns, for the outer select of a joined query. */
function applicationColumnNames(): string[] {
	return [
		'started',
		'submitted',
		...SHOWN_STATUS_STAGES.map((s) => `stage_${s.stage}`),
		'sourced_started',
		'sourced_submitted',
		'referral_started',
		'referral_submitted',
		'declared_started',
		'declared_submitted'
	];
}

function applicationRegionFilter(scope: FunnelScope): SQL {
	return scope.regions ? sql`and o.region_code = any(${texts(scope.regions)})` : sql``;
}

/** A prospect of the calls: recorded for one of them, or invited to one. */
function prospectScope(scope: FunnelScope): SQL {
	const calls = uuids(scope.callIds);
	const regions = scope.regions ? sql`and p.region_code = any(${texts(scope.regions)})` : sql``;
	return sql`(p.call_id = any(${calls}) or exists (
			select 1 from referrals r where r.prospect_id = p.id and r.call_id = any(${calls})
		)) ${regions}`;
}

function prospectColumns(scope: FunnelScope): SQL {
	return sql`count(*)::int as prospects,
		count(*) filter (where exists (
			select 1 from referrals r where r.prospect_id = p.id and r.call_id = any(${uuids(scope.callIds)})
		))::int as invited`;
}

/**
 * Prospects and applications grouped by the same key, joined on it (a key may have prospects and
 * no application, or the reverse).
 */
function joinedQuery(scope: FunnelScope, prospectKey: SQL, applicationKey: SQL): SQL {
	const outer = applicationColumnNames().map(
		(c) => sql`coalesce(app.${sql.identifier(c)}, 0)::int as ${sql.identifier(c)}`
	);
	return sql`with pro as (
			select ${prospectKey} as key, ${prospectColumns(scope)}
			from prospects p
			where ${prospectScope(scope)}
			group by 1
		), app as (
			select ${applicationKey} as key, ${applicationColumns()}
			from applications a
			left join organisations o on o.id = a.organisation_id
			where a.call_id = any(${uuids(scope.callIds)}) ${applicationRegionFilter(scope)}
			group by 1
		)
		select coalesce(app.key, pro.key) as key,
			coalesce(pro.prospects, 0)::int as prospects,
			coalesce(pro.invited, 0)::int as invited,
			${sql.join(outer, sql`, `)}
		from app full join pro on pro.key = app.key`;
}

/** The typology terms each application chose, in any typology question of its form version. */
function typologyQuery(scope: FunnelScope): SQL {
	const calls = uuids(scope.callIds);
	return sql`with lists as (
			select fv.id as version_id, q ->> 'key' as question_key
			from form_versions fv
			cross join lateral jsonb_array_elements(fv.definition -> 'sections') s
			cross join lateral jsonb_array_elements(s -> 'questions') q
			where q ->> 'kind' = 'typology' and fv.call_id = any(${calls})
		), chosen as (
			select distinct a.id as application_id, term.value as term
			from applications a
			join lists l on l.version_id = a.form_version_id
			cross join lateral jsonb_array_elements_text(
				case jsonb_typeof(a.answers -> l.question_key)
					when 'array' then a.answers -> l.question_key
					when 'string' then jsonb_build_array(a.answers -> l.question_key)
					else '[]'::jsonb
				end
			) as term(value)
			where a.call_id = any(${calls})
		)
		select coalesce(chosen.term, '') as key, ${applicationColumns()}
		from applications a
		left join organisations o on o.id = a.organisation_id
		left join chosen on chosen.application_id = a.id
		where a.call_id = any(${calls}) ${applicationRegionFilter(scope)}
		group by 1`;
}

function presentRow(r: Record<string, unknown>, withProspects: boolean): FunnelCountRow {
	return {
		key: String(r.key ?? ''),
		prospects: withProspects ? num(r.prospects) : null,
		invited: withProspects ? num(r.invited) : null,
		started: num(r.started),
		submitted: num(r.submitted),
		stages: Object.fromEntries(
			SHOWN_STATUS_STAGES.map((s) => [s.stage, num(r[`stage_${s.stage}`])])
		),
		sourced: { started: num(r.sourced_started), submitted: num(r.sourced_submitted) },
		referral: { started: num(r.referral_started), submitted: num(r.referral_submitted) },
		declared: { started: num(r.declared_started), submitted: num(r.declared_submitted) }
	};
}

/** The funnel's counts along one dimension, one row per key met (in no particular order). */
export async function funnelCounts(
	db: DbOrTx,
	scope: FunnelScope,
	dimension: FunnelDimension
): Promise<FunnelCountRow[]> {
	if (scope.callIds.length === 0) return [];
	if (dimension === 'typology') {
		return rowsOf(await db.execute(typologyQuery(scope))).map((r) => presentRow(r, false));
	}
	const query =
		dimension === 'region'
			? joinedQuery(scope, sql`coalesce(p.region_code, '')`, sql`coalesce(o.region_code, '')`)
			: joinedQuery(scope, sql`coalesce(p.applicant_type, '')`, sql`coalesce(o.type, '')`);
	return rowsOf(await db.execute(query)).map((r) => presentRow(r, true));
}

/** The calls of a cycle, oldest first (drafts left out when `published` is asked). */
export async function callsOfCycle(
	db: DbOrTx,
	cycleId: string,
	opts: { published?: boolean } = {}
): Promise<{ id: string; title: string; slug: string; status: string }[]> {
	return db
		.select({ id: calls.id, title: calls.title, slug: calls.slug, status: calls.status })
		.from(calls)
		.where(and(eq(calls.cycleId, cycleId), opts.published ? ne(calls.status, 'draft') : undefined))
		.orderBy(asc(calls.createdAt), asc(calls.id));
}

/** The calls of some programmes that are not drafts, newest first (a partner's choice). */
export async function publishedCallsOf(
	db: DbOrTx,
	programmeIds: readonly string[]
): Promise<
	{
		id: string;
		programmeId: string;
		cycleId: string;
		title: string;
		status: string;
		closesAt: Date | null;
	}[]
> {
	if (programmeIds.length === 0) return [];
	return db
		.select({
			id: calls.id,
			programmeId: calls.programmeId,
			cycleId: calls.cycleId,
			title: calls.title,
			status: calls.status,
			closesAt: calls.closesAt
		})
		.from(calls)
		.where(and(inArray(calls.programmeId, [...programmeIds]), ne(calls.status, 'draft')))
		.orderBy(sql`${calls.closesAt} desc nulls last`, asc(calls.title));
}

/** Every programme of the instance (a regional partner granted on all of them). */
export async function allProgrammeIds(db: DbOrTx): Promise<string[]> {
	return (await db.select({ id: programmes.id }).from(programmes)).map((p) => p.id);
}
