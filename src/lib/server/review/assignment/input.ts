/**
 * The input of the reviewer assignment, as the `transfo assign` command line reads it and as the
 * application will build it, and its validation into typed arrays for the solver.
 *
 * Everything is indexed in the order of the ids (code-unit order, the same on every machine), so
 * that the solution depends on what the input says, never on the order it says it in.
 */
import { Problems, shown } from '../inputError.ts';

export type AssignmentInput = {
	/** Each application and how many reviewers it needs. */
	applications: { id: string; demand: number }[];
	/** Each reviewer's load bounds; `min` defaults to 0. */
	reviewers: { id: string; min?: number; max: number }[];
	/** `[reviewer, application, affinity in [0, 1]]`: only these pairs may be assigned. */
	affinities: [string, string, number][];
	/** `[reviewer, application]`: never assigned, whatever the affinity says. */
	conflicts?: [string, string][];
	/** `[reviewer, application]`: always kept, counted in the loads and the demands. */
	locks?: [string, string][];
};

/** Affinities are optimised as integers: `round(affinity × AFFINITY_SCALE)`, exact sums. */
export const AFFINITY_SCALE = 1_000_000;

/** Demands and loads above this are refused (the solver works on 32-bit integers). */
export const MAX_COUNT = 1_000_000;

/** A validated input, indexed: applications and reviewers sorted by id. */
export type AssignmentProblem = {
	applicationIds: string[];
	reviewerIds: string[];
	/** Per application: reviewers needed, locks included. */
	demand: Int32Array;
	/** Per reviewer. */
	minLoad: Int32Array;
	maxLoad: Int32Array;
	/**
	 * Candidate pairs (with an affinity, neither conflicted nor locked), sorted by application
	 * then reviewer: application index, reviewer index, affinity × AFFINITY_SCALE.
	 */
	candidateApplication: Int32Array;
	candidateReviewer: Int32Array;
	candidateWeight: Int32Array;
	/** Locked pairs, sorted the same way; weight 0 when the pair has no affinity. */
	lockApplication: Int32Array;
	lockReviewer: Int32Array;
	lockWeight: Int32Array;
};

const KEYS = ['applications', 'reviewers', 'affinities', 'conflicts', 'locks'];

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const isCount = (v: unknown): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;

const countRule = 'un entier entre 0 et 1 000 000';

/**
 * Checks an input (typically parsed JSON) and indexes it. Throws an `InputError` listing the
 * problems, in French, when the input is not of the expected shape or contradicts itself:
 * unknown or duplicate ids, an affinity outside [0, 1], a minimum above the maximum, a locked
 * pair that is conflicted, more locks than a reviewer's maximum or an application's demand.
 * A minimum load that cannot be reached is not an input error: the solver reports it.
 */
