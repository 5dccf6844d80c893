/**
 * Reviewer assignment: an exact maximum-weight assignment under demands, load bounds, conflicts
 * and locks, solved as a minimum-cost flow (docs/decisions/015-assignment-min-cost-flow.md).
 *
 * What it optimises, in this order (lexicographically):
 * 1. the number of filled slots (an application gets at most its demand of reviewers);
 * 2. how much of the reviewers' minimum loads is reached (all of it whenever that is possible
 *    together with 1.; otherwise the shortfall is reported in `underloaded`);
 * 3. the total affinity of the assigned pairs, affinities rounded to 1e-6.
 *
 * The network: one node per application, whose supply is its demand minus its locks; one node per
 * reviewer; one sink. Application → reviewer for each candidate pair (an affinity, no conflict,
 * not locked), capacity 1, cost −(P + w); reviewer → sink twice, capacity min − locks at cost −C
 * (the minimum), then the rest up to max − locks at cost 0; application → sink, capacity its
 * supply, cost 0 (an unfilled slot). With w = round(affinity × 10^6) ∈ [0, W] and
 * L = min(#applications, #reviewers) × W, taking C = L + 1 and P = C + L + 1 makes the costs
 * encode the order above exactly: a cycle of the residual network changes the filled slots and
 * the reached minimum by at most one each and the affinity by at most L, so a cycle that fills
 * one more slot (or reaches one more unit of minimum) is always worth more than whatever it costs
 * below. Everything is an integer below 2^53: exact.
 */
import { AFFINITY_SCALE, validateAssignmentInput, type AssignmentProblem } from './input.ts';
import {
	FlowNetwork,
	checkOptimality,
	dagPotentials,
	routeSupplies,
	type RouteStats
} from './flow.ts';

export type AssignmentResult = {
	/** `[reviewer, application]`, locks included, sorted by reviewer then application. */
	assignments: [string, string][];
	/** Sum of the affinities of every assigned pair, locks included (a lock without one: 0). */
	objective: number;
	/** Applications that get fewer reviewers than their demand, by id. */
	unfilled: { application: string; missing: number }[];
	/** Every reviewer's load, locks included, by id. */
	loads: Record<string, number>;
	/** Reviewers whose minimum load could not be reached, by id. */
	underloaded: { reviewer: string; min: number; load: number; missing: number }[];
};

export type AssignmentDetails = AssignmentResult & {
	/** Slots filled (locks included) out of the total demand. */
	filled: number;
	demand: number;
	locked: number;
	/** Sum of the affinities × 10^6, an exact integer. */
	objectiveScaled: number;
	/** Per application, in id order: reviewers assigned and their total affinity. */
	perApplication: { id: string; demand: number; assigned: number; affinity: number }[];
	stats: RouteStats;
};

/**
 * Solves an assignment. Throws an `InputError` (French messages) when the input is malformed or
 * contradicts itself; an infeasible demand or minimum is not an error but part of the result.
 */
export function solveAssignment(input: unknown): AssignmentDetails {
	return solveProblem(validateAssignmentInput(input));
}

