/**
 * The applicant organisation: its kinds, its headcount bands, its profile schema (shared by the
 * HTML form and the API; messages are i18n keys) and the region derived from its postal code.
 *
 * Pure except for one thing: `regionFromPostalCode` reads the communes list shipped by
 * `@etalab/decoupage-administratif` (reference data, read-only) the first time it is called, and
 * keeps only a postal code → region map in memory.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { isRegionCode } from '../../regions.ts';
import { checkSiret } from './siret.ts';

export const ORGANISATION_TYPES = [
	'startup',
	'freelancer',
	'company',
	'professional_organisation',
	'association',
	'public_body',
	'other'
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export function isOrganisationType(v: unknown): v is OrganisationType {
	return typeof v === 'string' && (ORGANISATION_TYPES as readonly string[]).includes(v);
}

/** Types that always have a SIRET: it is required for them, optional for the others. */
export const SIRET_REQUIRED_TYPES: readonly OrganisationType[] = [
	'startup',
	'freelancer',
	'company',
	'professional_organisation'
];

export const ORGANISATION_TYPE_LABEL_KEYS = {
	startup: 'organisation.type.startup',
	freelancer: 'organisation.type.freelancer',
	company: 'organisation.type.company',
	professional_organisation: 'organisation.type.professional_organisation',
	association: 'organisation.type.association',
	public_body: 'organisation.type.public_body',
	other: 'organisation.type.other'
} as const satisfies Record<OrganisationType, string>;

/**
 * Headcount bands (employees). The 300 threshold matters: FACT funding, which holders are oriented
 * to later, is for structures under 300 employees.
 */
export const HEADCOUNT_BANDS = [
	'0',
	'1-9',
	'10-49',
	'50-249',
	'250-299',
	'300-999',
	'1000+'
] as const;
export type HeadcountBand = (typeof HEADCOUNT_BANDS)[number];

export function isHeadcountBand(v: unknown): v is HeadcountBand {
	return typeof v === 'string' && (HEADCOUNT_BANDS as readonly string[]).includes(v);
}

/** Bands of 300 employees or more. */
export const HEADCOUNT_300_OR_MORE: readonly HeadcountBand[] = ['300-999', '1000+'];

export function isUnder300(band: HeadcountBand): boolean {
	return !HEADCOUNT_300_OR_MORE.includes(band);
}

export const HEADCOUNT_BAND_LABEL_KEYS = {
	'0': 'organisation.headcount.0',
	'1-9': 'organisation.headcount.1-9',
	'10-49': 'organisation.headcount.10-49',
	'50-249': 'organisation.headcount.50-249',
	'250-299': 'organisation.headcount.250-299',
	'300-999': 'organisation.headcount.300-999',
	'1000+': 'organisation.headcount.1000+'
} as const satisfies Record<HeadcountBand, string>;

// ---------------------------------------------------------------------------------------------
// Postal code → region

export const POSTAL_CODE_PATTERN = /^\d{5}$/;

type CommuneRow = { type?: string; region?: string; codesPostaux?: string[] };
type DepartementRow = { code: string; region: string };

let postalRegions: Map<string, string> | null = null;
let departmentRegions: Map<string, string> | null = null;