export function validateAssignmentInput(value: unknown): AssignmentProblem {
	const problems = new Problems();
	if (!isRecord(value)) {
		problems.add(
			'l’entrée doit être un objet JSON {"applications": […], "reviewers": […], "affinities": […]}.'
		);
		problems.throwIfAny();
		throw new Error('unreachable');
	}
	for (const key of Object.keys(value)) {
		if (!KEYS.includes(key)) {
			problems.add(`clé inconnue « ${key} » (clés possibles : ${KEYS.join(', ')}).`);
		}
	}
	const list = (key: string, required: boolean): unknown[] => {
		const v = value[key];
		if (v === undefined && !required) return [];
		if (!Array.isArray(v)) {
			problems.add(
				v === undefined
					? `« ${key} » manque : une liste est attendue.`
					: `« ${key} » doit être une liste.`
			);
			return [];
		}
		return v;
	};
	const rawApplications = list('applications', true);
	const rawReviewers = list('reviewers', true);
	const rawAffinities = list('affinities', true);
	const rawConflicts = list('conflicts', false);
	const rawLocks = list('locks', false);

	// Applications and reviewers: ids, counts, duplicates.
	const applications: { id: string; demand: number }[] = [];
	rawApplications.forEach((a, i) => {
		if (!isRecord(a) || typeof a.id !== 'string' || a.id === '') {
			problems.add(`applications[${i}] doit être un objet avec un « id » (texte non vide).`);
			return;
		}
		if (!isCount(a.demand)) {
			problems.add(
				`candidature « ${a.id} » : « demand » doit être ${countRule} (reçu ${shown(a.demand)}).`
			);
			return;
		}
		applications.push({ id: a.id, demand: a.demand });
	});
	const reviewers: { id: string; min: number; max: number }[] = [];
	rawReviewers.forEach((r, i) => {
		if (!isRecord(r) || typeof r.id !== 'string' || r.id === '') {
			problems.add(`reviewers[${i}] doit être un objet avec un « id » (texte non vide).`);
			return;
		}
		const min = r.min === undefined ? 0 : r.min;
		let ok = true;
		if (!isCount(min)) {
			problems.add(
				`membre du jury « ${r.id} » : « min » doit être ${countRule} (reçu ${shown(r.min)}).`
			);
			ok = false;
		}
		if (!isCount(r.max)) {
			problems.add(
				`membre du jury « ${r.id} » : « max » doit être ${countRule} (reçu ${shown(r.max)}).`
			);
			ok = false;
		}
		if (!ok) return;
		if ((min as number) > (r.max as number)) {
			problems.add(
				`membre du jury « ${r.id} » : le minimum (${min}) dépasse le maximum (${r.max}).`
			);
			return;
		}
		reviewers.push({ id: r.id, min: min as number, max: r.max as number });
	});
	applications.sort((a, b) => byCodeUnits(a.id, b.id));
	reviewers.sort((a, b) => byCodeUnits(a.id, b.id));
	for (let i = 1; i < applications.length; i++) {
		if (applications[i].id === applications[i - 1].id) {
			problems.add(`la candidature « ${applications[i].id} » apparaît plusieurs fois.`);
		}
	}
	for (let i = 1; i < reviewers.length; i++) {
		if (reviewers[i].id === reviewers[i - 1].id) {
			problems.add(`le membre du jury « ${reviewers[i].id} » apparaît plusieurs fois.`);
		}
	}
	const nA = applications.length;
	const nR = reviewers.length;
	const appIndex = new Map<string, number>();
	applications.forEach((a, i) => appIndex.set(a.id, i));
	const reviewerIndex = new Map<string, number>();
	reviewers.forEach((r, i) => reviewerIndex.set(r.id, i));

	/** A `[reviewer, application, …]` entry: the pair's key (application × nR + reviewer), or -1. */
	const pairOf = (entry: unknown, where: string, size: 2 | 3): number => {
		if (
			!Array.isArray(entry) ||
			entry.length !== size ||
			typeof entry[0] !== 'string' ||
			typeof entry[1] !== 'string'
		) {
			problems.add(
				size === 3
					? `${where} doit être un triplet [membre du jury, candidature, affinité] (reçu ${shown(entry)}).`
					: `${where} doit être une paire [membre du jury, candidature] (reçu ${shown(entry)}).`
			);
			return -1;
		}
		const r = reviewerIndex.get(entry[0]);
		const a = appIndex.get(entry[1]);
		if (r === undefined) problems.add(`${where} : membre du jury inconnu « ${entry[0]} ».`);
		if (a === undefined) problems.add(`${where} : candidature inconnue « ${entry[1]} ».`);
		if (r === undefined || a === undefined) return -1;
		return a * nR + r;
	};
	const pairText = (key: number) =>
		`(${reviewers[key % nR].id}, ${applications[Math.floor(key / nR)].id})`;

	// Conflicts: a set of pairs (a pair listed twice is still one conflict).
	const conflicted = new Map<number, number>();
	rawConflicts.forEach((entry, i) => {
		if (problems.stopped()) return;
		const key = pairOf(entry, `conflicts[${i}]`, 2);
		if (key >= 0 && !conflicted.has(key)) conflicted.set(key, i);
	});

	// Locks: no duplicates, never conflicted, within the reviewer's maximum and the demand.
	const locked = new Map<number, number>();
	const lockKeys: number[] = [];
	rawLocks.forEach((entry, i) => {
		if (problems.stopped()) return;
		const key = pairOf(entry, `locks[${i}]`, 2);
		if (key < 0) return;
		const before = locked.get(key);
		if (before !== undefined) {
			problems.add(
				`locks[${i}] : la paire ${pairText(key)} est déjà verrouillée (locks[${before}]).`
			);
			return;
		}
		const conflict = conflicted.get(key);
		if (conflict !== undefined) {
			problems.add(
				`locks[${i}] : la paire ${pairText(key)} est verrouillée mais en conflit d’intérêts (conflicts[${conflict}]).`
			);
			return;
		}
		locked.set(key, i);
		lockKeys.push(key);
	});
	const lockedPerApp = new Int32Array(nA);
	const lockedPerReviewer = new Int32Array(nR);
	for (const key of lockKeys) {
		lockedPerApp[Math.floor(key / nR)]++;
		lockedPerReviewer[key % nR]++;
	}
	reviewers.forEach((r, i) => {
		if (lockedPerReviewer[i] > r.max) {
			problems.add(
				`membre du jury « ${r.id} » : ${lockedPerReviewer[i]} paires verrouillées, plus que son maximum (${r.max}).`
			);
		}
	});
	applications.forEach((a, i) => {
		if (lockedPerApp[i] > a.demand) {
			problems.add(
				`candidature « ${a.id} » : ${lockedPerApp[i]} paires verrouillées, plus que sa demande (${a.demand}).`
			);
		}
	});

	// Affinities: numbers in [0, 1], one per pair.
	const m = rawAffinities.length;
	const affKey = new Float64Array(m);
	const affWeight = new Int32Array(m);
	let valid = 0;
	const origin = new Int32Array(m);
	for (let i = 0; i < m; i++) {
		if (problems.stopped()) break;
		const entry = rawAffinities[i];
		const key = pairOf(entry, `affinities[${i}]`, 3);
		if (key < 0) continue;
		const w = (entry as unknown[])[2];
		if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 1) {
			problems.add(
				`affinities[${i}] : l’affinité de ${pairText(key)} doit être un nombre entre 0 et 1 (reçu ${shown(w)}).`
			);
			continue;
		}
		affKey[valid] = key;
		affWeight[valid] = Math.round(w * AFFINITY_SCALE);
		origin[valid] = i;
		valid++;
	}
	problems.throwIfAny();

	// Sort the pairs by (application, reviewer): two stable counting sorts, reviewer then
	// application, linear in the number of pairs.
	const byReviewer = countingSort(valid, nR, (k) => affKey[k] % nR);
	const order = countingSort(valid, nA, (k) => Math.floor(affKey[byReviewer[k]] / nR), byReviewer);
	const lockWeightOf = new Map<number, number>();
	const candidates: number[] = [];
	for (let j = 0; j < valid; j++) {
		const k = order[j];
		const key = affKey[k];
		if (j > 0 && affKey[order[j - 1]] === key) {
			problems.add(
				`affinities[${origin[k]}] : la paire ${pairText(key)} a déjà une affinité (affinities[${origin[order[j - 1]]}]).`
			);
			continue;
		}
		if (locked.has(key)) lockWeightOf.set(key, affWeight[k]);
		else if (!conflicted.has(key)) candidates.push(k);
	}
	problems.throwIfAny();

	const c = candidates.length;
	const candidateApplication = new Int32Array(c);
	const candidateReviewer = new Int32Array(c);
	const candidateWeight = new Int32Array(c);
	for (let j = 0; j < c; j++) {
		const k = candidates[j];
		candidateApplication[j] = Math.floor(affKey[k] / nR);
		candidateReviewer[j] = affKey[k] % nR;
		candidateWeight[j] = affWeight[k];
	}
	lockKeys.sort((x, y) => x - y);
	const l = lockKeys.length;
	const lockApplication = new Int32Array(l);
	const lockReviewer = new Int32Array(l);
	const lockWeight = new Int32Array(l);
	lockKeys.forEach((key, j) => {
		lockApplication[j] = Math.floor(key / nR);
		lockReviewer[j] = key % nR;
		lockWeight[j] = lockWeightOf.get(key) ?? 0;
	});

	return {
		applicationIds: applications.map((a) => a.id),
		reviewerIds: reviewers.map((r) => r.id),
		demand: Int32Array.from(applications, (a) => a.demand),
		minLoad: Int32Array.from(reviewers, (r) => r.min),
		maxLoad: Int32Array.from(reviewers, (r) => r.max),
		candidateApplication,
		candidateReviewer,
		candidateWeight,
		lockApplication,
		lockReviewer,
		lockWeight
	};
}

/** Stable counting sort of `items` (default 0..n-1) by an integer key in [0, buckets). */
function countingSort(
	n: number,
	buckets: number,
	keyOf: (k: number) => number,
	items?: Int32Array
): Int32Array {
	const start = new Int32Array(buckets + 1);
	const keys = new Int32Array(n);
	for (let j = 0; j < n; j++) {
		keys[j] = keyOf(j);
		start[keys[j] + 1]++;
	}
	for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
	const out = new Int32Array(n);
	for (let j = 0; j < n; j++) out[start[keys[j]]++] = items ? items[j] : j;
	return out;
}
