import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { REGIONS } from '../../regions.ts';
import {
	HEADCOUNT_BANDS,
	HEADCOUNT_BAND_LABEL_KEYS,
	ORGANISATION_TYPES,
	ORGANISATION_TYPE_LABEL_KEYS,
	departmentFromPostalCode,
	isFrenchPostalCode,
	isUnder300,
	normalizeWebsite,
	organisationFormInput,
	organisationInput,
	regionFromPostalCode
} from './organisation.ts';

const valid = {
	legalName: 'Coopérative Travail & Santé',
	type: 'company',
	siret: '732 829 320 00074',
	headcountBand: '10-49',
	postalCode: '29200',
	website: 'www.travail-sante.fr'
};

/** Field → messages of a failed parse. */
function errorsOf(input: unknown): Record<string, string[]> {
	const r = organisationInput.safeParse(input);
	if (r.success) return {};
	const out: Record<string, string[]> = {};
	for (const issue of r.error.issues) (out[issue.path.join('.')] ??= []).push(issue.message);
	return out;
}

describe('regionFromPostalCode', () => {
	it('finds the region of mainland, Corsican and overseas postal codes', () => {
		expect(regionFromPostalCode('29200')).toBe('53'); // Brest
		expect(regionFromPostalCode('75001')).toBe('11'); // Paris 1er
		expect(regionFromPostalCode('13001')).toBe('93'); // Marseille 1er
		expect(regionFromPostalCode('20000')).toBe('94'); // Ajaccio (2A)
		expect(regionFromPostalCode('20200')).toBe('94'); // Bastia (2B)
		expect(regionFromPostalCode('97400')).toBe('04'); // Saint-Denis, La Réunion
		expect(regionFromPostalCode('97600')).toBe('06'); // Mamoudzou, Mayotte
		expect(regionFromPostalCode('97110')).toBe('01'); // Pointe-à-Pitre
		expect(regionFromPostalCode('97200')).toBe('02'); // Fort-de-France
		expect(regionFromPostalCode('97300')).toBe('03'); // Cayenne
		expect(regionFromPostalCode('69003')).toBe('84'); // Lyon 3e
		expect(regionFromPostalCode('59000')).toBe('32'); // Lille
		expect(regionFromPostalCode('44000')).toBe('52'); // Nantes
	});

	it('gives a postal code shared by two regions to the majority of its communes', () => {
		// 05700: 16 communes in Hautes-Alpes (PACA), 1 in the Drôme (Auvergne-Rhône-Alpes).
		expect(regionFromPostalCode('05700')).toBe('93');
		// 01410: 4 communes in the Ain (ARA), 1 in the Jura (BFC).
		expect(regionFromPostalCode('01410')).toBe('84');
	});

	it('falls back to the department for codes not in the communes list (CEDEX)', () => {
		expect(regionFromPostalCode('29999')).toBe('53');
		expect(regionFromPostalCode('75700')).toBe('11');
		expect(regionFromPostalCode('20199')).toBe('94');
	});

	it('returns null for collectivities that are not regions and for malformed codes', () => {
		expect(regionFromPostalCode('97133')).toBeNull(); // Saint-Barthélemy
		expect(regionFromPostalCode('97150')).toBeNull(); // Saint-Martin
		expect(regionFromPostalCode('97500')).toBeNull(); // Saint-Pierre-et-Miquelon
		expect(regionFromPostalCode('98800')).toBeNull(); // Nouméa
		expect(regionFromPostalCode('98000')).toBeNull(); // Monaco
		expect(regionFromPostalCode('00000')).toBeNull();
		expect(regionFromPostalCode('2920')).toBeNull();
		expect(regionFromPostalCode('2A000')).toBeNull();
		expect(regionFromPostalCode('')).toBeNull();
	});

	it('accepts a space inside the code', () => {
		expect(regionFromPostalCode('29 200')).toBe('53');
	});

	it('every region is reachable', () => {
		const sample = [
			'97110',
			'97200',
			'97300',
			'97400',
			'97600',
			'75001',
			'45000',
			'21000',
			'14000',
			'59000',
			'67000',
			'44000',
			'35000',
			'33000',
			'31000',
			'69001',
			'13001',
			'20000'
		];
		expect(new Set(sample.map(regionFromPostalCode))).toEqual(new Set(REGIONS.map((r) => r.code)));
	});

	it('names the department of a postal code', () => {
		expect(departmentFromPostalCode('20090')).toBe('2A');
		expect(departmentFromPostalCode('20600')).toBe('2B');
		expect(departmentFromPostalCode('97400')).toBe('974');
		expect(departmentFromPostalCode('01000')).toBe('01');
		expect(departmentFromPostalCode('x')).toBeNull();
	});

	it('knows which codes are French', () => {
		expect(isFrenchPostalCode('29200')).toBe(true);
		expect(isFrenchPostalCode('97133')).toBe(true);
		expect(isFrenchPostalCode('98000')).toBe(false);
		expect(isFrenchPostalCode('96000')).toBe(false);
	});
});

