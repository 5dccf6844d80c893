/**
 * Screening: the programme team's pipeline of a call's applications. Filters (status, region,
 * applicant type, typology, QVCT theme, flags, French full-text search), a stable sort, offset
 * pagination and the counts per status that the pipeline's tabs show. Two SQL queries per page: one
 * grouped count (which also gives the total) and one page of rows.
 *
 * Drafts are counted (the team sees how many are in progress) but listed only when asked
 * (`status: 'draft'`); without a status filter the pipeline lists every other status.
 *
 * The URL contract of the pages (French names) and of the API (English names) is here too:
 * `screeningQuery` and `screeningApiQuery` both parse into `ScreeningOptions`.
 */
import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client.ts';
import { allowsScope, isTeam, type Actor } from '../accounts/actor.ts';
import { applications, calls, formVersions, organisations, programmeTerms } from '../db/schema.ts';
import { Invalid, NotFound } from '../errors.ts';
import type { FieldErrors } from '../errors.ts';
import { REGIONS, isRegionCode, regionName } from '../../regions.ts';
import { isUuid, termsOf } from '../calls/queries.ts';
import { DEFAULT_TERMS } from '../calls/form/defaults.ts';
import type { Localized } from '../calls/form/definition.ts';
import { APPLICATIONS_READ_SCOPE } from './policy.ts';
import { ORGANISATION_TYPES, type OrganisationType } from './organisation.ts';
import { APPLICATION_STATUSES, type ApplicationStatus } from './status.ts';

export const SCREENING_PAGE_SIZE = 50;
export const SCREENING_MAX_PAGE_SIZE = 100;
export const QUERY_MAX_LENGTH = 200;

