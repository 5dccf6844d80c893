/**
 * Small groups of projects that could work together (docs/decisions/019-synergy-suggestions.md),
 * built from the suggested pairs (engine.ts): a group is a set of 3 or 4 projects where every pair
 * among them was suggested, of either kind — a clique of the graph of pairs. A chain (A with B,
 * B with C, but not A with C) is not a group: nothing says A and C can work together, and the
 * chain is already there as two pairs.
 *
 * - A group of 4 (its 6 pairs suggested) replaces the groups of 3 it contains.
 * - Score: the mean of its pairs' scores (a pair suggested as both kinds counts once, with its
 *   best score), rounded to 1e-6.
 * - Reasons, French sentences: one per pair, best first, « A et B, projets complémentaires
 *   (0,74) : <the pair's first reason> ».
 * - A pair excluded (dismissed by the team) is not an edge: no group contains it.
 * - Sorted by score (ties: larger group first, then the ids); each project is in at most
 *   `perProject` groups (the best ones, greedily).
 *
 * Scale: the graph of pairs is sparse (each project keeps a few pairs of each kind). Cliques are
 * enumerated once each by orienting every edge from the lower to the higher (degree, index) rank:
 * a triangle is found from its lowest vertex by intersecting two sorted out-lists, a group of 4
 * by extending a triangle from its highest vertex. Pure and deterministic: projects are taken in
 * code-unit order of their ids, whatever the order of the pairs.
 */
import type { SynergyPair } from './engine.ts';

export type GroupPair = Pick<SynergyPair, 'a' | 'b' | 'kind' | 'score' | 'reasons'>;

export type SynergyGroup = {
	/** The projects' ids, in code-unit order. */
	projects: string[];
	/** The mean of its pairs' scores, in [0, 1], rounded to 1e-6. */
	score: number;
	/** French sentences, one per pair, best pair first. */
	reasons: string[];
	/** Its pairs (a < b), each with its best kind and score, best first. */
	pairs: { a: string; b: string; kind: SynergyPair['kind']; score: number }[];
};

export type GroupOptions = {
	/** At most this many groups in all (default: no limit). */
	limit?: number;
	/** Groups scoring less are left out (default 0). */
	minScore?: number;
	/** Groups a project can be in, at most (default 2). */
	perProject?: number;
	/** 3: groups of three only; 4 (default): groups of four too. */
	maxSize?: 3 | 4;
	/** Pairs that must not be in a group (dismissed by the team), in either order. */
	exclude?: { a: string; b: string }[];
	/** How a project is named in the reasons (default: its id). */
	label?: (id: string) => string;
};

export const DEFAULT_GROUP_OPTIONS = { minScore: 0, perProject: 2, maxSize: 4 } as const;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const decimal = (x: number) => x.toFixed(2).replace('.', ',');
const KIND_WORDS = { complementary: 'projets complémentaires', similar: 'projets semblables' };

function checkOptions(opts: GroupOptions) {
	const limit = opts.limit ?? Infinity;
	const minScore = opts.minScore ?? DEFAULT_GROUP_OPTIONS.minScore;
	const perProject = opts.perProject ?? DEFAULT_GROUP_OPTIONS.perProject;
	const maxSize = opts.maxSize ?? DEFAULT_GROUP_OPTIONS.maxSize;
	if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 0)))
		throw new RangeError(`limit doit être un entier positif ou nul (reçu ${limit})`);
	if (!(minScore >= 0 && minScore <= 1))
		throw new RangeError(`minScore doit être entre 0 et 1 (reçu ${minScore})`);
	if (!(Number.isInteger(perProject) && perProject >= 1))
		throw new RangeError(`perProject doit être un entier au moins égal à 1 (reçu ${perProject})`);
	if (maxSize !== 3 && maxSize !== 4)
		throw new RangeError(`maxSize doit valoir 3 ou 4 (reçu ${String(maxSize)})`);
	return { limit, minScore, perProject, maxSize };
}

/** One edge: the best of the pairs suggested between two projects. */
type Edge = { pair: GroupPair };

/** Complementary first between equal scores (as the engine), then the first given. */
const better = (x: GroupPair, y: GroupPair) =>
	x.score > y.score || (x.score === y.score && x.kind === 'complementary' && y.kind !== x.kind);

type Candidate = { members: number[]; edges: Edge[]; score: number };

/**
 * The groups of 3 (and 4) projects whose pairs were all suggested, best first. Throws on options
 * out of range.
 */
