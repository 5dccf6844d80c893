/**
 * The funnel as its readers get it (pages, API, exports), assembled from the grouped counts of
 * `funnelQueries.ts`: the stages shown, one row per region (the 18 and « région inconnue »), per
 * applicant type and per typology term, national totals, conversion rates, and the partners'
 * share of the applications. Pure: no database.
 */
import { REGIONS, isRegionCode, regionName } from '../../regions.ts';
import type { Localized } from '../calls/form/definition.ts';
import { ORGANISATION_TYPES, isOrganisationType } from '../applications/organisation.ts';
import type { FunnelCountRow } from './funnelQueries.ts';
import {
	SHOWN_STAGES,
	SHOWN_STATUS_STAGES,
	conversionRates,
	overallRate,
	rate,
	type FunnelStage,
	type StageCounts
} from './funnelStages.ts';

export type SourcedCounts = { started: number; submitted: number };

/** The applications attributed to a partner, and their share of all. */
export type PartnerShare = SourcedCounts & {
	referral: SourcedCounts;
	declared: SourcedCounts;
	/** Attributed / started, null without applications. */
	shareOfStarted: number | null;
	/** Attributed and submitted / submitted. */
	shareOfSubmitted: number | null;
};

export type FunnelRow = {
	/** Per stage shown; null: the stage does not apply (prospects by typology). */
	counts: StageCounts;
	/** Per stage after the first: the conversion from the stage before it. */
	rates: StageCounts;
	/** From `started` to the furthest stage shown. */
	overallRate: number | null;
	partnerShare: PartnerShare;
};

export type RegionRow = FunnelRow & { code: string | null; name: string | null };
export type TypeRow = FunnelRow & { type: string | null };
export type TypologyRow = FunnelRow & {
	value: string | null;
	label: Localized | null;
	archived: boolean;
};

export type FunnelTarget =
	| {
			kind: 'call';
			id: string;
			programmeId: string;
			cycleId: string;
			title: string;
			slug: string;
	  }
	| {
			kind: 'cycle';
			id: string;
			programmeId: string;
			name: string;
			calls: { id: string; title: string; slug: string }[];
	  };

export type FunnelAudienceKind = 'team' | 'partner';

export type Funnel = {
	target: FunnelTarget;
	/** `team`: every region; `partner`: the partner's regions and the national totals. */
	audience: FunnelAudienceKind;
	/** The regions the rows are about (INSEE codes). */
	regions: string[];
	stages: FunnelStage[];
	/** Every region, unknown included. */
	national: FunnelRow;
	/** A partner's regions together (null for the team). */
	regionsTotal: FunnelRow | null;
	/** The team: the 18 regions then « région inconnue »; a partner: its regions. */
	byRegion: RegionRow[];
	/** Over `regions` (the partner's, or all): each organisation type, then « non renseigné ». */
	byApplicantType: TypeRow[];
	/**
	 * Over `regions`: each term of the programme's typology (archived ones when chosen), then
	 * values no longer in the list, then « sans typologie ». An application that chose several
	 * terms counts in each.
	 */
	byTypology: TypologyRow[];
};

export type TypologyTerm = { value: string; label: Localized; archived: boolean };

const EMPTY: FunnelCountRow = {
	key: '',
	prospects: 0,
	invited: 0,
	started: 0,
	submitted: 0,
	stages: {},
	sourced: { started: 0, submitted: 0 },
	referral: { started: 0, submitted: 0 },
	declared: { started: 0, submitted: 0 }
};

function countsOf(r: FunnelCountRow): StageCounts {
	const out: StageCounts = {
		prospects: r.prospects,
		invited: r.invited,
		started: r.started,
		submitted: r.submitted
	};
	for (const s of SHOWN_STATUS_STAGES) out[s.stage] = r.stages[s.stage] ?? 0;
	return out;
}

/** Adds rows key by key (the prospects' columns stay null when they are in every row). */
export function sumRows(rows: readonly FunnelCountRow[], key = ''): FunnelCountRow {
	const add = (f: (r: FunnelCountRow) => number) => rows.reduce((n, r) => n + f(r), 0);
	const nullable = (f: (r: FunnelCountRow) => number | null) =>
		rows.length > 0 && rows.every((r) => f(r) === null) ? null : add((r) => f(r) ?? 0);
	return {
		key,
		prospects: nullable((r) => r.prospects),
		invited: nullable((r) => r.invited),
		started: add((r) => r.started),
		submitted: add((r) => r.submitted),
		stages: Object.fromEntries(
			SHOWN_STATUS_STAGES.map((s) => [s.stage, add((r) => r.stages[s.stage] ?? 0)])
		),
		sourced: {
			started: add((r) => r.sourced.started),
			submitted: add((r) => r.sourced.submitted)
		},
		referral: {
			started: add((r) => r.referral.started),
			submitted: add((r) => r.referral.submitted)
		},
		declared: {
			started: add((r) => r.declared.started),
			submitted: add((r) => r.declared.submitted)
		}
	};
}

