/**
 * Synergies between projects (docs/decisions/019-synergy-suggestions.md): pairs of projects that
 * could work together, of two kinds, each with a score in [0, 1] and its reasons in French.
 *
 * - **similar** (same problem or same audience: risk of duplicates, chance to share):
 *   score = 0.8 × text + 0.2 × tags, where text is the TF-IDF cosine of the projects' title,
 *   summary and extra text (text/french.ts) and tags a Jaccard index of their tags (case,
 *   accents, « _ » and « - » ignored) where each shared tag counts for its specificity
 *   ln(1 + N / df) / ln(1 + N): 1 for a tag only these two projects have, little for a theme
 *   half the projects share.
 * - **complementary** (what one offers covers what the other needs): every need of a project is
 *   compared with every offer of the other, as the TF-IDF cosine of the two short texts in a
 *   corpus of all offers and needs (stemmed terms weighted by their inverse frequency among the
 *   items); an offer covers a need from `MATCH_MIN` on. score = 0.8 × coverage + 0.2 × tags, with
 *   coverage = 1 − Π (1 − m) over the needs covered (each by its best offer, m its cosine), in both
 *   directions: one strong match counts, several count more, and the score stays below 1.
 *
 * Pairs: `a` < `b` in code-unit order of the ids, for both kinds. A complementary pair gathers
 * both directions; its `covers` say who offers (`from`) and who needs (`to`).
 *
 * Scale: never all pairs. Similar: for each project, an inverted index over its terms gives
 * candidates, visiting its terms heaviest (rarest) first within a budget of postings
 * (`SIMILAR_POSTINGS_BUDGET`): common terms, which would make every pair a candidate, are left
 * out of the search but count in the exact score of the candidates; the `candidates` best by this
 * partial score are scored exactly. Complementary: each need of a project finds offers, and each
 * of its offers finds needs, through inverted indexes of the offers and of the needs
 * (`NEED_POSTINGS_BUDGET` postings per item); the projects with the best partial score are
 * matched exactly. Then each project keeps its best `perProject` pairs of each kind (a pair stays
 * when it is among the best of either project).
 *
 * Pure and deterministic: projects are taken in code-unit order of their ids, whatever the input
 * order; ties are broken by the ids.
 */
import {
	buildCorpus,
	cosine,
	normalise,
	postingIndex,
	stripAccents,
	type Corpus
} from '#lib/server/text/french.ts';
import { TopK } from './engine/topk.ts';

export type SynergyProject = {
	id: string;
	title: string;
	summary: string;
	tags: string[];
	/** What the project can bring to others (skills, tools, field sites, data…), one item each. */
	offers: string[];
	/** What it is looking for, one item each. */
	needs: string[];
	/** Extra French text: canvas, answers. */
	text?: string;
};

/** An offer of `from` that covers a need of `to` (project ids). */
export type SynergyCover = { offer: string; need: string; from: string; to: string };

export type SynergyPair = {
	/** a < b (code-unit order of the ids), for both kinds. */
	a: string;
	b: string;
	kind: 'similar' | 'complementary';
	/** In [0, 1], rounded to 1e-6. */
	score: number;
	/** French sentences. */
	reasons: string[];
	/** similar: the shared words weighing most; complementary: the words linking the covers. */
	shared?: string[];
	/** complementary only: the needs covered, best match first. */
	covers?: SynergyCover[];
};

export type SynergyOptions = {
	/** At most this many pairs in all (default: no limit). */
	limit?: number;
	/** Pairs scoring less are left out (default 0.1). */
	minScore?: number;
	/** Pairs of each kind kept per project: a pair stays when among the best of a or b (default 5). */
	perProject?: number;
	/**
	 * Tuning of the candidate search (benchmarks): postings visited per project for similar pairs
	 * (default `SIMILAR_POSTINGS_BUDGET`), per need for offers (default `NEED_POSTINGS_BUDGET`),
	 * candidates scored exactly per project or need (default max(20, 4 × perProject)).
	 */
	search?: { similarBudget?: number; needBudget?: number; candidates?: number };
};