/** The solver on an already validated problem. */
export function solveProblem(problem: AssignmentProblem): AssignmentDetails {
	const { applicationIds, reviewerIds, demand, minLoad, maxLoad } = problem;
	const nA = applicationIds.length;
	const nR = reviewerIds.length;
	const { candidateApplication, candidateReviewer, candidateWeight } = problem;
	const { lockApplication, lockReviewer, lockWeight } = problem;
	const c = candidateApplication.length;

	const lockedLoad = new Int32Array(nR);
	const lockedApp = new Int32Array(nA);
	let lockedScaled = 0;
	for (let j = 0; j < lockApplication.length; j++) {
		lockedLoad[lockReviewer[j]]++;
		lockedApp[lockApplication[j]]++;
		lockedScaled += lockWeight[j];
	}

	const L = Math.min(nA, nR) * AFFINITY_SCALE;
	const C = L + 1;
	const P = C + L + 1;
	let totalSupply = 0;
	for (let a = 0; a < nA; a++) totalSupply += demand[a] - lockedApp[a];
	if (!Number.isSafeInteger((P + C + AFFINITY_SCALE) * 4 * Math.max(totalSupply, 1))) {
		throw new RangeError('solveAssignment: instance too large for exact integer costs');
	}

	// Nodes: applications 0..nA-1, reviewers nA..nA+nR-1, the sink. Edges go up in node order.
	const sink = nA + nR;
	const net = new FlowNetwork(nA + nR + 1, c + nA + 2 * nR);
	for (let j = 0; j < c; j++) {
		net.addEdge(candidateApplication[j], nA + candidateReviewer[j], 1, -(P + candidateWeight[j]));
	}
	const balance = new Int32Array(nA + nR + 1);
	for (let a = 0; a < nA; a++) {
		balance[a] = demand[a] - lockedApp[a];
		if (balance[a] > 0) net.addEdge(a, sink, balance[a], 0);
	}
	balance[sink] = -totalSupply;
	for (let r = 0; r < nR; r++) {
		const room = maxLoad[r] - lockedLoad[r];
		const minimum = Math.min(Math.max(minLoad[r] - lockedLoad[r], 0), room);
		if (minimum > 0) net.addEdge(nA + r, sink, minimum, -C);
		if (room - minimum > 0) net.addEdge(nA + r, sink, room - minimum, 0);
	}
	net.freeze();

	const potential = dagPotentials(net);
	const stats = routeSupplies(net, balance, potential);
	const broken = checkOptimality(net, potential);
	if (broken >= 0) throw new Error(`solveAssignment: optimality check failed on arc ${broken}`);

	// Read the solution.
	const load = Int32Array.from(lockedLoad);
	const assigned = Int32Array.from(lockedApp);
	const affinityOf = new Float64Array(nA);
	for (let j = 0; j < lockApplication.length; j++) affinityOf[lockApplication[j]] += lockWeight[j];
	const pairs: [number, number][] = [];
	for (let j = 0; j < lockApplication.length; j++)
		pairs.push([lockReviewer[j], lockApplication[j]]);
	let objectiveScaled = lockedScaled;
	for (let j = 0; j < c; j++) {
		if (net.flow(j) === 1) {
			const a = candidateApplication[j];
			const r = candidateReviewer[j];
			load[r]++;
			assigned[a]++;
			affinityOf[a] += candidateWeight[j];
			objectiveScaled += candidateWeight[j];
			pairs.push([r, a]);
		}
	}
	pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

	const unfilled: AssignmentResult['unfilled'] = [];
	let filled = 0;
	let totalDemand = 0;
	for (let a = 0; a < nA; a++) {
		filled += assigned[a];
		totalDemand += demand[a];
		if (assigned[a] < demand[a]) {
			unfilled.push({ application: applicationIds[a], missing: demand[a] - assigned[a] });
		}
	}
	const loads: Record<string, number> = {};
	const underloaded: AssignmentResult['underloaded'] = [];
	for (let r = 0; r < nR; r++) {
		loads[reviewerIds[r]] = load[r];
		if (load[r] < minLoad[r]) {
			underloaded.push({
				reviewer: reviewerIds[r],
				min: minLoad[r],
				load: load[r],
				missing: minLoad[r] - load[r]
			});
		}
	}
	return {
		assignments: pairs.map(([r, a]) => [reviewerIds[r], applicationIds[a]]),
		objective: objectiveScaled / AFFINITY_SCALE,
		unfilled,
		loads,
		underloaded,
		filled,
		demand: totalDemand,
		locked: lockApplication.length,
		objectiveScaled,
		perApplication: applicationIds.map((id, a) => ({
			id,
			demand: demand[a],
			assigned: assigned[a],
			affinity: affinityOf[a] / AFFINITY_SCALE
		})),
		stats
	};
}

/** What `transfo assign` prints: the shape, plus the reviewers below their minimum. */
export function presentAssignment(result: AssignmentResult): AssignmentResult {
	const { assignments, objective, unfilled, loads, underloaded } = result;
	return { assignments, objective, unfilled, loads, underloaded };
}
