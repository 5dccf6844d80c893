/**
 * The assignment as linear programmes for the LP solver `highs`: the reference the property tests
 * and `npm run bench:assign` compare the min-cost flow with. Never used at run time (`highs` is a
 * development dependency; only its types are imported here).
 *
 * Both programmes have an integral optimum: their matrices are network matrices (each pair's
 * column has one coefficient in its application's row and one in its reviewer's row), so the
 * simplex method's vertex optimum is an assignment, and the LP optimum is the assignment optimum.
 */
import type { Highs, ModelData } from 'highs';
import type { AssignmentProblem } from './input.ts';

type Counts = {
	/** Per application: demand minus locks. */
	open: Int32Array;
	/** Per reviewer: max minus locks, and the part of the minimum the locks do not cover. */
	room: Int32Array;
	minimum: Int32Array;
};

export function openCounts(p: AssignmentProblem): Counts {
	const open = Int32Array.from(p.demand);
	const room = Int32Array.from(p.maxLoad);
	const minimum = Int32Array.from(p.minLoad);
	for (let j = 0; j < p.lockApplication.length; j++) {
		open[p.lockApplication[j]]--;
		room[p.lockReviewer[j]]--;
		minimum[p.lockReviewer[j]]--;
	}
	for (let r = 0; r < minimum.length; r++) minimum[r] = Math.max(0, minimum[r]);
	return { open, room, minimum };
}

/**
 * What the benchmark solves: maximise the total affinity (× 10^6, integers) with every demand met
 * exactly and every load within [min, max], locks counted. When this LP is feasible, its optimum
 * is the assignment's: every slot filled and every minimum reached, the first two criteria of the
 * solver, leave only the affinity to optimise. `objective + lockedWeight` is then the solver's
 * `objectiveScaled`.
 */
export function feasibleLp(
	highs: Highs,
	p: AssignmentProblem
): { model: ModelData; lockedWeight: number } {
	const nA = p.applicationIds.length;
	const nR = p.reviewerIds.length;
	const c = p.candidateApplication.length;
	const { open, room, minimum } = openCounts(p);
	// CSC with typed arrays: two coefficients per column, rows in increasing order.
	const starts = new Int32Array(c + 1);
	const indices = new Int32Array(2 * c);
	const values = new Float64Array(2 * c).fill(1);
	for (let j = 0; j < c; j++) {
		indices[2 * j] = p.candidateApplication[j];
		indices[2 * j + 1] = nA + p.candidateReviewer[j];
		starts[j + 1] = 2 * j + 2;
	}
	const rowLower = new Float64Array(nA + nR);
	const rowUpper = new Float64Array(nA + nR);
	for (let a = 0; a < nA; a++) rowLower[a] = rowUpper[a] = open[a];
	for (let r = 0; r < nR; r++) {
		rowLower[nA + r] = minimum[r];
		rowUpper[nA + r] = room[r];
	}
	let lockedWeight = 0;
	for (const w of p.lockWeight) lockedWeight += w;
	return {
		model: {
			numCols: c,
			numRows: nA + nR,
			sense: highs.constants.objectiveSense.maximize,
			colCost: Float64Array.from(p.candidateWeight),
			colLower: new Float64Array(c),
			colUpper: new Float64Array(c).fill(1),
			rowLower,
			rowUpper,
			matrix: { format: 'csc', numRows: nA + nR, numCols: c, starts, indices, values }
		},
		lockedWeight
	};
}

export type LexicographicOptimum = {
	/** Slots filled by the solver (locks not counted). */
	slots: number;
	/** Units of the reviewers' open minimums reached (locks not counted). */
	coverage: number;
	/** Total affinity × 10^6 of the solver's pairs (locks not counted). */
	weight: number;
};

/**
 * The solver's three criteria, one LP each (maximise the slots; then, slots fixed at their
 * optimum, the reached minimum; then, both fixed, the affinity): an optimum found without the
 * big costs the min-cost flow encodes them with. Columns: x per candidate pair, then y per
 * reviewer (the part of its open minimum reached, y ≤ min and y ≤ its load).
 */
export function lexicographicOptimum(highs: Highs, p: AssignmentProblem): LexicographicOptimum {
	const nA = p.applicationIds.length;
	const nR = p.reviewerIds.length;
	const c = p.candidateApplication.length;
	const { open, room, minimum } = openCounts(p);
	const inf = highs.infinity;
	// Rows: applications (≤ open), reviewers' loads (≤ room), coverage (load − y ≥ 0),
	// then the total slots and the total coverage (bounded in later stages).
	const slotsRow = nA + 2 * nR;
	const coverageRow = slotsRow + 1;
	const numRows = coverageRow + 1;
	const starts: number[] = [0];
	const indices: number[] = [];
	const values: number[] = [];
	for (let j = 0; j < c; j++) {
		const r = p.candidateReviewer[j];
		indices.push(p.candidateApplication[j], nA + r, nA + nR + r, slotsRow);
		values.push(1, 1, 1, 1);
		starts.push(indices.length);
	}
	for (let r = 0; r < nR; r++) {
		indices.push(nA + nR + r, coverageRow);
		values.push(-1, 1);
		starts.push(indices.length);
	}
	const rowLower = new Array<number>(numRows).fill(0);
	const rowUpper = [
		...Array.from(open),
		...Array.from(room),
		...new Array<number>(nR + 2).fill(inf)
	];
	const colLower = new Array(c + nR).fill(0);
	const colUpper = [...new Array(c).fill(1), ...Array.from(minimum)];

	const solve = (colCost: number[]): number => {
		const model: ModelData = {
			numCols: c + nR,
			numRows,
			sense: highs.constants.objectiveSense.maximize,
			colCost,
			colLower,
			colUpper,
			rowLower,
			rowUpper,
			matrix: { format: 'csc', numRows, numCols: c + nR, starts, indices, values }
		};
		return highs.withModel(model, (m) => {
			m.options.set({ output_flag: false });
			m.run();
			if (m.getModelStatus() !== highs.constants.modelStatus.optimal) {
				throw new Error(`highs: status ${m.getModelStatus()}`);
			}
			return Math.round(m.getObjectiveValue());
		});
	};
	const zeros = new Array(nR).fill(0);
	const slots = c ? solve([...new Array(c).fill(1), ...zeros]) : 0;
	rowLower[slotsRow] = slots;
	const coverage = nR ? solve([...new Array(c).fill(0), ...new Array(nR).fill(1)]) : 0;
	rowLower[coverageRow] = coverage;
	const weight = c ? solve([...Array.from(p.candidateWeight), ...zeros]) : 0;
	return { slots, coverage, weight };
}