function readPackageJson(file: string): unknown {
	const require = createRequire(import.meta.url);
	const path = require.resolve(`@etalab/decoupage-administratif/data/${file}`);
	return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Builds the postal code → region map once. Current communes only (delegated and associated
 * communes share their parent's codes). A postal code shared by communes of two regions (a handful:
 * 01410, 01590, 05700, 37160, 48250) goes to the region of the majority of its communes; on a tie,
 * to the region of the department its first digits name.
 */
function postalRegionMap(): Map<string, string> {
	if (postalRegions) return postalRegions;
	const counts = new Map<string, Map<string, number>>();
	for (const c of readPackageJson('communes.json') as CommuneRow[]) {
		if (c.type !== 'commune-actuelle' || !c.region) continue;
		for (const cp of c.codesPostaux ?? []) {
			let byRegion = counts.get(cp);
			if (!byRegion) counts.set(cp, (byRegion = new Map()));
			byRegion.set(c.region, (byRegion.get(c.region) ?? 0) + 1);
		}
	}
	const map = new Map<string, string>();
	for (const [cp, byRegion] of counts) {
		const fromPrefix = regionFromDepartmentPrefix(cp);
		let best: string | null = null;
		let bestCount = -1;
		for (const [region, n] of byRegion) {
			if (n > bestCount || (n === bestCount && region === fromPrefix)) {
				best = region;
				bestCount = n;
			}
		}
		if (best) map.set(cp, best);
	}
	postalRegions = map;
	return map;
}

function departmentRegionMap(): Map<string, string> {
	if (departmentRegions) return departmentRegions;
	const map = new Map<string, string>();
	for (const d of readPackageJson('departements.json') as DepartementRow[])
		map.set(d.code, d.region);
	departmentRegions = map;
	return map;
}

/**
 * The department a postal code's first digits usually name: two digits in mainland France,
 * 2A (200xx–201xx) or 2B (202xx–206xx) in Corsica, three digits overseas (97x, 98x).
 */
export function departmentFromPostalCode(code: string): string | null {
	if (!POSTAL_CODE_PATTERN.test(code)) return null;
	if (code.startsWith('20')) return Number(code[2]) <= 1 ? '2A' : '2B';
	if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
	return code.slice(0, 2);
}

function regionFromDepartmentPrefix(code: string): string | null {
	const dep = departmentFromPostalCode(code);
	return dep ? (departmentRegionMap().get(dep) ?? null) : null;
}

/**
 * The INSEE code of the region of a French postal code (one of the 18 regions), or null when the
 * code is malformed, unknown, or belongs to an overseas collectivity that is not a region
 * (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Polynesia, New Caledonia…).
 * Codes missing from the communes list (CEDEX codes, new codes) fall back to their department.
 */
export function regionFromPostalCode(code: string): string | null {
	const cp = code.replace(/\s/g, '');
	if (!POSTAL_CODE_PATTERN.test(cp)) return null;
	const region = postalRegionMap().get(cp) ?? regionFromDepartmentPrefix(cp);
	return region && isRegionCode(region) ? region : null;
}

/** A postal code of France (mainland or overseas), i.e. whose department is known. */
export function isFrenchPostalCode(code: string): boolean {
	const cp = code.replace(/\s/g, '');
	return (
		POSTAL_CODE_PATTERN.test(cp) && (postalRegionMap().has(cp) || !!regionFromDepartmentPrefix(cp))
	);
}

// ---------------------------------------------------------------------------------------------
// Profile schema

/** Form fields send '' for an empty input: that means "not given". */
const emptyToUndefined = (v: unknown) =>
	v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v;

/**
 * A website as people type it: `exemple.fr`, `www.exemple.fr/page` or a full address. Adds
 * `https://` when no scheme is given; only http and https, with a host that has a dot.
 */
export function normalizeWebsite(input: string): string | null {
	const v = input.trim();
	if (v === '' || /\s/.test(v)) return null;
	const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	if (!url.hostname.includes('.') || url.hostname.endsWith('.')) return null;
	if (url.username || url.password) return null;
	return url.href;
}

const siretField = z.preprocess(
	emptyToUndefined,
	z
		.string({ error: 'siret.error.format' })
		.max(40, 'siret.error.length')
		.transform((v, ctx) => {
			const check = checkSiret(v);
			if (check.ok) return check.value;
			ctx.addIssue({ code: 'custom', message: check.message });
			return z.NEVER;
		})
		.optional()
);

const websiteField = z.preprocess(
	emptyToUndefined,
	z
		.string({ error: 'organisation.error.website' })
		.max(500, 'organisation.error.website')
		.transform((v, ctx) => {
			const url = normalizeWebsite(v);
			if (url) return url;
			ctx.addIssue({ code: 'custom', message: 'organisation.error.website' });
			return z.NEVER;
		})
		.optional()
);

const postalCodeField = z
	.string({ error: 'organisation.error.postalCode' })
	.transform((v) => v.replace(/\s/g, ''))
	.pipe(z.string().regex(POSTAL_CODE_PATTERN, 'organisation.error.postalCode'))
	// Zod goes on after a failed format check: say "unknown" only for a well-formed code.
	.refine(
		(v) => !POSTAL_CODE_PATTERN.test(v) || isFrenchPostalCode(v),
		'organisation.error.postalCodeUnknown'
	);

/**
 * The organisation profile. Output: the SIRET reduced to its 14 digits (or null), the website
 * normalised (or null), and the `region` derived from the postal code (null when it cannot be).
 * Fields: legalName, type, siret, headcountBand, postalCode, website. Each field is checked on its
 * own (all errors at once); "SIRET required for this type" is checked once the fields are valid.
 */
export const organisationInput = z
	.object({
		legalName: z
			.string({ error: 'organisation.error.legalName' })
			.trim()
			.min(2, 'organisation.error.legalName')
			.max(200, 'organisation.error.legalName'),
		type: z.enum(ORGANISATION_TYPES, { error: 'organisation.error.type' }),
		siret: siretField,
		headcountBand: z.enum(HEADCOUNT_BANDS, { error: 'organisation.error.headcountBand' }),
		postalCode: postalCodeField,
		website: websiteField
	})
	.transform((o, ctx) => {
		if (o.siret === undefined && SIRET_REQUIRED_TYPES.includes(o.type)) {
			ctx.addIssue({
				code: 'custom',
				path: ['siret'],
				message: 'organisation.error.siretRequired'
			});
			return z.NEVER;
		}
		return {
			legalName: o.legalName,
			type: o.type,
			siret: o.siret ?? null,
			headcountBand: o.headcountBand,
			postalCode: o.postalCode,
			website: o.website ?? null,
			region: regionFromPostalCode(o.postalCode)
		};
	});
export type OrganisationInput = z.input<typeof organisationInput>;
export type Organisation = z.output<typeof organisationInput>;

/** The organisation form's fields, as the HTML form sends them. */
export function organisationFormInput(form: FormData, prefix = ''): Record<string, string> {
	const text = (key: string) => {
		const v = form.get(prefix + key);
		return typeof v === 'string' ? v : '';
	};
	return {
		legalName: text('legalName'),
		type: text('type'),
		siret: text('siret'),
		headcountBand: text('headcountBand'),
		postalCode: text('postalCode'),
		website: text('website')
	};
}
