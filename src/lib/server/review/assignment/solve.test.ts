import fc from 'fast-check';
import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AFFINITY_SCALE, validateAssignmentInput, type AssignmentInput } from './input.ts';
import { lexicographicOptimum } from './lp.ts';
import { solveAssignment, type AssignmentDetails } from './solve.ts';

type Instance = Required<AssignmentInput>;

/**
 * Random small instances: up to 6 applications × 5 reviewers, demands 0–3, loads 0–4 with
 * minimums that are sometimes out of reach, sparse affinities with frequent ties, conflicts (some
 * on pairs that have an affinity) and locks (some on pairs without one), kept within the demands
 * and maximums so that the input is valid.
 */
const instances: fc.Arbitrary<Instance> = fc
	.record({ nA: fc.integer({ min: 0, max: 6 }), nR: fc.integer({ min: 0, max: 5 }) })
	.chain(({ nA, nR }) =>
		fc.record({
			demands: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: nA, maxLength: nA }),
			loads: fc.array(
				fc.record({ min: fc.integer({ min: 0, max: 4 }), max: fc.integer({ min: 0, max: 4 }) }),
				{ minLength: nR, maxLength: nR }
			),
			cells: fc.array(
				fc.record({
					affinity: fc.oneof(
						{ arbitrary: fc.constant(null), weight: 2 },
						{ arbitrary: fc.constantFrom(0, 0.25, 0.5, 1), weight: 2 },
						{ arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 1 }
					),
					conflict: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
					lock: fc.integer({ min: 0, max: 7 }).map((x) => x === 0)
				}),
				{ minLength: nA * nR, maxLength: nA * nR }
			)
		})
	)
	.map(({ demands, loads, cells }) => {
		const nA = demands.length;
		const nR = loads.length;
		const instance: Instance = {
			applications: demands.map((demand, a) => ({ id: `a${a}`, demand })),
			reviewers: loads.map(({ min, max }, r) => ({
				id: `r${r}`,
				min: Math.min(min, max),
				max
			})),
			affinities: [],
			conflicts: [],
			locks: []
		};
		const locksOfApp = new Array<number>(nA).fill(0);
		const locksOfReviewer = new Array<number>(nR).fill(0);
		for (let a = 0; a < nA; a++) {
			for (let r = 0; r < nR; r++) {
				const cell = cells[a * nR + r];
				if (cell.affinity !== null) instance.affinities.push([`r${r}`, `a${a}`, cell.affinity]);
				if (cell.conflict) instance.conflicts.push([`r${r}`, `a${a}`]);
				else if (cell.lock && locksOfApp[a] < demands[a] && locksOfReviewer[r] < loads[r].max) {
					locksOfApp[a]++;
					locksOfReviewer[r]++;
					instance.locks.push([`r${r}`, `a${a}`]);
				}
			}
		}
		return instance;
	});