export const SCREENING_SORTS = [
	'submitted',
	'reference',
	'title',
	'organisation',
	'region',
	'status'
] as const;
export type ScreeningSort = (typeof SCREENING_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

export type ScreeningFilters = {
	/** Without it: every status but `draft`. */
	status?: ApplicationStatus;
	/** INSEE code of the organisation's region. */
	region?: string;
	/** Organisation type. */
	type?: OrganisationType;
	/** A term value of the programme's typology, chosen in any `typology` question. */
	typology?: string;
	/** A term value of the programme's QVCT themes, chosen in any `qvct_themes` question. */
	theme?: string;
	/** true: at least one finding "to review"; false: none. */
	flagged?: boolean;
	/** French full-text search over the title, the written answers and the organisation's name. */
	q?: string;
};

export type ScreeningOptions = ScreeningFilters & {
	/** `submitted` (date of submission) by default. */
	sort?: ScreeningSort;
	/** Newest first by default for `submitted`, ascending for the others. */
	order?: SortOrder;
	/** 1-based; clamped to the last page. */
	page?: number;
	/** 50 by default, at most 100. */
	pageSize?: number;
};

export type ScreeningItem = {
	id: string;
	reference: string;
	title: string;
	status: ApplicationStatus;
	organisation: {
		legalName: string;
		type: OrganisationType;
		regionCode: string | null;
		regionName: string | null;
	} | null;
	flagCount: number;
	submittedAt: string | null;
};

export type StatusCounts = Record<ApplicationStatus, number>;

/** The call as the pipeline names it. */
export type ScreenedCall = { id: string; programmeId: string; title: string; slug: string };

export type ScreeningPage = {
	call: ScreenedCall;
	items: ScreeningItem[];
	/** Applications matching every filter. */
	total: number;
	page: number;
	pageSize: number;
	pageCount: number;
	sort: ScreeningSort;
	order: SortOrder;
	/** Per status, under every filter but the status one (drafts included). */
	counts: StatusCounts;
	/** What the typology and theme filters offer. */
	filterTerms: FilterTerms;
};

/** The default direction of each sort: newest submissions first, alphabetical otherwise. */
export function defaultOrder(sort: ScreeningSort): SortOrder {
	return sort === 'submitted' ? 'desc' : 'asc';
}

// ---------------------------------------------------------------------------------------------
// Policy

/**
 * The call, when the actor screens its applications: the team of its programme, with the
 * applications read scope. Anybody else gets `NotFound` (the pipeline does not exist for them).
 */
export async function callToScreen(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<ScreenedCall> {
	const { terms: _terms, ...call } = await readScreenedCall(db, actor, callId, false);
	void _terms;
	return call;
}

/** The programme's lists as one JSON value, in their order, for the query that reads the call. */
const termsJson = sql<TermJson[]>`coalesce((
	select json_agg(json_build_object(
		'kind', t.kind, 'value', t.value, 'labelFr', t.label_fr, 'labelEn', t.label_en,
		'archived', t.archived
	) order by t.kind, t.position, t.value)
	from ${programmeTerms} t where t.programme_id = ${calls.programmeId}
), '[]'::json)`;

type TermJson = {
	kind: string;
	value: string;
	labelFr: string;
	labelEn: string;
	archived: boolean;
};

/**
 * The call (only what the pipeline and the exports show: its text, FAQ and rules are large), and
 * with `withTerms` the programme's lists for the filters, in the same round trip.
 */
async function readScreenedCall(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	withTerms: boolean
): Promise<ScreenedCall & { terms: TermJson[] }> {
	const [call] = isUuid(callId)
		? await db
				.select({
					id: calls.id,
					programmeId: calls.programmeId,
					title: calls.title,
					slug: calls.slug,
					terms: withTerms ? termsJson : sql<TermJson[]>`'[]'::json`
				})
				.from(calls)
				.where(eq(calls.id, callId))
		: [];
	if (!call || !isTeam(actor, call.programmeId) || !allowsScope(actor, APPLICATIONS_READ_SCOPE)) {
		throw new NotFound();
	}
	return call;
}

// ---------------------------------------------------------------------------------------------
// SQL

/**
 * An application's answer to any question of `kind` (of its own form version) lists `value`.
 * The questions of that kind are read once from the form versions (of the call, when given), not
 * once per application.
 */
export function answerListContains(
	kind: 'typology' | 'qvct_themes',
	value: string,
	callId?: string
): SQL {
	const ofCall = callId ? sql`and fv.call_id = ${callId}::uuid` : sql``;
	return sql`exists (select 1 from (
		select fv.id as version_id, q ->> 'key' as question_key
		from ${formVersions} fv
		cross join lateral jsonb_array_elements(fv.definition -> 'sections') s
		cross join lateral jsonb_array_elements(s -> 'questions') q
		where q ->> 'kind' = ${kind} ${ofCall}
	) lists
	where lists.version_id = ${applications.formVersionId}
		and ${applications.answers} -> lists.question_key @> jsonb_build_array(${value}::text))`;
}

/** French full-text search over `search_vector` (GIN index `applications_search_idx`). */
export function fullTextMatch(q: string): SQL {
	return sql`${applications.searchVector} @@ websearch_to_tsquery('french', ${q})`;
}

export function flaggedCondition(flagged: boolean): SQL {
	return flagged
		? sql`${applications.flags} <> '[]'::jsonb`
		: sql`${applications.flags} = '[]'::jsonb`;
}

const FOLD_FROM = 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸàáâãäåçèéêëìíîïñòóôõöùúûüýÿ';
const FOLD_TO = 'AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy';

/**
 * A text sort key that is the same on every server: accents folded, lower case, compared byte by
 * byte (collation "C"), so that « Élan » sorts with the E and not after the Z, on PGlite as on a
 * PostgreSQL server whatever its locale.
 */
function textSortKey(column: SQL | typeof applications.title): SQL {
	return sql`lower(translate(${column} collate "C", ${FOLD_FROM}, ${FOLD_TO}))`;
}

/** The regions' codes in the alphabetical order of their names. */
const REGION_ORDER = [...REGIONS]
	.sort((a, b) => new Intl.Collator('fr').compare(a.name, b.name))
	.map((r) => r.code);

function sortExpression(sort: ScreeningSort): SQL {
	switch (sort) {
		case 'submitted':
			return sql`${applications.submittedAt}`;
		case 'reference':
			return sql`${applications.reference} collate "C"`;
		case 'title':
			return textSortKey(applications.title);
		case 'organisation':
			return textSortKey(sql`${organisations.legalName}`);
		case 'region':
			return sql`array_position(${sql.param(REGION_ORDER)}::text[], ${organisations.regionCode})`;
		case 'status':
			return sql`array_position(${sql.param([...APPLICATION_STATUSES])}::text[], ${applications.status})`;
	}
}

/** The ORDER BY of a sort: missing values last in both directions, ties broken by id. */
function orderBy(sort: ScreeningSort, order: SortOrder): SQL[] {
	const dir = order === 'asc' ? sql`asc` : sql`desc`;
	return [sql`${sortExpression(sort)} ${dir} nulls last`, sql`${applications.id} ${dir}`];
}

/** The conditions of the filters, the call's included; the status one apart. */
function filterConditions(callId: string, f: ScreeningFilters): SQL[] {
	const conds: SQL[] = [eq(applications.callId, callId)];
	if (f.region) conds.push(eq(organisations.regionCode, f.region));
	if (f.type) conds.push(eq(organisations.type, f.type));
	if (f.typology) conds.push(answerListContains('typology', f.typology, callId));
	if (f.theme) conds.push(answerListContains('qvct_themes', f.theme, callId));
	if (f.flagged !== undefined) conds.push(flaggedCondition(f.flagged));
	const q = f.q?.trim();
	if (q) conds.push(fullTextMatch(q));
	return conds;
}

function statusCondition(status: ApplicationStatus | undefined): SQL {
	return status ? eq(applications.status, status) : ne(applications.status, 'draft');
}

async function countByStatus(db: DbOrTx, callId: string, f: ScreeningFilters) {
	const count = db
		.select({ status: applications.status, n: sql<number>`count(*)::int` })
		.from(applications)
		.$dynamic();
	// The organisation is read only when a filter needs it: counting a large call then stays an
	// index-only scan.
	if (f.region || f.type) {
		count.leftJoin(organisations, eq(organisations.id, applications.organisationId));
	}
	const rows = await count.where(and(...filterConditions(callId, f))).groupBy(applications.status);
	const counts = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
	for (const r of rows) if (r.status in counts) counts[r.status as ApplicationStatus] = Number(r.n);
	return counts;
}

/** How many applications the list shows: those of the status, or all but the drafts. */
export function listedCount(counts: StatusCounts, status?: ApplicationStatus): number {
	if (status) return counts[status];
	return APPLICATION_STATUSES.filter((s) => s !== 'draft').reduce((n, s) => n + counts[s], 0);
}

function clampPageSize(size: number | undefined): number {
	const n = Math.trunc(size ?? SCREENING_PAGE_SIZE);
	return Number.isFinite(n)
		? Math.min(Math.max(n, 1), SCREENING_MAX_PAGE_SIZE)
		: SCREENING_PAGE_SIZE;
}

const itemColumns = {
	id: applications.id,
	reference: applications.reference,
	title: applications.title,
	status: applications.status,
	flagCount: sql<number>`jsonb_array_length(${applications.flags})`,
	submittedAt: applications.submittedAt,
	legalName: organisations.legalName,
	type: organisations.type,
	regionCode: organisations.regionCode
};

type ItemRow = {
	id: string;
	reference: string;
	title: string;
	status: string;
	flagCount: number;
	submittedAt: Date | null;
	legalName: string | null;
	type: string | null;
	regionCode: string | null;
};

function presentItem(r: ItemRow): ScreeningItem {
	return {
		id: r.id,
		reference: r.reference,
		title: r.title,
		status: r.status as ApplicationStatus,
		organisation:
			r.legalName !== null && r.type !== null
				? {
						legalName: r.legalName,
						type: r.type as OrganisationType,
						regionCode: r.regionCode,
						regionName: r.regionCode ? (regionName(r.regionCode) ?? null) : null
					}
				: null,
		flagCount: Number(r.flagCount),
		submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null
	};
}

/**
 * A page of the call's pipeline, for the team of the call's programme (`NotFound` for anyone
 * else): the applications matching the filters in the chosen order, how many there are, and the
 * counts per status under the same filters but the status.
 */
export async function screenApplications(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	opts: ScreeningOptions
): Promise<ScreeningPage> {
	const { terms, ...call } = await readScreenedCall(db, actor, callId, true);
	const sort = opts.sort ?? 'submitted';
	const order = opts.order ?? defaultOrder(sort);
	const pageSize = clampPageSize(opts.pageSize);

	const counts = await countByStatus(db, call.id, opts);
	const total = listedCount(counts, opts.status);
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	const requested = Math.trunc(opts.page ?? 1);
	const page = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), pageCount) : 1;

	const rows: ItemRow[] =
		total === 0
			? []
			: await db
					.select(itemColumns)
					.from(applications)
					.leftJoin(organisations, eq(organisations.id, applications.organisationId))
					.where(and(...filterConditions(call.id, opts), statusCondition(opts.status)))
					.orderBy(...orderBy(sort, order))
					.limit(pageSize)
					.offset((page - 1) * pageSize);

	return {
		call,
		items: rows.map(presentItem),
		total,
		page,
		pageSize,
		pageCount,
		sort,
		order,
		counts,
		filterTerms: filterTermsOf(terms)
	};
}

