import { describe, expect, it } from 'vitest';
import {
	analyse,
	analyseTerms,
	buildCorpus,
	cosine,
	cosinesWith,
	isStopWord,
	postingIndex,
	sharedTerms,
	stemOf,
	tokenise
} from './french.ts';

describe('tokenise', () => {
	it('splits on apostrophes, either typographic or straight', () => {
		expect(tokenise("L’entreprise et l'équipe d’accueil")).toEqual([
			'l',
			'entreprise',
			'et',
			'l',
			'équipe',
			'd',
			'accueil'
		]);
	});

	it('lower-cases, keeps accents and digits, spells out œ', () => {
		expect(tokenise('ÉVALUATION des RPS2 en 2024 : Œuvre')).toEqual([
			'évaluation',
			'des',
			'rps2',
			'en',
			'2024',
			'oeuvre'
		]);
	});

	it('splits hyphenated words, but keeps « bien-être » whole', () => {
		expect(tokenise('sous-traitance et bien-être au travail')).toEqual([
			'sous',
			'traitance',
			'et',
			'bien-être',
			'au',
			'travail'
		]);
	});
	it('knows the other hyphens, and ignores stray ones', () => {
		expect(tokenise('co\u2011construction, bien\u2011être, -travail-')).toEqual([
			'co',
			'construction',
			'bien-être',
			'travail'
		]);
	});
});

describe('analyse', () => {
	it('drops stop words, one-letter tokens and numbers', () => {
		expect(analyse('Il y a 12 salariés dans l’atelier depuis 2019')).toEqual(['salari', 'ateli']);
	});

	it('drops the domain-empty words but keeps what projects are about', () => {
		expect(analyse('Le projet de l’entreprise : mise en place du dialogue social')).toEqual([
			'dialogu',
			'social'
		]);
		expect(isStopWord('travail')).toBe(false);
		expect(isStopWord('organisation')).toBe(false);
		expect(isStopWord('parole')).toBe(false);
	});

	it('gives singular and plural, masculine and feminine the same stem', () => {
		expect(analyse('charges de travail')).toEqual(analyse('charge de travail'));
		expect(analyse('les salariées formées')).toEqual(analyse('un salarié formé'));
		expect(analyse('outils numériques')).toEqual(analyse('outil numérique'));
	});

	it('matches words typed without their accents', () => {
		expect(analyse('evaluation de la qualite')).toEqual(analyse('évaluation de la qualité'));
		expect(stemOf('apres')).toBeNull();
		expect(stemOf('après')).toBeNull();
	});

	it('keeps the surface word beside the stem', () => {
		expect(analyseTerms('Les Équipes')).toEqual([{ stem: 'equip', surface: 'équipes' }]);
		expect(analyse('le bien-être')).toEqual(['bien-etre']);
	});
});

describe('buildCorpus', () => {
	const docs = [
		{ id: 'charge', text: 'Évaluer la charge de travail des équipes soignantes' },
		{ id: 'charges', text: 'Les charges de travail et le dialogue social dans les équipes' },
		{ id: 'numerique', text: 'Des outils numériques pour le télétravail' },
		{ id: 'vide', text: 'Le projet de l’entreprise et ses projets.' }
	];
	const corpus = buildCorpus(docs);
	const at = (id: string) => corpus.indexOf.get(id)!;

	it('relates documents through shared stems, and only through them', () => {
		expect(cosine(corpus, at('charge'), at('charges'))).toBeGreaterThan(0.3);
		expect(cosine(corpus, at('charge'), at('numerique'))).toBe(0);
		expect(cosine(corpus, at('vide'), at('charge'))).toBe(0);
	});

	it('gives a document a cosine of 1 with itself, 0 when it has no term', () => {
		expect(cosine(corpus, at('numerique'), at('numerique'))).toBeCloseTo(1, 12);
		expect(cosine(corpus, at('vide'), at('vide'))).toBe(0);
	});

	it('explains a similarity by the shared words, as written', () => {
		const shared = sharedTerms(corpus, at('charge'), at('charges'));
		expect(shared.map((s) => s.word).sort()).toEqual(['charge', 'travail', 'équipes']);
		const sum = shared.reduce((s, t) => s + t.weight, 0);
		expect(sum).toBeCloseTo(cosine(corpus, at('charge'), at('charges')), 12);
	});

	it('weighs a rare shared term more than a common one', () => {
		const c = buildCorpus([
			{ id: 'a', text: 'travail ergonomie' },
			{ id: 'b', text: 'travail ergonomie' },
			{ id: 'c', text: 'travail' },
			{ id: 'd', text: 'travail' }
		]);
		const [first, second] = sharedTerms(c, 0, 1);
		expect(first.word).toBe('ergonomie');
		expect(second.word).toBe('travail');
		expect(first.weight).toBeGreaterThan(second.weight);
	});

	it('picks the most frequent surface word of a stem', () => {
		const c = buildCorpus([
			{ id: 'a', text: 'charges, charges et charge' },
			{ id: 'b', text: 'chargé' }
		]);
		expect(c.surfaces[c.terms.indexOf('charg')]).toBe('charges');
	});

	it('compares one document with all through the posting index as pairwise cosines do', () => {
		const index = postingIndex(corpus);
		const out = new Float64Array(docs.length);
		for (let d = 0; d < docs.length; d++) {
			cosinesWith(corpus, index, d, out);
			for (let e = 0; e < docs.length; e++) {
				expect(out[e]).toBeCloseTo(cosine(corpus, d, e), 12);
			}
		}
	});

	it('refuses duplicate ids', () => {
		expect(() =>
			buildCorpus([
				{ id: 'a', text: '' },
				{ id: 'a', text: '' }
			])
		).toThrow();
	});
});