const scaled = (w: number) => Math.round(w * AFFINITY_SCALE);
const byId = <T extends { id: string }>(list: T[]) =>
	[...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
const key = (r: string, a: string) => `${r}|${a}`;

type Optimum = { slots: number; coverage: number; weight: number; minimumsReachable: boolean };

/**
 * The optimum by exhaustive search: dynamic programming over the applications, keeping for
 * every vector of reviewers' new loads the best total affinity; then the best final vector for
 * (slots, reached minimum, affinity). Knows nothing of flows or big costs.
 */
function exhaustiveOptimum(instance: Instance): Optimum {
	const lockedLoad = new Map<string, number>();
	const lockedApp = new Map<string, number>();
	const locked = new Set<string>();
	for (const [r, a] of instance.locks) {
		locked.add(key(r, a));
		lockedLoad.set(r, (lockedLoad.get(r) ?? 0) + 1);
		lockedApp.set(a, (lockedApp.get(a) ?? 0) + 1);
	}
	const conflicted = new Set(instance.conflicts.map(([r, a]) => key(r, a)));
	const reviewers = instance.reviewers.map((r) => ({
		id: r.id,
		locks: lockedLoad.get(r.id) ?? 0,
		room: r.max - (lockedLoad.get(r.id) ?? 0),
		min: r.min ?? 0
	}));
	const index = new Map(reviewers.map((r, i) => [r.id, i]));
	// Loads vector encoded in mixed radix (room + 1 per reviewer).
	const radix = reviewers.map((r) => r.room + 1);
	const decode = (code: number) =>
		radix.map((b) => {
			const digit = code % b;
			code = Math.floor(code / b);
			return digit;
		});
	const encode = (loads: number[]) =>
		loads.reduceRight((code, digit, i) => code * radix[i] + digit, 0);
	let states = new Map<number, number>([[0, 0]]);
	for (const app of instance.applications) {
		const open = app.demand - (lockedApp.get(app.id) ?? 0);
		const candidates = instance.affinities
			.filter(([r, a]) => a === app.id && !conflicted.has(key(r, a)) && !locked.has(key(r, a)))
			.map(([r, , w]) => ({ r: index.get(r)!, w: scaled(w) }));
		const next = new Map<number, number>();
		for (const [code, weight] of states) {
			const loads = decode(code);
			for (let subset = 0; subset < 1 << candidates.length; subset++) {
				const chosen = candidates.filter((_, i) => subset & (1 << i));
				if (chosen.length > open) continue;
				const after = [...loads];
				let w = weight;
				let ok = true;
				for (const c of chosen) {
					after[c.r]++;
					w += c.w;
					if (after[c.r] > reviewers[c.r].room) ok = false;
				}
				if (!ok) continue;
				const k = encode(after);
				if ((next.get(k) ?? -1) < w) next.set(k, w);
			}
		}
		states = next;
	}
	let best: Optimum | null = null;
	const openMinimum = reviewers.reduce((s, r) => s + Math.max(0, r.min - r.locks), 0);
	for (const [code, weight] of states) {
		const loads = decode(code);
		const slots = loads.reduce((s, x) => s + x, 0);
		const coverage = loads.reduce(
			(s, x, i) => s + Math.min(x, Math.max(0, reviewers[i].min - reviewers[i].locks)),
			0
		);
		if (
			!best ||
			slots > best.slots ||
			(slots === best.slots && coverage > best.coverage) ||
			(slots === best.slots && coverage === best.coverage && weight > best.weight)
		) {
			best = { slots, coverage, weight, minimumsReachable: false };
		}
	}
	// Minimums are reachable when some vector reaches them all (whatever its slots).
	const reachable = [...states.keys()].some(
		(code) =>
			decode(code).reduce(
				(s, x, i) => s + Math.min(x, Math.max(0, reviewers[i].min - reviewers[i].locks)),
				0
			) === openMinimum
	);
	return { ...best!, minimumsReachable: reachable };
}

/** What the result achieves, measured on the result itself, after checking it is feasible. */
function checkFeasible(instance: Instance, result: AssignmentDetails): Optimum {
	const affinity = new Map(instance.affinities.map(([r, a, w]) => [key(r, a), w]));
	const conflicted = new Set(instance.conflicts.map(([r, a]) => key(r, a)));
	const locked = new Set(instance.locks.map(([r, a]) => key(r, a)));
	const seen = new Set<string>();
	const perApp = new Map<string, number>();
	const perReviewer = new Map<string, number>();
	let weight = 0;
	let totalScaled = 0;
	for (const [r, a] of result.assignments) {
		const k = key(r, a);
		expect(seen.has(k), `pair ${k} twice`).toBe(false);
		seen.add(k);
		expect(conflicted.has(k), `conflicted pair ${k} assigned`).toBe(false);
		expect(locked.has(k) || affinity.has(k), `pair ${k} without affinity`).toBe(true);
		perApp.set(a, (perApp.get(a) ?? 0) + 1);
		perReviewer.set(r, (perReviewer.get(r) ?? 0) + 1);
		totalScaled += scaled(affinity.get(k) ?? 0);
		if (!locked.has(k)) weight += scaled(affinity.get(k)!);
	}
	for (const k of locked) expect(seen.has(k), `lock ${k} dropped`).toBe(true);
	const unfilled = byId(instance.applications)
		.filter((a) => (perApp.get(a.id) ?? 0) < a.demand)
		.map((a) => ({ application: a.id, missing: a.demand - (perApp.get(a.id) ?? 0) }));
	for (const a of instance.applications) {
		expect(perApp.get(a.id) ?? 0).toBeLessThanOrEqual(a.demand);
	}
	expect(result.unfilled).toEqual(unfilled);
	let coverage = 0;
	for (const r of instance.reviewers) {
		const load = perReviewer.get(r.id) ?? 0;
		expect(result.loads[r.id]).toBe(load);
		expect(load).toBeLessThanOrEqual(r.max);
		const lockedHere = instance.locks.filter(([x]) => x === r.id).length;
		coverage += Math.min(load - lockedHere, Math.max(0, (r.min ?? 0) - lockedHere));
	}
	expect(Object.keys(result.loads).sort()).toEqual(instance.reviewers.map((r) => r.id).sort());
	expect(result.underloaded).toEqual(
		byId(instance.reviewers)
			.filter((r) => (perReviewer.get(r.id) ?? 0) < (r.min ?? 0))
			.map((r) => ({
				reviewer: r.id,
				min: r.min ?? 0,
				load: perReviewer.get(r.id) ?? 0,
				missing: (r.min ?? 0) - (perReviewer.get(r.id) ?? 0)
			}))
	);
	expect(result.objectiveScaled).toBe(totalScaled);
	expect(result.objective).toBeCloseTo(totalScaled / AFFINITY_SCALE, 9);
	return {
		slots: result.filled - instance.locks.length,
		coverage,
		weight,
		minimumsReachable: result.underloaded.length === 0
	};
}

/** The same input, every list in another order. */
function shuffled(instance: Instance, seed: number): Instance {
	let s = seed >>> 0;
	const next = () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
	const shuffle = <T>(list: T[]) => {
		const copy = [...list];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[copy[i], copy[j]] = [copy[j], copy[i]];
		}
		return copy;
	};
	return {
		applications: shuffle(instance.applications),
		reviewers: shuffle(instance.reviewers),
		affinities: shuffle(instance.affinities),
		conflicts: shuffle(instance.conflicts),
		locks: shuffle(instance.locks)
	};
}