export function suggestGroups(pairs: GroupPair[], opts: GroupOptions = {}): SynergyGroup[] {
	const { limit, minScore, perProject, maxSize } = checkOptions(opts);
	const label = opts.label ?? ((id: string) => id);
	if (limit === 0) return [];

	// Projects in code-unit order of their ids.
	const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort(byCodeUnits);
	const n = ids.length;
	const index = new Map(ids.map((id, i) => [id, i]));
	const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
	const excluded = new Set<number>();
	for (const { a, b } of opts.exclude ?? []) {
		const i = index.get(a);
		const j = index.get(b);
		if (i !== undefined && j !== undefined) excluded.add(key(i, j));
	}
	const edges = new Map<number, Edge>();
	for (const pair of pairs) {
		const i = index.get(pair.a)!;
		const j = index.get(pair.b)!;
		if (i === j) continue;
		const k = key(i, j);
		if (excluded.has(k)) continue;
		const edge = edges.get(k);
		if (!edge) edges.set(k, { pair });
		else if (better(pair, edge.pair)) edge.pair = pair;
	}

	// Orientation: from lower to higher rank, rank = (degree, index).
	const degree = new Int32Array(n);
	for (const k of edges.keys()) {
		degree[Math.floor(k / n)]++;
		degree[k % n]++;
	}
	const before = (i: number, j: number) =>
		degree[i] < degree[j] || (degree[i] === degree[j] && i < j);
	const out: number[][] = Array.from({ length: n }, () => []);
	for (const k of edges.keys()) {
		const i = Math.floor(k / n);
		const j = k % n;
		if (before(i, j)) out[i].push(j);
		else out[j].push(i);
	}
	for (const list of out) list.sort((x, y) => x - y);
	const edgeOf = (i: number, j: number) => edges.get(key(i, j));

	const candidates: Candidate[] = [];
	const inQuads = new Set<number>();
	const triangleKey = (m: number[]) => {
		const [x, y, z] = [...m].sort((p, q) => p - q);
		return (x * n + y) * n + z;
	};
	const mean = (list: Edge[]) => list.reduce((s, e) => s + e.pair.score, 0) / list.length;
	const mark = new Uint8Array(n);
	for (let u = 0; u < n; u++) {
		const ou = out[u];
		if (ou.length < 2) continue;
		for (const x of ou) mark[x] = 1;
		for (const v of ou) {
			for (const w of out[v]) {
				if (!mark[w]) continue;
				// A triangle u < v < w in rank order, found once.
				const tri = [edgeOf(u, v)!, edgeOf(u, w)!, edgeOf(v, w)!];
				candidates.push({ members: [u, v, w], edges: tri, score: mean(tri) });
				if (maxSize < 4) continue;
				for (const x of out[w]) {
					if (!mark[x]) continue;
					const vx = edgeOf(v, x);
					if (!vx) continue;
					const quad = [...tri, edgeOf(u, x)!, vx, edgeOf(w, x)!];
					candidates.push({ members: [u, v, w, x], edges: quad, score: mean(quad) });
					for (const t of [
						[u, v, w],
						[u, v, x],
						[u, w, x],
						[v, w, x]
					])
						inQuads.add(triangleKey(t));
				}
			}
		}
		for (const x of ou) mark[x] = 0;
	}

	const kept = candidates
		.filter((c) => c.members.length === 4 || !inQuads.has(triangleKey(c.members)))
		.map((c) => ({ ...c, score: round6(c.score), members: c.members.sort((x, y) => x - y) }))
		.filter((c) => c.score >= minScore)
		.sort((x, y) => {
			if (y.score !== x.score) return y.score - x.score;
			if (y.members.length !== x.members.length) return y.members.length - x.members.length;
			for (let k = 0; k < x.members.length; k++)
				if (x.members[k] !== y.members[k]) return x.members[k] - y.members[k];
			return 0;
		});

	const groupsOf = new Int32Array(n);
	const result: SynergyGroup[] = [];
	for (const c of kept) {
		if (result.length >= limit) break;
		if (c.members.some((m) => groupsOf[m] >= perProject)) continue;
		for (const m of c.members) groupsOf[m]++;
		const sorted = c.edges
			.map((e) => e.pair)
			.sort((x, y) => y.score - x.score || byCodeUnits(x.a, y.a) || byCodeUnits(x.b, y.b));
		result.push({
			projects: c.members.map((m) => ids[m]),
			score: c.score,
			reasons: sorted.map((p) => {
				const [a, b] = byCodeUnits(p.a, p.b) <= 0 ? [p.a, p.b] : [p.b, p.a];
				const why = p.reasons[0] ? ` : ${p.reasons[0]}` : '.';
				return `${label(a)} et ${label(b)}, ${KIND_WORDS[p.kind]} (${decimal(p.score)})${why}`;
			}),
			pairs: sorted.map((p) => {
				const [a, b] = byCodeUnits(p.a, p.b) <= 0 ? [p.a, p.b] : [p.b, p.a];
				return { a, b, kind: p.kind, score: p.score };
			})
		});
	}
	return result;
}
