/**
 * Reviewer–application affinity, the weights of the assignment
 * (docs/decisions/017-reviewer-affinity.md), each with its explanation.
 *
 * affinity = 0.5 × bid + 0.3 × tags + 0.2 × text, in [0, 1], where
 * - bid: eager 1, willing 0.6, no bid 0.4, rather not 0.1 (a conflict is not a bid: it is passed
 *   to the solver as a conflict, and may be given here in `conflicts` to leave the pair out);
 * - tags: the share of the application's themes and typology values found in the reviewer's
 *   expertise tags `theme:<value>` and `typology:<value>` (case and accents ignored), 0 when the
 *   application has none;
 * - text: the TF-IDF cosine (text/french.ts, one corpus of the applications' texts and the
 *   reviewers' skills and profiles) divided by the 95th percentile of the positive cosines of the
 *   pairs considered, capped at 1: the scale of raw cosines depends on the lengths of the texts,
 *   this makes the best textual matches of the call worth the full weight whatever that scale is,
 *   without one outlier pair squashing all the others.
 *
 * Pure and deterministic: applications and reviewers are indexed in code-unit order of their ids,
 * pairs are listed by application then reviewer, whatever the order of the input.
 */
import {
	buildCorpus,
	cosinesWith,
	normalise,
	postingIndex,
	sharedTerms,
	stripAccents,
	type Corpus
} from '#lib/server/text/french.ts';

export type BidLevel = 'eager' | 'willing' | 'rather_not';

export type AffinityApplication = {
	id: string;
	/** Title and answers, in French. */
	text: string;
	themes: string[];
	typology: string[];
};

export type AffinityReviewer = {
	id: string;
	/** Tags `theme:<value>`, `typology:<value>`, `skill:<free text>`; an untagged value is a skill. */
	expertise: string[];
	profileText?: string;
};

export type Bid = { reviewerId: string; applicationId: string; level: BidLevel };

export type AffinityInput = {
	applications: AffinityApplication[];
	reviewers: AffinityReviewer[];
	bids?: Bid[];
};

export type AffinityReason =
	| { kind: 'bid'; level: BidLevel }
	| { kind: 'theme'; value: string }
	| { kind: 'typology'; value: string }
	| { kind: 'text'; terms: string[] };

export type PairAffinity = {
	reviewerId: string;
	applicationId: string;
	/** In [0, 1], rounded to 1e-6 (the solver's precision). */
	affinity: number;
	/** Each in [0, 1], before weighting. */
	parts: { bid: number; tags: number; text: number };
	reasons: AffinityReason[];
};

export const AFFINITY_WEIGHTS = { bid: 0.5, tags: 0.3, text: 0.2 } as const;

export const BID_SCORES = { eager: 1, willing: 0.6, none: 0.4, rather_not: 0.1 } as const;

/** The cosine reaching full text score: this quantile of the positive cosines of the call. */
export const TEXT_SCALE_QUANTILE = 0.95;

/** Shared words shown in a text reason, at most. */
export const TEXT_REASON_TERMS = 3;

export type AffinityOptions = {
	/** `[reviewerId, applicationId]` pairs left out (conflicts of interest). */
	conflicts?: [string, string][];
};

const LEVELS: BidLevel[] = ['eager', 'willing', 'rather_not'];

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** How tag values are compared: trimmed, lower case, without accents. */
const tagKey = (value: string) => stripAccents(normalise(value.trim()));

type ReviewerTags = { themes: Set<string>; typology: Set<string>; skills: string[] };

function parseExpertise(expertise: string[]): ReviewerTags {
	const themes = new Set<string>();
	const typology = new Set<string>();
	const skills: string[] = [];
	for (const tag of expertise) {
		const colon = tag.indexOf(':');
		const prefix = colon < 0 ? '' : tag.slice(0, colon).trim().toLowerCase();
		const value = colon < 0 ? tag : tag.slice(colon + 1);
		if (prefix === 'theme') themes.add(tagKey(value));
		else if (prefix === 'typology') typology.add(tagKey(value));
		else skills.push(prefix === 'skill' ? value : tag);
	}
	return { themes, typology, skills };
}

/**
 * Everything needed to score and explain any pair of a call, computed once. Indices: applications
 * and reviewers in code-unit order of their ids.
 */