/** The counts per status of the call's applications under the filters (the status one aside). */
export async function countScreenedApplications(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	filters: Omit<ScreeningFilters, 'status'> = {}
): Promise<{ callId: string; counts: StatusCounts; total: number; pipeline: number }> {
	const call = await callToScreen(db, actor, callId);
	const counts = await countByStatus(db, call.id, filters);
	return {
		callId: call.id,
		counts,
		total: APPLICATION_STATUSES.reduce((n, s) => n + counts[s], 0),
		pipeline: listedCount(counts)
	};
}

/** An application as the exports need it. */
export type ScreenedRow = {
	id: string;
	formVersionId: string;
	reference: string;
	title: string;
	status: ApplicationStatus;
	answers: Record<string, unknown>;
	flags: unknown;
	submittedAt: Date | null;
	organisation: {
		legalName: string;
		type: string;
		siret: string | null;
		headcountBand: string;
		postalCode: string;
		regionCode: string | null;
		website: string | null;
	} | null;
};

/**
 * Every application of the call matching the filters, in the order of the sort, with its answers
 * and its organisation (for the exports). The caller checks the policy (`callToScreen`).
 */
export async function screenedRows(
	db: DbOrTx,
	callId: string,
	opts: ScreeningOptions
): Promise<ScreenedRow[]> {
	const sort = opts.sort ?? 'submitted';
	const order = opts.order ?? defaultOrder(sort);
	const rows = await db
		.select({
			id: applications.id,
			formVersionId: applications.formVersionId,
			reference: applications.reference,
			title: applications.title,
			status: applications.status,
			answers: applications.answers,
			flags: applications.flags,
			submittedAt: applications.submittedAt,
			organisationId: organisations.id,
			legalName: organisations.legalName,
			type: organisations.type,
			siret: organisations.siret,
			headcountBand: organisations.headcountBand,
			postalCode: organisations.postalCode,
			regionCode: organisations.regionCode,
			website: organisations.website
		})
		.from(applications)
		.leftJoin(organisations, eq(organisations.id, applications.organisationId))
		.where(and(...filterConditions(callId, opts), statusCondition(opts.status)))
		.orderBy(...orderBy(sort, order));
	return rows.map((r) => ({
		id: r.id,
		formVersionId: r.formVersionId,
		reference: r.reference,
		title: r.title,
		status: r.status as ApplicationStatus,
		answers: (r.answers ?? {}) as Record<string, unknown>,
		flags: r.flags,
		submittedAt: r.submittedAt,
		organisation:
			r.organisationId !== null
				? {
						legalName: r.legalName ?? '',
						type: r.type ?? '',
						siret: r.siret,
						headcountBand: r.headcountBand ?? '',
						postalCode: r.postalCode ?? '',
						regionCode: r.regionCode,
						website: r.website
					}
				: null
	}));
}