export const SIMILAR_WEIGHTS = { text: 0.8, tags: 0.2 } as const;
export const COMPLEMENTARY_WEIGHTS = { cover: 0.8, tags: 0.2 } as const;
/** The cosine from which an offer covers a need. */
export const MATCH_MIN = 0.3;
export const DEFAULT_OPTIONS = { minScore: 0.1, perProject: 5 } as const;
/** Postings visited per project when looking for similar candidates. */
export const SIMILAR_POSTINGS_BUDGET = 4_000;
/** Postings visited per need when looking for offers. */
export const NEED_POSTINGS_BUDGET = 512;
/** Words and covers shown in the reasons, at most. */
const REASON_TERMS = 5;
const REASON_COVERS = 3;
/** From this text cosine, the reasons warn of a possible duplicate. */
const DUPLICATE_COSINE = 0.5;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
/** Two decimals with a French comma (toLocaleString is slow in a loop of thousands). */
const decimal = (x: number) => x.toFixed(2).replace('.', ',');

/** A tag as compared: lower case, no accents, « _ » and « - » as spaces, spaces collapsed. */
export const tagKey = (tag: string) =>
	stripAccents(normalise(tag))
		.replace(/[_\-‐‑]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** Everything the scoring needs, on typed arrays; projects indexed in code-unit order of ids. */
export type SynergyModel = {
	projects: SynergyProject[];
	corpus: Corpus;
	/** Per project, its distinct tag ids, sorted; tag labels as first written. */
	tagOffsets: Int32Array;
	tagIds: Int32Array;
	tagLabels: string[];
	/** Per tag id: its specificity ln(1 + N / df) / ln(1 + N), in (0, 1]. */
	tagWeights: Float64Array;
	/** Offers and needs: project p's offers are items [offerStart[p], needStart[p]), its needs [needStart[p], offerStart[p + 1]). */
	items: Corpus;
	itemText: string[];
	itemProject: Int32Array;
	offerStart: Int32Array;
	needStart: Int32Array;
};

/** Builds the model (throws on a duplicate id: the caller validates its input). */
export function synergyModel(input: SynergyProject[]): SynergyModel {
	const projects = [...input].sort((x, y) => byCodeUnits(x.id, y.id));
	for (let k = 1; k < projects.length; k++) {
		if (projects[k].id === projects[k - 1].id)
			throw new Error(`projet « ${projects[k].id} » en double`);
	}
	const n = projects.length;
	const corpus = buildCorpus(
		projects.map((p) => ({
			id: p.id,
			text: [p.title, p.summary, p.text ?? ''].join('\n')
		}))
	);

	const tagIndex = new Map<string, number>();
	const tagLabels: string[] = [];
	const tagOffsets = new Int32Array(n + 1);
	const tagList: number[] = [];
	projects.forEach((p, i) => {
		const ids = new Set<number>();
		for (const tag of p.tags) {
			const key = tagKey(tag);
			if (key === '') continue;
			let id = tagIndex.get(key);
			if (id === undefined) {
				id = tagLabels.length;
				tagIndex.set(key, id);
				tagLabels.push(tag.trim());
			}
			ids.add(id);
		}
		tagList.push(...[...ids].sort((x, y) => x - y));
		tagOffsets[i + 1] = tagList.length;
	});

	const docs: { id: string; text: string }[] = [];
	const itemText: string[] = [];
	const itemProject: number[] = [];
	const offerStart = new Int32Array(n + 1);
	const needStart = new Int32Array(n);
	projects.forEach((p, i) => {
		offerStart[i] = docs.length;
		for (const o of p.offers) {
			itemProject.push(i);
			itemText.push(o);
			docs.push({ id: `${docs.length}`, text: o });
		}
		needStart[i] = docs.length;
		for (const need of p.needs) {
			itemProject.push(i);
			itemText.push(need);
			docs.push({ id: `${docs.length}`, text: need });
		}
	});
	offerStart[n] = docs.length;

	const tagWeights = new Float64Array(tagLabels.length);
	for (const t of tagList) tagWeights[t]++;
	for (let t = 0; t < tagWeights.length; t++)
		tagWeights[t] = Math.log(1 + n / tagWeights[t]) / Math.log(1 + n);

	return {
		projects,
		corpus,
		tagOffsets,
		tagIds: Int32Array.from(tagList),
		tagLabels,
		tagWeights,
		items: buildCorpus(docs),
		itemText,
		itemProject: Int32Array.from(itemProject),
		offerStart,
		needStart
	};
}

/** The tag ids projects i and j share, in id order. */
function sharedTags(model: SynergyModel, i: number, j: number): number[] {
	const { tagOffsets, tagIds } = model;
	const out: number[] = [];
	let x = tagOffsets[i];
	let y = tagOffsets[j];
	while (x < tagOffsets[i + 1] && y < tagOffsets[j + 1]) {
		if (tagIds[x] === tagIds[y]) {
			out.push(tagIds[x]);
			x++;
			y++;
		} else if (tagIds[x] < tagIds[y]) x++;
		else y++;
	}
	return out;
}

/**
 * The tags part of projects i and j, in [0, 1]: the specificities of their shared tags over the
 * number of distinct tags of the two (a Jaccard index where common tags count less); 0 when they
 * share none.
 */
export function tagSimilarity(model: SynergyModel, i: number, j: number): number {
	const { tagOffsets, tagIds, tagWeights } = model;
	let shared = 0;
	let sum = 0;
	let x = tagOffsets[i];
	let y = tagOffsets[j];
	while (x < tagOffsets[i + 1] && y < tagOffsets[j + 1]) {
		if (tagIds[x] === tagIds[y]) {
			shared++;
			sum += tagWeights[tagIds[x]];
			x++;
			y++;
		} else if (tagIds[x] < tagIds[y]) x++;
		else y++;
	}
	if (shared === 0) return 0;
	const union = tagOffsets[i + 1] - tagOffsets[i] + (tagOffsets[j + 1] - tagOffsets[j]) - shared;
	return Math.min(1, sum / union);
}

/** The exact similar score of projects i and j (indices of the model). */
export function similarScore(model: SynergyModel, i: number, j: number): number {
	return Math.min(
		1,
		SIMILAR_WEIGHTS.text * cosine(model.corpus, i, j) +
			SIMILAR_WEIGHTS.tags * tagSimilarity(model, i, j)
	);
}

/** One need covered: the offer item, the need item and their cosine. */
export type Match = { offer: number; need: number; m: number };

/**
 * The complementary score of two projects from the matches found between them (at most one per
 * need: its best offer of the other project).
 */
export function complementaryScore(
	model: SynergyModel,
	i: number,
	j: number,
	matches: Match[]
): number {
	let uncovered = 1;
	for (const match of matches) uncovered *= 1 - Math.min(1, match.m);
	if (matches.length === 0) return 0;
	return Math.min(
		1,
		COMPLEMENTARY_WEIGHTS.cover * (1 - uncovered) +
			COMPLEMENTARY_WEIGHTS.tags * tagSimilarity(model, i, j)
	);
}

/**
 * Every match between projects i and j computed exactly (all needs of each against all offers of
 * the other): the reference the candidate search approximates (tests, benchmark).
 */
export function exactMatches(model: SynergyModel, i: number, j: number): Match[] {
	const out: Match[] = [];
	matchNeeds(model, i, j, out);
	matchNeeds(model, j, i, out);
	return out;
}

/** Appends to `out` the best offer of `from` (cosine ≥ MATCH_MIN) for each need of `to`. */
function matchNeeds(model: SynergyModel, from: number, to: number, out: Match[]): void {
	const { offerStart, needStart, items } = model;
	for (let need = needStart[to]; need < offerStart[to + 1]; need++) {
		let best = -1;
		let bestM = 0;
		for (let offer = offerStart[from]; offer < needStart[from]; offer++) {
			const m = cosine(items, offer, need);
			if (m >= MATCH_MIN && m > bestM) {
				best = offer;
				bestM = m;
			}
		}
		if (best >= 0) out.push({ offer: best, need, m: bestM });
	}
}

const itemCount = (model: SynergyModel) => model.itemProject.length;

/** The rows of a corpus document, heaviest term first (ties: term id). */
function termsByWeight(corpus: Corpus, d: number): number[] {
	const ks: number[] = [];
	for (let k = corpus.offsets[d]; k < corpus.offsets[d + 1]; k++) ks.push(k);
	ks.sort((x, y) => corpus.weights[y] - corpus.weights[x] || corpus.termIds[x] - corpus.termIds[y]);
	return ks;
}

/** Candidate similar pairs (key lo × n + hi), with their exact scores. */
function similarPairs(
	model: SynergyModel,
	candidates: number,
	budget: number
): Map<number, number> {
	const { corpus, tagOffsets, tagIds } = model;
	const n = model.projects.length;
	const index = postingIndex(corpus);
	// Postings of the tags.
	const tagCount = model.tagLabels.length;
	const tOffsets = new Int32Array(tagCount + 1);
	for (let k = 0; k < tagIds.length; k++) tOffsets[tagIds[k] + 1]++;
	for (let t = 0; t < tagCount; t++) tOffsets[t + 1] += tOffsets[t];
	const fill = tOffsets.slice(0, tagCount);
	const tDocs = new Int32Array(tagIds.length);
	for (let d = 0; d < n; d++)
		for (let k = tagOffsets[d]; k < tagOffsets[d + 1]; k++) tDocs[fill[tagIds[k]]++] = d;

	const acc = new Float64Array(n);
	const touched = new Int32Array(n);
	const heap = new TopK(candidates);
	const scores = new Map<number, number>();
	for (let d = 0; d < n; d++) {
		let count = 0;
		let spent = 0;
		for (const k of termsByWeight(corpus, d)) {
			const term = corpus.termIds[k];
			const df = index.offsets[term + 1] - index.offsets[term];
			if (spent + df > budget) continue;
			spent += df;
			const w = SIMILAR_WEIGHTS.text * corpus.weights[k];
			for (let p = index.offsets[term]; p < index.offsets[term + 1]; p++) {
				const e = index.docs[p];
				if (e === d) continue;
				if (acc[e] === 0) touched[count++] = e;
				acc[e] += w * index.weights[p];
			}
		}
		const ownTags = tagOffsets[d + 1] - tagOffsets[d];
		for (let k = tagOffsets[d]; k < tagOffsets[d + 1]; k++) {
			const tag = tagIds[k];
			const df = tOffsets[tag + 1] - tOffsets[tag];
			if (spent + df > budget) continue;
			spent += df;
			const w = (SIMILAR_WEIGHTS.tags * model.tagWeights[tag]) / ownTags;
			for (let p = tOffsets[tag]; p < tOffsets[tag + 1]; p++) {
				const e = tDocs[p];
				if (e === d) continue;
				if (acc[e] === 0) touched[count++] = e;
				acc[e] += w;
			}
		}
		heap.clear();
		for (let k = 0; k < count; k++) {
			const e = touched[k];
			if (acc[e] > 0) heap.push(acc[e], e);
			acc[e] = 0;
		}
		for (const { item: e } of heap.sorted()) {
			const key = d < e ? d * n + e : e * n + d;
			if (!scores.has(key)) scores.set(key, similarScore(model, d, e));
		}
	}
	return scores;
}

/** An inverted index of the offers or of the needs: per term, the items containing it and their weights. */
type ItemPostings = { offsets: Int32Array; items: Int32Array; weights: Float64Array };

function itemPostings(model: SynergyModel, kind: 'offers' | 'needs'): ItemPostings {
	const { items, offerStart, needStart } = model;
	const n = model.projects.length;
	const terms = items.terms.length;
	const first = (p: number) => (kind === 'offers' ? offerStart[p] : needStart[p]);
	const end = (p: number) => (kind === 'offers' ? needStart[p] : offerStart[p + 1]);
	const offsets = new Int32Array(terms + 1);
	for (let p = 0; p < n; p++)
		for (let it = first(p); it < end(p); it++)
			for (let k = items.offsets[it]; k < items.offsets[it + 1]; k++)
				offsets[items.termIds[k] + 1]++;
	for (let t = 0; t < terms; t++) offsets[t + 1] += offsets[t];
	const fill = offsets.slice(0, terms);
	const list = new Int32Array(offsets[terms]);
	const weights = new Float64Array(offsets[terms]);
	for (let p = 0; p < n; p++) {
		for (let it = first(p); it < end(p); it++) {
			for (let k = items.offsets[it]; k < items.offsets[it + 1]; k++) {
				const at = fill[items.termIds[k]]++;
				list[at] = it;
				weights[at] = items.weights[k];
			}
		}
	}
	return { offsets, items: list, weights };
}

/**
 * Candidate complementary pairs (key lo × n + hi), with their exact matches. For each project p:
 * each of its needs finds offers, and each of its offers finds needs, through inverted indexes
 * (terms heaviest first, within `budget` postings per item; the items found get their exact
 * cosine); every need, of p or of another project, keeps its best match found; the projects whose
 * score from these matches (0.8 × coverage 1 − Π (1 − m) over the needs of both + 0.2 × tags) is
 * among the `candidates` best are matched exactly (`exactMatches`): a match is missed only when
 * the two items share none of the terms visited.
 */
function complementaryMatches(
	model: SynergyModel,
	candidates: number,
	budget: number
): Map<number, Match[]> {
	const { items, itemProject, offerStart, needStart } = model;
	const n = model.projects.length;
	const count = itemCount(model);
	const { tagOffsets, tagIds, tagWeights } = model;
	const tagMark = new Uint8Array(model.tagLabels.length);
	const offerIndex = itemPostings(model, 'offers');
	const needIndex = itemPostings(model, 'needs');

	const acc = new Float64Array(count);
	const touchedItems = new Int32Array(count);
	// Whether the last search left terms out (its cosines are then partial).
	let skipped = false;
	/**
	 * Cosines of `item` with the items of the other kind (not of project p) sharing one of its
	 * terms visited, into `acc`; returns how many are in `touchedItems`.
	 */
	const search = (p: number, item: number, index: ItemPostings): number => {
		let touched = 0;
		let spent = 0;
		skipped = false;
		for (const k of termsByWeight(items, item)) {
			const term = items.termIds[k];
			const df = index.offsets[term + 1] - index.offsets[term];
			if (spent + df > budget) {
				skipped = true;
				continue;
			}
			spent += df;
			const w = items.weights[k];
			for (let q = index.offsets[term]; q < index.offsets[term + 1]; q++) {
				const other = index.items[q];
				if (itemProject[other] === p) continue;
				if (acc[other] === 0) touchedItems[touched++] = other;
				acc[other] += w * index.weights[q];
			}
		}
		return touched;
	};

	// Per other project: its best partial match for the current need of p; per need of another
	// project: its best partial match among p's offers.
	const bestFor = new Float64Array(n);
	const touchedFor = new Int32Array(n);
	const bestNeed = new Float64Array(count);
	const touchedNeeds = new Int32Array(count);
	// Per other project: Π (1 − best match) over the needs of both.
	const uncovered = new Float64Array(n).fill(1);
	const isTouched = new Uint8Array(n);
	const touchedProjects = new Int32Array(n);
	const heap = new TopK(candidates);
	const pairs = new Map<number, Match[]>();
	for (let p = 0; p < n; p++) {
		let projects = 0;
		// p's needs against the others' offers.
		for (let need = needStart[p]; need < offerStart[p + 1]; need++) {
			const touched = search(p, need, offerIndex);
			let forNeed = 0;
			for (let k = 0; k < touched; k++) {
				const offer = touchedItems[k];
				// The exact cosine when terms were left out: the candidate is then ranked right.
				const m = skipped ? cosine(items, offer, need) : Math.min(1, acc[offer]);
				acc[offer] = 0;
				if (m < MATCH_MIN) continue;
				const from = itemProject[offer];
				if (bestFor[from] === 0) touchedFor[forNeed++] = from;
				if (m > bestFor[from]) bestFor[from] = m;
			}
			for (let k = 0; k < forNeed; k++) {
				const from = touchedFor[k];
				if (!isTouched[from]) {
					isTouched[from] = 1;
					touchedProjects[projects++] = from;
				}
				uncovered[from] *= 1 - bestFor[from];
				bestFor[from] = 0;
			}
		}
		// p's offers against the others' needs.
		let needs = 0;
		for (let offer = offerStart[p]; offer < needStart[p]; offer++) {
			const touched = search(p, offer, needIndex);
			for (let k = 0; k < touched; k++) {
				const need = touchedItems[k];
				const m = skipped ? cosine(items, offer, need) : Math.min(1, acc[need]);
				acc[need] = 0;
				if (m < MATCH_MIN) continue;
				if (bestNeed[need] === 0) touchedNeeds[needs++] = need;
				if (m > bestNeed[need]) bestNeed[need] = m;
			}
		}
		for (let k = 0; k < needs; k++) {
			const need = touchedNeeds[k];
			const q = itemProject[need];
			if (!isTouched[q]) {
				isTouched[q] = 1;
				touchedProjects[projects++] = q;
			}
			uncovered[q] *= 1 - bestNeed[need];
			bestNeed[need] = 0;
		}
		heap.clear();
		const ownTags = tagOffsets[p + 1] - tagOffsets[p];
		for (let k = tagOffsets[p]; k < tagOffsets[p + 1]; k++) tagMark[tagIds[k]] = 1;
		for (let k = 0; k < projects; k++) {
			const q = touchedProjects[k];
			const cover = COMPLEMENTARY_WEIGHTS.cover * (1 - uncovered[q]);
			uncovered[q] = 1;
			isTouched[q] = 0;
			// The tags part (as tagSimilarity, with p's tags marked), unless it cannot matter.
			if (!heap.accepts(cover + COMPLEMENTARY_WEIGHTS.tags, q)) continue;
			let shared = 0;
			let sum = 0;
			for (let x = tagOffsets[q]; x < tagOffsets[q + 1]; x++) {
				if (tagMark[tagIds[x]]) {
					shared++;
					sum += tagWeights[tagIds[x]];
				}
			}
			const union = ownTags + (tagOffsets[q + 1] - tagOffsets[q]) - shared;
			heap.push(cover + (shared ? COMPLEMENTARY_WEIGHTS.tags * Math.min(1, sum / union) : 0), q);
		}
		for (let k = tagOffsets[p]; k < tagOffsets[p + 1]; k++) tagMark[tagIds[k]] = 0;
		for (const { item: q } of heap.sorted()) {
			const key = q < p ? q * n + p : p * n + q;
			if (pairs.has(key)) continue;
			const matches = exactMatches(model, p, q);
			if (matches.length) pairs.set(key, matches);
		}
	}
	return pairs;
}

/** Keeps a pair when it is among the `perProject` best of either of its projects. */
function keepBestPerProject<T extends { i: number; j: number; score: number }>(
	pairs: T[],
	n: number,
	perProject: number
): T[] {
	const seen = new Int32Array(n);
	const kept: T[] = [];
	for (const pair of pairs) {
		if (seen[pair.i] < perProject || seen[pair.j] < perProject) kept.push(pair);
		seen[pair.i]++;
		seen[pair.j]++;
	}
	return kept;
}

/**
 * The words of the `limit` shared terms weighing most in the cosine of documents a and b: the
 * same as `sharedTerms` of text/french.ts (ties: stem in code-unit order), without building and
 * sorting every shared term (explanations run on tens of thousands of pairs).
 */
function sharedWords(corpus: Corpus, a: number, b: number, limit: number): string[] {
	const { offsets, termIds, weights, terms } = corpus;
	const topW: number[] = [];
	const topT: number[] = [];
	let i = offsets[a];
	let j = offsets[b];
	while (i < offsets[a + 1] && j < offsets[b + 1]) {
		const ti = termIds[i];
		const tj = termIds[j];
		if (ti < tj) i++;
		else if (ti > tj) j++;
		else {
			const w = weights[i++] * weights[j++];
			// Insert (w, ti) into the top list, best first.
			let at = topW.length;
			while (
				at > 0 &&
				(topW[at - 1] < w ||
					(topW[at - 1] === w && byCodeUnits(terms[topT[at - 1]], terms[ti]) > 0))
			)
				at--;
			if (at >= limit) continue;
			topW.splice(at, 0, w);
			topT.splice(at, 0, ti);
			if (topW.length > limit) {
				topW.pop();
				topT.pop();
			}
		}
	}
	return topT.map((t) => corpus.surfaces[t]);
}

const label = (p: SynergyProject) => (p.title.trim() === '' ? p.id : p.title.trim());
const quoted = (s: string) => `“${s.trim()}”`;

function themesReason(model: SynergyModel, i: number, j: number): string | null {
	const shared = sharedTags(model, i, j).map((t) => model.tagLabels[t]);
	return shared.length ? `Thèmes communs : ${shared.join(', ')}.` : null;
}

function explainSimilar(model: SynergyModel, i: number, j: number, score: number): SynergyPair {
	const reasons: string[] = [];
	const words = sharedWords(model.corpus, i, j, REASON_TERMS);
	const text = cosine(model.corpus, i, j);
	if (text >= DUPLICATE_COSINE) {
		reasons.push(
			`Descriptions très proches (similarité ${decimal(text)}) : risque de doublon, ou occasion de mutualiser.`
		);
	}
	if (words.length) reasons.push(`Termes communs : ${words.join(', ')}.`);
	const themes = themesReason(model, i, j);
	if (themes) reasons.push(themes);
	return {
		a: model.projects[i].id,
		b: model.projects[j].id,
		kind: 'similar',
		score,
		reasons,
		shared: words
	};
}

function explainComplementary(
	model: SynergyModel,
	i: number,
	j: number,
	matches: Match[],
	score: number
): SynergyPair {
	const { projects, itemProject, itemText, items } = model;
	const sorted = [...matches].sort((x, y) => y.m - x.m || x.need - y.need);
	const reasons: string[] = [];
	const shared = new Set<string>();
	const covers: SynergyCover[] = sorted.map((match) => {
		const from = projects[itemProject[match.offer]];
		const to = projects[itemProject[match.need]];
		return { offer: itemText[match.offer], need: itemText[match.need], from: from.id, to: to.id };
	});
	sorted.forEach((match, k) => {
		const words = sharedWords(items, match.offer, match.need, REASON_TERMS);
		for (const w of words) shared.add(w);
		if (k >= REASON_COVERS) return;
		const from = projects[itemProject[match.offer]];
		const to = projects[itemProject[match.need]];
		reasons.push(
			`${quoted(itemText[match.offer])} (offert par ${label(from)}) répond au besoin ` +
				`${quoted(itemText[match.need])} de ${label(to)}` +
				(words.length ? ` (termes communs : ${words.join(', ')}).` : '.')
		);
	});
	if (sorted.length > REASON_COVERS) {
		const more = sorted.length - REASON_COVERS;
		reasons.push(
			`Et ${more} autre${more > 1 ? 's' : ''} besoin${more > 1 ? 's' : ''} couvert${more > 1 ? 's' : ''}.`
		);
	}
	const themes = themesReason(model, i, j);
	if (themes) reasons.push(themes);
	return {
		a: projects[i].id,
		b: projects[j].id,
		kind: 'complementary',
		score,
		reasons,
		shared: [...shared],
		covers
	};
}

function checkOptions(opts: SynergyOptions) {
	const limit = opts.limit ?? Infinity;
	const minScore = opts.minScore ?? DEFAULT_OPTIONS.minScore;
	const perProject = opts.perProject ?? DEFAULT_OPTIONS.perProject;
	const similarBudget = opts.search?.similarBudget ?? SIMILAR_POSTINGS_BUDGET;
	const needBudget = opts.search?.needBudget ?? NEED_POSTINGS_BUDGET;
	const candidates = opts.search?.candidates ?? Math.max(20, 4 * perProject);
	if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 0)))
		throw new RangeError(`limit doit être un entier positif ou nul (reçu ${limit})`);
	if (!(minScore >= 0 && minScore <= 1))
		throw new RangeError(`minScore doit être entre 0 et 1 (reçu ${minScore})`);
	if (!(Number.isInteger(perProject) && perProject >= 1))
		throw new RangeError(`perProject doit être un entier au moins égal à 1 (reçu ${perProject})`);
	for (const [name, v] of Object.entries({ similarBudget, needBudget, candidates })) {
		if (!(Number.isInteger(v) && v >= 1))
			throw new RangeError(`search.${name} doit être un entier au moins égal à 1 (reçu ${v})`);
	}
	return { limit, minScore, perProject, similarBudget, needBudget, candidates };
}