/** A row of the funnel: its counts, its rates and the partners' share. */
export function funnelRow(
	r: FunnelCountRow,
	stages: readonly FunnelStage[] = SHOWN_STAGES
): FunnelRow {
	const counts = countsOf(r);
	return {
		counts,
		rates: conversionRates(counts, stages),
		overallRate: overallRate(counts, stages),
		partnerShare: {
			started: r.sourced.started,
			submitted: r.sourced.submitted,
			referral: { ...r.referral },
			declared: { ...r.declared },
			shareOfStarted: rate(r.sourced.started, r.started),
			shareOfSubmitted: rate(r.sourced.submitted, r.submitted)
		}
	};
}

/** Rows by key, keys that are not `known` gathered under '' (unknown). */
function byKey(rows: readonly FunnelCountRow[], known: (key: string) => boolean) {
	const groups = new Map<string, FunnelCountRow[]>();
	for (const r of rows) {
		const key = known(r.key) ? r.key : '';
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	return (key: string) => sumRows(groups.get(key) ?? [{ ...EMPTY, key }], key);
}

export type FunnelInput = {
	target: FunnelTarget;
	audience: { kind: 'team' } | { kind: 'partner'; regions: readonly string[] };
	/** Every region (never filtered: the national totals come from it). */
	byRegion: readonly FunnelCountRow[];
	/** Over the view's regions. */
	byType: readonly FunnelCountRow[];
	byTypology: readonly FunnelCountRow[];
	/** The programme's typology, in its order (archived terms included). */
	typology: readonly TypologyTerm[];
	stages?: readonly FunnelStage[];
};

export function assembleFunnel(input: FunnelInput): Funnel {
	const stages = [...(input.stages ?? SHOWN_STAGES)];
	const row = (r: FunnelCountRow) => funnelRow(r, stages);
	const region = byKey(input.byRegion, isRegionCode);
	const partner = input.audience.kind === 'partner';
	const regions = partner
		? REGIONS.filter((r) =>
				(input.audience as { regions: readonly string[] }).regions.includes(r.code)
			)
		: [...REGIONS];

	const national = row(sumRows(input.byRegion));
	const byRegion: RegionRow[] = regions.map((r) => ({
		code: r.code,
		name: regionName(r.code) ?? r.name,
		...row(region(r.code))
	}));
	if (!partner) byRegion.push({ code: null, name: null, ...row(region('')) });

	const type = byKey(input.byType, isOrganisationType);
	const byApplicantType: TypeRow[] = [
		...ORGANISATION_TYPES.map((t) => ({ type: t as string | null, ...row(type(t)) })),
		{ type: null, ...row(type('')) }
	];

	const chosen = new Map(input.byTypology.map((r) => [r.key, r]));
	const listed = new Set(input.typology.map((t) => t.value));
	const byTypology: TypologyRow[] = [
		...input.typology
			.filter((t) => !t.archived || chosen.has(t.value))
			.map((t) => ({
				value: t.value as string | null,
				label: t.label as Localized | null,
				archived: t.archived,
				...row(chosen.get(t.value) ?? { ...EMPTY, key: t.value, prospects: null, invited: null })
			})),
		...input.byTypology
			.filter((r) => r.key !== '' && !listed.has(r.key))
			.sort((a, b) => a.key.localeCompare(b.key))
			.map((r) => ({ value: r.key as string | null, label: null, archived: false, ...row(r) })),
		{
			value: null,
			label: null,
			archived: false,
			...row(chosen.get('') ?? { ...EMPTY, prospects: null, invited: null })
		}
	];

	return {
		target: input.target,
		audience: input.audience.kind,
		regions: regions.map((r) => r.code),
		stages,
		national,
		regionsTotal: partner ? row(sumRows(regions.map((r) => region(r.code)))) : null,
		byRegion,
		byApplicantType,
		byTypology
	};
}