/**
 * 20 to 60 applications, 5 to 15 reviewers, 2 to 3 reviews each, about 40 % of the pairs
 * candidates, capacities from scarce to ample, a few minimums, conflicts and locks.
 */
function mediumInstance(seed: number): Instance {
	let s = seed >>> 0;
	const rnd = () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const nA = 20 + Math.floor(rnd() * 41);
	const nR = 5 + Math.floor(rnd() * 11);
	const slack = 0.7 + rnd() * 0.8;
	const instance: Instance = {
		applications: [],
		reviewers: [],
		affinities: [],
		conflicts: [],
		locks: []
	};
	const demand: number[] = [];
	for (let a = 0; a < nA; a++) {
		demand.push(2 + Math.floor(rnd() * 2));
		instance.applications.push({ id: `a${a}`, demand: demand[a] });
	}
	const average = demand.reduce((x, y) => x + y, 0) / nR;
	const max: number[] = [];
	for (let r = 0; r < nR; r++) {
		max.push(Math.max(1, Math.round(average * slack * (0.6 + 0.8 * rnd()))));
		const min = rnd() < 0.2 ? Math.floor(max[r] * rnd()) : 0;
		instance.reviewers.push({ id: `r${r}`, min, max: max[r] });
	}
	const locksOf = new Array<number>(nR).fill(0);
	for (let a = 0; a < nA; a++) {
		let locks = 0;
		for (let r = 0; r < nR; r++) {
			if (rnd() < 0.4) instance.affinities.push([`r${r}`, `a${a}`, Math.round(rnd() * 20) / 20]);
			const x = rnd();
			if (x < 0.03) instance.conflicts.push([`r${r}`, `a${a}`]);
			else if (x < 0.05 && locks < demand[a] && locksOf[r] < max[r]) {
				locks++;
				locksOf[r]++;
				instance.locks.push([`r${r}`, `a${a}`]);
			}
		}
	}
	return instance;
}

