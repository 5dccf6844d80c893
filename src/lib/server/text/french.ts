/**
 * French text analysis for matching: tokenisation, stop words, stemming, and a TF-IDF vector
 * model with cosine similarity and the shared terms that explain it.
 *
 * Pure and deterministic: the same documents in the same order give the same vectors, and every
 * tie is broken by code-unit order of the terms. Used by the reviewer affinity
 * (review/affinity/affinity.ts) and meant for the synergies between projects.
 *
 * Pipeline of `analyse(text)`:
 * 1. `tokenise`: lower case (NFC), œ → oe and æ → ae; a token is a run of letters (accented
 *    ones included) and digits. Apostrophes split (« l’entreprise » → l, entreprise) and so do
 *    hyphens (« sous-traitance » → sous, traitance), except for the few compounds of
 *    `KEPT_COMPOUNDS` whose parts are empty words on their own (« bien-être »).
 * 2. Stop words: tokens of one character, numbers (dates and amounts say nothing of a topic) and
 *    the words of `STOP_WORDS` are dropped, compared without accents (« apres » as « après »).
 * 3. Stemming: the Snowball French stemmer (package `snowball-stemmers`), run on the accented
 *    word because the algorithm uses the accents (é is a vowel, « -ité » a suffix), then accents
 *    are stripped from the stem so that « evaluation » typed without accent still matches
 *    « évaluation ».
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Stemmer = { stem(word: string): string };
const snowball = require('snowball-stemmers') as { newStemmer(language: string): Stemmer };
const isoStopWords = require('stopwords-iso') as Record<string, string[]>;

const stemmer = snowball.newStemmer('french');

/** Removes diacritics (NFD then combining marks), keeps everything else. */
export function stripAccents(word: string): string {
	return word.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lower case, NFC, ligatures œ and æ spelt out. */
export function normalise(text: string): string {
	return text.normalize('NFC').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/**
 * Words of the stopwords-iso French list that carry meaning in workplace quality projects and
 * are kept: « parole » (libérer la parole, espaces de parole), « valeur » (valeurs, création de
 * valeur), « personne(s) » (personnes concernées, personnes en situation de handicap).
 */
const KEPT_ISO_WORDS = ['parole', 'valeur', 'personne', 'personnes'];

/**
 * Words every application of the programme uses, whatever its subject, and that would only add
 * noise to explanations (« projet », « entreprise ») or are the empty part of a set phrase
 * (« mise en place », « mise en œuvre »). Kept small on purpose: the
 * inverse document frequency already lowers the weight of any word common to a corpus; this
 * list matters for small corpora (a dozen documents) and for reviewers' short profiles. Not in
 * it, although frequent: « travail », « organisation », « salariés », « outil », « dialogue »,
 * which are what the projects are about, nor « cadre » (« les cadres » are managers).
 */
export const DOMAIN_STOP_WORDS = [
	'projet',
	'projets',
	'entreprise',
	'entreprises',
	'candidature',
	'mise',
	'mises',
	'mis',
	'mettre',
	'place',
	'oeuvre',
	'etc'
];

/** Every stop word, accents stripped. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	[...isoStopWords.fr.filter((w) => !KEPT_ISO_WORDS.includes(w)), ...DOMAIN_STOP_WORDS]
		.flatMap((w) => normalise(w).split(/[^\p{L}\p{N}]+/u))
		.filter((w) => w !== '' && !KEPT_ISO_WORDS.includes(w))
		.map(stripAccents)
);

/**
 * Hyphenated compounds kept whole because their parts are stop words (« bien », « être ») while
 * the compound is a central notion of the field.
 */
export const KEPT_COMPOUNDS: ReadonlySet<string> = new Set(['bien-être', 'mal-être']);

const SEPARATORS = /[^\p{L}\p{N}‐‑-]+/u;
const HYPHENS = /[‐‑-]+/u;

/** Calls `emit` with each surface token of a text, in order (see `tokenise`). */
function forEachToken(text: string, emit: (token: string) => void): void {
	for (const word of normalise(text).split(SEPARATORS)) {
		if (word === '') continue;
		if (!word.includes('-') && !word.includes('‐') && !word.includes('‑')) {
			emit(word);
			continue;
		}
		const parts = word.split(HYPHENS).filter((p) => p !== '');
		const joined = parts.join('-');
		if (KEPT_COMPOUNDS.has(joined)) emit(joined);
		else for (const part of parts) emit(part);
	}
}

/**
 * The surface tokens of a text, in order: normalised (lower case, accents kept), split on
 * apostrophes, hyphens (except `KEPT_COMPOUNDS`, written with '-') and everything that is
 * neither a letter nor a digit. Stop words are still there.
 */
export function tokenise(text: string): string[] {
	const out: string[] = [];
	forEachToken(text, (token) => out.push(token));
	return out;
}

/** Whether a surface token is ignored: one character, a number, or a stop word. */
export function isStopWord(token: string): boolean {
	if (token.length < 2 || /^\p{N}+$/u.test(token)) return true;
	return STOP_WORDS.has(stripAccents(token));
}

/** Stems, by surface token (null for a stop word): stemming is the costly step. */
const stemCache = new Map<string, string | null>();
const STEM_CACHE_LIMIT = 500_000;

/**
 * The stem of one surface token (as `tokenise` gives them), or null for a stop word. Compounds
 * kept whole are not stemmed: « bien-être » → « bien-etre ».
 */
export function stemOf(token: string): string | null {
	const cached = stemCache.get(token);
	if (cached !== undefined) return cached;
	let stem: string | null;
	if (isStopWord(token)) stem = null;
	else if (token.includes('-')) stem = stripAccents(token);
	else stem = stripAccents(stemmer.stem(token));
	if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
	stemCache.set(token, stem);
	return stem;
}

/** A kept token: its stem and the word as written (normalised, accents kept). */
export type Term = { stem: string; surface: string };

/** The kept tokens of a text with their stems, in order. */
export function analyseTerms(text: string): Term[] {
	const out: Term[] = [];
	forEachToken(text, (surface) => {
		const stem = stemOf(surface);
		if (stem !== null) out.push({ stem, surface });
	});
	return out;
}

/** The stems of a text, in order, stop words removed. */
export function analyse(text: string): string[] {
	const out: string[] = [];
	forEachToken(text, (surface) => {
		const stem = stemOf(surface);
		if (stem !== null) out.push(stem);
	});
	return out;
}

/**
 * A TF-IDF model of a set of documents. Terms have integer ids (in order of first appearance);
 * document vectors are sparse rows of a compressed matrix, sorted by term id, L2-normalised:
 * row `d` is `termIds[offsets[d] .. offsets[d + 1])` with `weights` alongside.
 *
 * Weight of term t in document d: (1 + ln tf) × ln(1 + N / df): sublinear term frequency (a word
 * repeated ten times is not ten times the topic) and an inverse document frequency that stays
 * positive, so a term shared by every document of a small corpus still counts a little.
 */
export type Corpus = {
	ids: string[];
	/** Stems by term id. */
	terms: string[];
	/** Per term id: the most frequent surface word of the corpus with that stem (ties: code-unit order). */
	surfaces: string[];
	/** Per term id: documents containing it. */
	documentFrequency: Int32Array;
	idf: Float64Array;
	offsets: Int32Array;
	termIds: Int32Array;
	weights: Float64Array;
	/** Document index by id. */
	indexOf: Map<string, number>;
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the model of a set of documents (ids must be distinct). Linear in the size of the texts
 * (plus a sort of each document's term ids).
 */
export function buildCorpus(docs: { id: string; text: string }[]): Corpus {
	const n = docs.length;
	const indexOf = new Map<string, number>();
	docs.forEach((d, i) => {
		if (indexOf.has(d.id)) throw new Error(`document « ${d.id} » en double`);
		indexOf.set(d.id, i);
	});
	const termIndex = new Map<string, number>();
	const terms: string[] = [];
	// Every distinct surface token: its term id (-1 for a stop word) and its count.
	const surfaceIndex = new Map<string, number>();
	const surfaceWords: string[] = [];
	const surfaceTerm: number[] = [];
	const surfaceCounts: number[] = [];
	const rows: Int32Array[] = [];
	let nnz = 0;
	let buffer = new Int32Array(1024);
	for (const doc of docs) {
		let length = 0;
		forEachToken(doc.text, (surface) => {
			let known = surfaceIndex.get(surface);
			if (known === undefined) {
				const stem = stemOf(surface);
				let term = -1;
				if (stem !== null) {
					term = termIndex.get(stem) ?? -1;
					if (term < 0) {
						term = terms.length;
						terms.push(stem);
						termIndex.set(stem, term);
					}
				}
				known = surfaceWords.length;
				surfaceWords.push(surface);
				surfaceTerm.push(term);
				surfaceCounts.push(0);
				surfaceIndex.set(surface, known);
			}
			const term = surfaceTerm[known];
			if (term < 0) return;
			surfaceCounts[known]++;
			if (length === buffer.length) {
				const bigger = new Int32Array(buffer.length * 2);
				bigger.set(buffer);
				buffer = bigger;
			}
			buffer[length++] = term;
		});
		const row = buffer.slice(0, length).sort();
		rows.push(row);
		let distinct = 0;
		for (let k = 0; k < length; k++) if (k === 0 || row[k] !== row[k - 1]) distinct++;
		nnz += distinct;
	}

	const t = terms.length;
	const offsets = new Int32Array(n + 1);
	const termIds = new Int32Array(nnz);
	const counts = new Int32Array(nnz);
	const documentFrequency = new Int32Array(t);
	let at = 0;
	for (let d = 0; d < n; d++) {
		const row = rows[d];
		for (let k = 0; k < row.length; k++) {
			if (k > 0 && row[k] === row[k - 1]) {
				counts[at - 1]++;
			} else {
				termIds[at] = row[k];
				counts[at] = 1;
				documentFrequency[row[k]]++;
				at++;
			}
		}
		offsets[d + 1] = at;
	}
	const idf = new Float64Array(t);
	for (let k = 0; k < t; k++) idf[k] = Math.log(1 + n / documentFrequency[k]);
	const weights = new Float64Array(nnz);
	for (let d = 0; d < n; d++) {
		let norm = 0;
		for (let k = offsets[d]; k < offsets[d + 1]; k++) {
			const w = (1 + Math.log(counts[k])) * idf[termIds[k]];
			weights[k] = w;
			norm += w * w;
		}
		norm = Math.sqrt(norm);
		if (norm > 0) for (let k = offsets[d]; k < offsets[d + 1]; k++) weights[k] /= norm;
	}

	const surfaces: string[] = new Array<string>(t).fill('');
	const best = new Int32Array(t);
	for (let k = 0; k < surfaceWords.length; k++) {
		const term = surfaceTerm[k];
		const surface = surfaceWords[k];
		const count = surfaceCounts[k];
		if (term < 0) continue;
		if (count > best[term] || (count === best[term] && byCodeUnits(surface, surfaces[term]) < 0)) {
			best[term] = count;
			surfaces[term] = surface;
		}
	}

	return {
		ids: docs.map((d) => d.id),
		terms,
		surfaces,
		documentFrequency,
		idf,
		offsets,
		termIds,
		weights,
		indexOf
	};
}

/** Cosine similarity of two documents of a corpus (by index), in [0, 1]. */
export function cosine(corpus: Corpus, a: number, b: number): number {
	const { offsets, termIds, weights } = corpus;
	let i = offsets[a];
	let j = offsets[b];
	const iEnd = offsets[a + 1];
	const jEnd = offsets[b + 1];
	let sum = 0;
	while (i < iEnd && j < jEnd) {
		const ti = termIds[i];
		const tj = termIds[j];
		if (ti === tj) {
			sum += weights[i++] * weights[j++];
		} else if (ti < tj) i++;
		else j++;
	}
	return Math.min(1, sum);
}

/** A term two documents share and its share of their cosine (the product of its weights). */
export type SharedTerm = { stem: string; word: string; weight: number };

/**
 * The terms two documents share, largest contribution to their cosine first (ties: stem in
 * code-unit order), at most `limit`. The contributions of all shared terms sum to the cosine.
 */
export function sharedTerms(corpus: Corpus, a: number, b: number, limit = 5): SharedTerm[] {
	const { offsets, termIds, weights } = corpus;
	const out: SharedTerm[] = [];
	let i = offsets[a];
	let j = offsets[b];
	while (i < offsets[a + 1] && j < offsets[b + 1]) {
		const ti = termIds[i];
		const tj = termIds[j];
		if (ti === tj) {
			out.push({
				stem: corpus.terms[ti],
				word: corpus.surfaces[ti],
				weight: weights[i++] * weights[j++]
			});
		} else if (ti < tj) i++;
		else j++;
	}
	out.sort((x, y) => y.weight - x.weight || byCodeUnits(x.stem, y.stem));
	return out.slice(0, limit);
}

/**
 * An inverted index of a corpus (per term, the documents containing it and the weights), to
 * compare one document with all the others in time proportional to the postings of its terms.
 */
export type PostingIndex = { offsets: Int32Array; docs: Int32Array; weights: Float64Array };

export function postingIndex(corpus: Corpus): PostingIndex {
	const t = corpus.terms.length;
	const n = corpus.ids.length;
	const offsets = new Int32Array(t + 1);
	for (let k = 0; k < corpus.termIds.length; k++) offsets[corpus.termIds[k] + 1]++;
	for (let k = 0; k < t; k++) offsets[k + 1] += offsets[k];
	const fill = offsets.slice(0, t);
	const docs = new Int32Array(corpus.termIds.length);
	const weights = new Float64Array(corpus.termIds.length);
	for (let d = 0; d < n; d++) {
		for (let k = corpus.offsets[d]; k < corpus.offsets[d + 1]; k++) {
			const at = fill[corpus.termIds[k]]++;
			docs[at] = d;
			weights[at] = corpus.weights[k];
		}
	}
	return { offsets, docs, weights };
}

/**
 * The cosine of document `d` with every document of the corpus (itself included), written into
 * `out` (length: the number of documents; overwritten).
 */
export function cosinesWith(
	corpus: Corpus,
	index: PostingIndex,
	d: number,
	out: Float64Array
): Float64Array {
	out.fill(0);
	for (let k = corpus.offsets[d]; k < corpus.offsets[d + 1]; k++) {
		const w = corpus.weights[k];
		const term = corpus.termIds[k];
		for (let p = index.offsets[term]; p < index.offsets[term + 1]; p++) {
			out[index.docs[p]] += w * index.weights[p];
		}
	}
	for (let k = 0; k < out.length; k++) if (out[k] > 1) out[k] = 1;
	return out;
}