export type AffinityModel = {
	applicationIds: string[];
	reviewerIds: string[];
	/** Whether the pair (application index, reviewer index) is left out as a conflict. */
	isExcluded(a: number, r: number): boolean;
	/** Affinity of a pair, unrounded. */
	score(a: number, r: number): number;
	/** Whether the reviewer bid eager on the application. */
	isEager(a: number, r: number): boolean;
	/** The pair's affinity with its parts and reasons. */
	explain(a: number, r: number): PairAffinity;
};

/**
 * Builds the model of a call. Throws on duplicate application or reviewer ids and on two bids
 * for one pair; bids and conflicts naming an unknown id are ignored (a withdrawn application).
 */
export function affinityModel(input: AffinityInput, options: AffinityOptions = {}): AffinityModel {
	const applications = [...input.applications].sort((x, y) => byCodeUnits(x.id, y.id));
	const reviewers = [...input.reviewers].sort((x, y) => byCodeUnits(x.id, y.id));
	const nA = applications.length;
	const nR = reviewers.length;
	const appIndex = new Map<string, number>();
	applications.forEach((a, i) => {
		if (appIndex.has(a.id)) throw new Error(`candidature « ${a.id} » en double`);
		appIndex.set(a.id, i);
	});
	const reviewerIndex = new Map<string, number>();
	reviewers.forEach((r, i) => {
		if (reviewerIndex.has(r.id)) throw new Error(`membre du jury « ${r.id} » en double`);
		reviewerIndex.set(r.id, i);
	});
	const pairKey = (reviewerId: string, applicationId: string): number => {
		const a = appIndex.get(applicationId);
		const r = reviewerIndex.get(reviewerId);
		return a === undefined || r === undefined ? -1 : a * nR + r;
	};

	// Bids: 0 none, else 1 + index in LEVELS.
	const bid = new Uint8Array(nA * nR);
	for (const b of input.bids ?? []) {
		const key = pairKey(b.reviewerId, b.applicationId);
		if (key < 0) continue;
		if (bid[key] !== 0) {
			throw new Error(`deux avis pour la paire (${b.reviewerId}, ${b.applicationId})`);
		}
		const level = LEVELS.indexOf(b.level);
		if (level < 0) throw new Error(`niveau d’avis inconnu « ${String(b.level)} »`);
		bid[key] = level + 1;
	}
	const excluded = new Uint8Array(nA * nR);
	for (const [reviewerId, applicationId] of options.conflicts ?? []) {
		const key = pairKey(reviewerId, applicationId);
		if (key >= 0) excluded[key] = 1;
	}

	// Tags.
	const tags = reviewers.map((r) => parseExpertise(r.expertise));
	const appThemes = applications.map((a) => [...new Set(a.themes)].sort(byCodeUnits));
	const appTypology = applications.map((a) => [...new Set(a.typology)].sort(byCodeUnits));
	const tagMatches = (a: number, r: number) => ({
		themes: appThemes[a].filter((v) => tags[r].themes.has(tagKey(v))),
		typology: appTypology[a].filter((v) => tags[r].typology.has(tagKey(v)))
	});
	const tagScore = (a: number, r: number): number => {
		const total = appThemes[a].length + appTypology[a].length;
		if (total === 0) return 0;
		let hit = 0;
		for (const v of appThemes[a]) if (tags[r].themes.has(tagKey(v))) hit++;
		for (const v of appTypology[a]) if (tags[r].typology.has(tagKey(v))) hit++;
		return hit / total;
	};

	// Text: one corpus, applications then reviewers; cosines of every pair by the posting index.
	const corpus: Corpus = buildCorpus([
		...applications.map((a, i) => ({ id: `a${i}`, text: a.text })),
		...reviewers.map((r, i) => ({
			id: `r${i}`,
			text: [...tags[i].skills, r.profileText ?? ''].join('\n')
		}))
	]);
	const index = postingIndex(corpus);
	const cosines = new Float32Array(nA * nR);
	const row = new Float64Array(nA + nR);
	for (let r = 0; r < nR; r++) {
		cosinesWith(corpus, index, nA + r, row);
		for (let a = 0; a < nA; a++) cosines[a * nR + r] = row[a];
	}
	let positives = 0;
	for (let k = 0; k < nA * nR; k++) if (cosines[k] > 0 && !excluded[k]) positives++;
	const sorted = new Float32Array(positives);
	positives = 0;
	for (let k = 0; k < nA * nR; k++)
		if (cosines[k] > 0 && !excluded[k]) sorted[positives++] = cosines[k];
	sorted.sort();
	const scale =
		positives === 0 ? 0 : sorted[Math.max(0, Math.ceil(TEXT_SCALE_QUANTILE * positives) - 1)];
	const textScore = (a: number, r: number) =>
		scale === 0 ? 0 : Math.min(1, cosines[a * nR + r] / scale);

	const bidScore = (a: number, r: number): number => {
		const level = bid[a * nR + r];
		return level === 0 ? BID_SCORES.none : BID_SCORES[LEVELS[level - 1]];
	};
	const score = (a: number, r: number) =>
		AFFINITY_WEIGHTS.bid * bidScore(a, r) +
		AFFINITY_WEIGHTS.tags * tagScore(a, r) +
		AFFINITY_WEIGHTS.text * textScore(a, r);

	return {
		applicationIds: applications.map((a) => a.id),
		reviewerIds: reviewers.map((r) => r.id),
		isExcluded: (a, r) => excluded[a * nR + r] === 1,
		score,
		isEager: (a, r) => bid[a * nR + r] === 1,
		explain(a, r) {
			const reasons: AffinityReason[] = [];
			const level = bid[a * nR + r];
			if (level !== 0) reasons.push({ kind: 'bid', level: LEVELS[level - 1] });
			const matches = tagMatches(a, r);
			for (const value of matches.themes) reasons.push({ kind: 'theme', value });
			for (const value of matches.typology) reasons.push({ kind: 'typology', value });
			const text = textScore(a, r);
			if (text > 0) {
				const terms = sharedTerms(corpus, a, nA + r, TEXT_REASON_TERMS).map((t) => t.word);
				reasons.push({ kind: 'text', terms });
			}
			return {
				reviewerId: reviewers[r].id,
				applicationId: applications[a].id,
				affinity: round6(Math.min(1, score(a, r))),
				parts: { bid: bidScore(a, r), tags: round6(tagScore(a, r)), text: round6(text) },
				reasons
			};
		}
	};
}