/** A choice of the typology and theme filters. */
export type FilterTerm = { value: string; label: Localized; archived: boolean };

/**
 * The programme's lists as the filters offer them (archived terms too: old answers name them).
 * Read-only: a programme that never had lists gets the default ones here, without writing them.
 */
export async function screeningFilterTerms(db: DbOrTx, programmeId: string): Promise<FilterTerms> {
	return filterTermsOf(await termsOf(db, programmeId));
}

export type FilterTerms = { typology: FilterTerm[]; qvct_theme: FilterTerm[] };

function filterTermsOf(rows: TermJson[]): FilterTerms {
	const of = (kind: 'typology' | 'qvct_theme'): FilterTerm[] => {
		const mine = rows.filter((r) => r.kind === kind);
		return mine.length
			? mine.map((r) => ({
					value: r.value,
					label: { fr: r.labelFr, en: r.labelEn },
					archived: r.archived
				}))
			: DEFAULT_TERMS[kind].map((d) => ({ value: d.value, label: d.label, archived: false }));
	};
	return { typology: of('typology'), qvct_theme: of('qvct_theme') };
}

// ---------------------------------------------------------------------------------------------
// Query parameters

/** Query parameters of the pipeline page (French, as in its addresses) → sort keys. */
export const SORT_PARAMS = {
	depot: 'submitted',
	reference: 'reference',
	titre: 'title',
	structure: 'organisation',
	region: 'region',
	statut: 'status'
} as const satisfies Record<string, ScreeningSort>;
type SortParam = keyof typeof SORT_PARAMS;
const SORT_PARAM_OF = Object.fromEntries(
	Object.entries(SORT_PARAMS).map(([param, sort]) => [sort, param])
) as Record<ScreeningSort, SortParam>;