/** Best score first, then by ids (project indices follow the code-unit order of the ids). */
const compareScored = (
	x: { i: number; j: number; score: number },
	y: { i: number; j: number; score: number }
) => y.score - x.score || x.i - y.i || x.j - y.j;

/**
 * The suggested pairs, best score first (ties: by the ids of a then b, complementary before
 * similar). Throws on a duplicate project id and on options out of range.
 */
export function suggestSynergies(
	projects: SynergyProject[],
	opts: SynergyOptions = {}
): SynergyPair[] {
	const { limit, minScore, perProject, similarBudget, needBudget, candidates } = checkOptions(opts);
	if (projects.length < 2 || limit === 0) {
		synergyModel(projects); // still refuses duplicates
		return [];
	}
	const model = synergyModel(projects);
	const n = model.projects.length;

	const similar: { i: number; j: number; score: number }[] = [];
	for (const [key, raw] of similarPairs(model, candidates, similarBudget)) {
		const score = round6(raw);
		if (score > 0 && score >= minScore) similar.push({ i: Math.floor(key / n), j: key % n, score });
	}
	similar.sort(compareScored);

	const complementary: { i: number; j: number; score: number; matches: Match[] }[] = [];
	for (const [key, matches] of complementaryMatches(model, candidates, needBudget)) {
		const i = Math.floor(key / n);
		const j = key % n;
		const score = round6(complementaryScore(model, i, j, matches));
		if (score > 0 && score >= minScore) complementary.push({ i, j, score, matches });
	}
	complementary.sort(compareScored);

	// Both lists are sorted (score, then ids: indices follow the ids); merge them, complementary
	// first between equal scores, and explain only the pairs returned.
	const keptComplementary = keepBestPerProject(complementary, n, perProject);
	const keptSimilar = keepBestPerProject(similar, n, perProject);
	const total = Math.min(limit, keptComplementary.length + keptSimilar.length);
	const out: SynergyPair[] = [];
	let x = 0;
	let y = 0;
	while (out.length < total) {
		const c = keptComplementary[x];
		const s = keptSimilar[y];
		if (s === undefined || (c !== undefined && compareScored(c, s) <= 0)) {
			out.push(explainComplementary(model, c.i, c.j, c.matches, c.score));
			x++;
		} else {
			out.push(explainSimilar(model, s.i, s.j, s.score));
			y++;
		}
	}
	return out;
}