/**
 * The affinity of every pair of a call but the conflicted ones, explained, by application then
 * reviewer (code-unit order of the ids). Meant for small calls and for showing the team why a
 * pair scored what it did; the solver's input should come from `candidatePairs`.
 */
export function allAffinities(input: AffinityInput, options: AffinityOptions = {}): PairAffinity[] {
	const model = affinityModel(input, options);
	const out: PairAffinity[] = [];
	for (let a = 0; a < model.applicationIds.length; a++) {
		for (let r = 0; r < model.reviewerIds.length; r++) {
			if (!model.isExcluded(a, r)) out.push(model.explain(a, r));
		}
	}
	return out;
}

/**
 * The pairs the solver should consider: per application, its `perApplication` best reviewers
 * (affinity descending, then reviewer id), plus every pair with an eager bid, never a conflicted
 * pair; explained, by application then reviewer. Only the kept pairs are explained, so this scales
 * to thousands of applications and hundreds of reviewers.
 */
export function candidatePairs(
	input: AffinityInput,
	options: AffinityOptions & { perApplication: number }
): PairAffinity[] {
	const model = affinityModel(input, options);
	const nR = model.reviewerIds.length;
	const k = Math.max(0, Math.floor(options.perApplication));
	const out: PairAffinity[] = [];
	const scores = new Float64Array(nR);
	const order: number[] = [];
	const keep = new Uint8Array(nR);
	for (let a = 0; a < model.applicationIds.length; a++) {
		order.length = 0;
		keep.fill(0);
		for (let r = 0; r < nR; r++) {
			if (model.isExcluded(a, r)) continue;
			scores[r] = model.score(a, r);
			order.push(r);
			if (model.isEager(a, r)) keep[r] = 1;
		}
		// Reviewer ids are sorted, so the index breaks ties by id.
		order.sort((x, y) => scores[y] - scores[x] || x - y);
		for (let j = 0; j < Math.min(k, order.length); j++) keep[order[j]] = 1;
		for (let r = 0; r < nR; r++) if (keep[r]) out.push(model.explain(a, r));
	}
	return out;
}

/** The `affinities` of the assignment solver's input: `[reviewerId, applicationId, affinity]`. */
export function solverAffinities(pairs: PairAffinity[]): [string, string, number][] {
	return pairs.map((p) => [p.reviewerId, p.applicationId, p.affinity]);
}