const FLAG_PARAMS = ['oui', 'non'] as const;

/** A term value of a programme's list (`evaluation_charge_travail`). */
const termValue = (message: string) =>
	z
		.string({ error: message })
		.regex(/^[a-z][a-z0-9_]{0,62}$/, message)
		.optional();

const queryText = z
	.string({ error: 'screening.error.query' })
	.trim()
	.max(QUERY_MAX_LENGTH, 'screening.error.query')
	.optional();

const regionCode = z
	.string({ error: 'screening.error.region' })
	.refine(isRegionCode, 'screening.error.region')
	.optional();

const pageNumber = z.coerce
	.number({ error: 'screening.error.page' })
	.int('screening.error.page')
	.min(1, 'screening.error.page')
	.max(1_000_000, 'screening.error.page')
	.optional();

function sortOf(token: string | undefined, params: Record<string, ScreeningSort>) {
	if (!token) return {};
	const descending = token.startsWith('-');
	const sort = params[descending ? token.slice(1) : token];
	return { sort, order: (descending ? 'desc' : 'asc') as SortOrder };
}

/**
 * The pipeline page's query parameters: `statut`, `region`, `type`, `typologie`, `theme`,
 * `signalement` (`oui` | `non`), `q`, `tri` (`depot`, `reference`, `titre`, `structure`,
 * `region`, `statut`; `-` before for descending; `-depot` by default) and `page`.
 */
export const screeningQuery = z
	.object({
		statut: z.enum(APPLICATION_STATUSES, { error: 'screening.error.status' }).optional(),
		region: regionCode,
		type: z.enum(ORGANISATION_TYPES, { error: 'screening.error.type' }).optional(),
		typologie: termValue('screening.error.typology'),
		theme: termValue('screening.error.theme'),
		signalement: z.enum(FLAG_PARAMS, { error: 'screening.error.flagged' }).optional(),
		q: queryText,
		tri: z
			.string({ error: 'screening.error.sort' })
			.regex(/^-?(depot|reference|titre|structure|region|statut)$/, 'screening.error.sort')
			.optional(),
		page: pageNumber
	})
	.transform((p): ScreeningOptions => ({
		status: p.statut,
		region: p.region,
		type: p.type,
		typology: p.typologie,
		theme: p.theme,
		flagged: p.signalement === undefined ? undefined : p.signalement === 'oui',
		q: p.q ? p.q : undefined,
		...sortOf(p.tri, SORT_PARAMS),
		page: p.page
	}));

const API_SORTS = Object.fromEntries(SCREENING_SORTS.map((s) => [s, s])) as Record<
	string,
	ScreeningSort
>;