describe('normalizeWebsite', () => {
	it('adds https:// and keeps http(s) addresses', () => {
		expect(normalizeWebsite('www.exemple.fr')).toBe('https://www.exemple.fr/');
		expect(normalizeWebsite('exemple.fr/projet?x=1')).toBe('https://exemple.fr/projet?x=1');
		expect(normalizeWebsite('http://exemple.fr')).toBe('http://exemple.fr/');
		expect(normalizeWebsite('  https://Exemple.FR/ ')).toBe('https://exemple.fr/');
		expect(normalizeWebsite('https://aract-bretagne.fr/qvct')).toBe(
			'https://aract-bretagne.fr/qvct'
		);
	});

	it('refuses what is not a web address', () => {
		for (const bad of [
			'javascript:alert(1)',
			'ftp://exemple.fr',
			'exemple',
			'mon site.fr',
			'https://user:pw@exemple.fr',
			'mailto:a@b.fr',
			''
		]) {
			expect(normalizeWebsite(bad)).toBeNull();
		}
	});
});

describe('organisationInput', () => {
	it('normalises a valid profile and derives the region', () => {
		expect(organisationInput.parse(valid)).toEqual({
			legalName: 'Coopérative Travail & Santé',
			type: 'company',
			siret: '73282932000074',
			headcountBand: '10-49',
			postalCode: '29200',
			website: 'https://www.travail-sante.fr/',
			region: '53'
		});
	});

	it('requires a SIRET for start-ups, companies, freelancers and professional organisations', () => {
		for (const type of ['startup', 'company', 'freelancer', 'professional_organisation']) {
			expect(errorsOf({ ...valid, type, siret: '' })).toEqual({
				siret: ['organisation.error.siretRequired']
			});
		}
	});

	it('makes it optional for associations, public bodies and others', () => {
		for (const type of ['association', 'public_body', 'other']) {
			const parsed = organisationInput.parse({ ...valid, type, siret: '', website: '' });
			expect(parsed.siret).toBeNull();
			expect(parsed.website).toBeNull();
		}
		expect(
			organisationInput.parse({ ...valid, type: 'association', siret: undefined }).siret
		).toBeNull();
	});

	it('still checks a SIRET that is given, with the right message', () => {
		expect(errorsOf({ ...valid, type: 'association', siret: '732 829 320 00075' })).toEqual({
			siret: ['siret.error.checkDigit']
		});
		expect(errorsOf({ ...valid, siret: '732 829 320' })).toEqual({ siret: ['siret.error.length'] });
	});

	it('reports every faulty field at once', () => {
		expect(
			errorsOf({
				legalName: ' ',
				type: 'multinationale',
				siret: '1234',
				headcountBand: '5000',
				postalCode: '2920',
				website: 'javascript:alert(1)'
			})
		).toEqual({
			legalName: ['organisation.error.legalName'],
			type: ['organisation.error.type'],
			siret: ['siret.error.length'],
			headcountBand: ['organisation.error.headcountBand'],
			postalCode: ['organisation.error.postalCode'],
			website: ['organisation.error.website']
		});
	});

	it('refuses a postal code that is not French, and keeps a null region for collectivities', () => {
		expect(errorsOf({ ...valid, postalCode: '98000' })).toEqual({
			postalCode: ['organisation.error.postalCodeUnknown']
		});
		expect(organisationInput.parse({ ...valid, postalCode: '97133' }).region).toBeNull();
		expect(organisationInput.parse({ ...valid, postalCode: '20 000' }).postalCode).toBe('20000');
	});

	it('survives JSON junk', () => {
		for (const junk of [
			null,
			'x',
			3,
			[],
			{ legalName: 3, type: null, siret: {}, postalCode: 29200 }
		]) {
			expect(organisationInput.safeParse(junk).success).toBe(false);
		}
	});

	it('reads the HTML form', () => {
		const fd = new FormData();
		for (const [k, v] of Object.entries(valid)) fd.set(`org.${k}`, v);
		expect(organisationFormInput(fd, 'org.')).toEqual(valid);
	});
});

describe('types and bands', () => {
	it('has the seed’s applicant types and the bands around 300', () => {
		expect(ORGANISATION_TYPES).toEqual([
			'startup',
			'freelancer',
			'company',
			'professional_organisation',
			'association',
			'public_body',
			'other'
		]);
		expect(HEADCOUNT_BANDS.filter(isUnder300)).toEqual(['0', '1-9', '10-49', '50-249', '250-299']);
	});

	it('labels them in French and English', () => {
		const fr = translator('fr');
		expect(ORGANISATION_TYPES.map((t) => fr(ORGANISATION_TYPE_LABEL_KEYS[t]))).toEqual([
			'start-up',
			'travailleur·se indépendant·e',
			'entreprise',
			'organisation professionnelle',
			'association',
			'organisme public',
			'autre'
		]);
		const en = translator('en');
		for (const b of HEADCOUNT_BANDS)
			expect(en(HEADCOUNT_BAND_LABEL_KEYS[b])).not.toBe(HEADCOUNT_BAND_LABEL_KEYS[b]);
		for (const key of [
			'organisation.error.legalName',
			'organisation.error.type',
			'organisation.error.headcountBand',
			'organisation.error.postalCode',
			'organisation.error.postalCodeUnknown',
			'organisation.error.website',
			'organisation.error.siretRequired'
		] as const) {
			expect(fr(key)).not.toBe(key);
			expect(en(key)).not.toBe(key);
		}
	});
});