describe('solveAssignment on random small instances', () => {
	let highs: Highs;
	beforeAll(async () => {
		highs = await loadHighs();
	});

	it('returns a feasible assignment, optimal for (filled slots, reached minimums, affinity) by exhaustive search', () => {
		fc.assert(
			fc.property(instances, (instance) => {
				const result = solveAssignment(instance);
				const achieved = checkFeasible(instance, result);
				const optimum = exhaustiveOptimum(instance);
				expect(achieved).toEqual(optimum);
			}),
			{ numRuns: 400 }
		);
	});

	it('reaches the same optimum as the LP solver highs, criterion by criterion', () => {
		fc.assert(
			fc.property(instances, (instance) => {
				const result = solveAssignment(instance);
				const achieved = checkFeasible(instance, result);
				const lp = lexicographicOptimum(highs, validateAssignmentInput(instance));
				expect({
					slots: achieved.slots,
					coverage: achieved.coverage,
					weight: achieved.weight
				}).toEqual(lp);
			}),
			{ numRuns: 150 }
		);
	});

	it('reaches the LP optimum on medium instances too (longer augmenting paths)', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const instance = mediumInstance(seed);
				const result = solveAssignment(instance);
				const achieved = checkFeasible(instance, result);
				const lp = lexicographicOptimum(highs, validateAssignmentInput(instance));
				expect({
					slots: achieved.slots,
					coverage: achieved.coverage,
					weight: achieved.weight
				}).toEqual(lp);
			}),
			{ numRuns: 40 }
		);
	});

	it('gives the same result whatever the order of the input lists', () => {
		fc.assert(
			fc.property(instances, fc.integer(), (instance, seed) => {
				const result = solveAssignment(instance);
				const again = solveAssignment(shuffled(instance, seed));
				expect(again.assignments).toEqual(result.assignments);
				expect(again.loads).toEqual(result.loads);
				expect(again.unfilled).toEqual(result.unfilled);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('solveAssignment, by example', () => {
	it('solves the issue’s example shape and prints sorted results', () => {
		const result = solveAssignment({
			applications: [
				{ id: 'a2', demand: 2 },
				{ id: 'a1', demand: 3 }
			],
			reviewers: [
				{ id: 'r3', min: 1, max: 1 },
				{ id: 'r1', min: 0, max: 2 },
				{ id: 'r2', max: 2 }
			],
			affinities: [
				['r1', 'a1', 0.83],
				['r2', 'a1', 0.5],
				['r1', 'a2', 0.9],
				['r2', 'a2', 0.1],
				['r3', 'a2', 0],
				['r3', 'a1', 0.99]
			],
			conflicts: [['r3', 'a1']],
			locks: []
		});
		// a1 has two possible reviewers (r3 is conflicted): one slot stays empty. r3's minimum
		// sends it to a2, although its affinity there is 0.
		expect(result.assignments).toEqual([
			['r1', 'a1'],
			['r1', 'a2'],
			['r2', 'a1'],
			['r3', 'a2']
		]);
		expect(result.objective).toBeCloseTo(0.83 + 0.9 + 0.5 + 0, 9);
		expect(result.unfilled).toEqual([{ application: 'a1', missing: 1 }]);
		expect(result.loads).toEqual({ r1: 2, r2: 1, r3: 1 });
		expect(result.underloaded).toEqual([]);
	});

	it('fills more slots before it seeks more affinity', () => {
		// r1 is the best match for both, but can take one: giving it a1 (0.9) leaves a2 without a
		// reviewer; giving it a2 lets r2 take a1, two slots instead of one.
		const result = solveAssignment({
			applications: [
				{ id: 'a1', demand: 1 },
				{ id: 'a2', demand: 1 }
			],
			reviewers: [
				{ id: 'r1', max: 1 },
				{ id: 'r2', max: 1 }
			],
			affinities: [
				['r1', 'a1', 0.9],
				['r1', 'a2', 0.8],
				['r2', 'a1', 0.05]
			]
		});
		expect(result.assignments).toEqual([
			['r1', 'a2'],
			['r2', 'a1']
		]);
		expect(result.unfilled).toEqual([]);
	});

	it('keeps locks, counts them in loads and demands, and adds their affinity', () => {
		const result = solveAssignment({
			applications: [{ id: 'a1', demand: 2 }],
			reviewers: [
				{ id: 'r1', max: 1 },
				{ id: 'r2', max: 1 },
				{ id: 'r3', max: 1 }
			],
			affinities: [
				['r1', 'a1', 0.1],
				['r2', 'a1', 0.9],
				['r3', 'a1', 0.8]
			],
			locks: [['r1', 'a1']]
		});
		expect(result.assignments).toEqual([
			['r1', 'a1'],
			['r2', 'a1']
		]);
		expect(result.objective).toBeCloseTo(1, 9);
		expect(result.locked).toBe(1);
	});

	it('reports minimums that cannot be reached instead of failing', () => {
		const result = solveAssignment({
			applications: [{ id: 'a1', demand: 1 }],
			reviewers: [
				{ id: 'r1', min: 2, max: 3 },
				{ id: 'r2', min: 1, max: 1 }
			],
			affinities: [
				['r1', 'a1', 0.9],
				['r2', 'a1', 0.1]
			]
		});
		// One slot for two minimums: either way one unit of minimum is reached, so the affinity
		// decides; both reviewers stay below their minimum, and the result says by how much.
		expect(result.assignments).toEqual([['r1', 'a1']]);
		expect(result.underloaded).toEqual([
			{ reviewer: 'r1', min: 2, load: 1, missing: 1 },
			{ reviewer: 'r2', min: 1, load: 0, missing: 1 }
		]);
	});

	it('takes affinities to 1e-6', () => {
		const result = solveAssignment({
			applications: [{ id: 'a1', demand: 1 }],
			reviewers: [
				{ id: 'r1', max: 1 },
				{ id: 'r2', max: 1 }
			],
			affinities: [
				['r1', 'a1', 0.5000001],
				['r2', 'a1', 0.5000004]
			]
		});
		// Both round to 0.5: a tie, broken the same way every time (by the reviewers' order).
		expect(result.objective).toBe(0.5);
		expect(result.assignments).toEqual([['r1', 'a1']]);
	});
});