/** The same filters and sort with the API's English names (`flagged=true|false`, `sort=-submitted`). */
export const screeningApiQuery = z.object({
	status: z
		.enum(APPLICATION_STATUSES, { error: 'screening.error.status' })
		.optional()
		.meta({ description: 'Statut ; sans lui, tous les statuts sauf les brouillons.' }),
	region: regionCode.meta({ description: 'Code INSEE de la région de la structure.' }),
	type: z
		.enum(ORGANISATION_TYPES, { error: 'screening.error.type' })
		.optional()
		.meta({ description: 'Type de structure.' }),
	typology: termValue('screening.error.typology').meta({
		description: 'Valeur de la typologie du programme choisie dans une question « typologie ».'
	}),
	theme: termValue('screening.error.theme').meta({
		description: 'Valeur des thèmes QVCT du programme choisie dans une question « thèmes QVCT ».'
	}),
	flagged: z
		.enum(['true', 'false'], { error: 'screening.error.flaggedApi' })
		.optional()
		.meta({ description: '`true` : avec au moins un point à vérifier ; `false` : sans.' }),
	q: queryText.meta({
		description: 'Recherche plein texte en français (titre, réponses écrites, structure).'
	}),
	sort: z
		.string({ error: 'screening.error.sortApi' })
		.regex(new RegExp(`^-?(${SCREENING_SORTS.join('|')})$`), 'screening.error.sortApi')
		.optional()
		.meta({
			description:
				'Tri : `submitted` (date de dépôt), `reference`, `title`, `organisation`, `region`, ' +
				'`status` ; précédé de `-` pour l’ordre décroissant. Par défaut `-submitted`.'
		})
});
export type ScreeningApiQuery = z.output<typeof screeningApiQuery>;

/** The API's parsed query → options. */
export function screeningOptionsFromApi(q: ScreeningApiQuery): ScreeningOptions {
	return {
		status: q.status,
		region: q.region,
		type: q.type,
		typology: q.typology,
		theme: q.theme,
		flagged: q.flagged === undefined ? undefined : q.flagged === 'true',
		q: q.q ? q.q : undefined,
		...sortOf(q.sort, API_SORTS)
	};
}

/** The query parameters of a URL as the schema reads them: the first value of each, empty ones left out. */
export function queryRecord(params: URLSearchParams): Record<string, string> {
	const out: Record<string, string> = {};
	for (const key of new Set(params.keys())) {
		const v = params.get(key);
		if (v !== null && v.trim() !== '') out[key] = v;
	}
	return out;
}

/**
 * Reads the pipeline page's query parameters, leniently: an invalid parameter is left out and
 * reported (field → i18n keys), the others still apply.
 */
export function readScreeningQuery(params: URLSearchParams): {
	options: ScreeningOptions;
	errors: FieldErrors;
} {
	const raw = queryRecord(params);
	const known = Object.keys(screeningQuery.in.shape);
	const input = Object.fromEntries(Object.entries(raw).filter(([k]) => known.includes(k)));
	const first = screeningQuery.safeParse(input);
	if (first.success) return { options: first.data, errors: {} };
	const errors: FieldErrors = {};
	for (const issue of first.error.issues) {
		const key = String(issue.path[0] ?? '_');
		(errors[key] ??= []).push(issue.message);
		delete input[key];
	}
	const second = screeningQuery.safeParse(input);
	return { options: second.success ? second.data : {}, errors };
}

/** Reads the query parameters strictly: `Invalid` (field → i18n keys) on any invalid one. */
export function parseScreeningQuery(params: URLSearchParams): ScreeningOptions {
	const { options, errors } = readScreeningQuery(params);
	if (Object.keys(errors).length) throw new Invalid('screening.error.invalid', errors);
	return options;
}

/**
 * The page's query parameters for options (the inverse of `screeningQuery`), defaults left out:
 * for links that keep the filters.
 */
export function screeningParams(o: ScreeningOptions): Record<string, string> {
	const out: Record<string, string> = {};
	if (o.status) out.statut = o.status;
	if (o.region) out.region = o.region;
	if (o.type) out.type = o.type;
	if (o.typology) out.typologie = o.typology;
	if (o.theme) out.theme = o.theme;
	if (o.flagged !== undefined) out.signalement = o.flagged ? 'oui' : 'non';
	if (o.q) out.q = o.q;
	const sort = o.sort ?? 'submitted';
	const order = o.order ?? defaultOrder(sort);
	if (sort !== 'submitted' || order !== 'desc') {
		out.tri = `${order === 'desc' ? '-' : ''}${SORT_PARAM_OF[sort]}`;
	}
	if (o.page && o.page > 1) out.page = String(o.page);
	return out;
}
