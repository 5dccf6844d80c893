/**
 * Score calibration: raw scores are biased by harsh and lenient reviewers. Fits
 *
 *   score(reviewer r, application a) = μ + quality(a) + bias(r) + noise
 *
 * with Gaussian priors quality ~ N(0, τq²), bias ~ N(0, τb²), noise ~ N(0, σ²): the posterior
 * mode is a ridge regression, penalties λq = σ²/τq² and λb = σ²/τb² (μ is not penalised). A
 * reviewer with few reviews, or an application with few, is shrunk towards no bias, no
 * difference, instead of being believed on two scores.
 *
 * The variances are estimated from the scores themselves (EM for REML, Henderson's mixed model
 * equations), each with a weak prior worth two observations of a third of the scores' variance,
 * so that a call with few scores does not drive a variance to zero. For given variances the
 * normal equations are solved exactly: the applications' block is diagonal, so they are
 * eliminated (Schur complement on the reviewers' block, dense, Cholesky), which also gives the
 * exact posterior variances. Pure; no I/O.
 *
 * Per application: raw mean, calibrated score μ + quality with its posterior standard deviation,
 * disagreement (standard deviation of the reviewers' bias-corrected scores, i.e. of the residuals)
 * and range (max − min of the raw scores), and a `discuss` flag when the disagreement exceeds
 * `DISCUSS_RATIO` times the noise σ estimated on the whole call. Per reviewer: the bias.
 */
import { Problems, shown } from './inputError.ts';

export type CalibrationInput = {
	scores: { reviewer: string; application: string; score: number }[];
};

/**
 * An application is flagged for discussion when its disagreement (the standard deviation of its
 * reviewers' bias-corrected scores) is at least this many times the noise σ. Under the model,
 * with three reviewers, chance alone flags about 2 % of applications (P(χ²₂ > 8) = e⁻⁴); with
 * two, about 5 %; with five, 0.3 %.
 */
export const DISCUSS_RATIO = 2;

/** Pseudo-observations of each variance's prior (worth two scores at a third of the variance). */
const PRIOR_WEIGHT = 2;
const MAX_ITERATIONS = 500;
/** Stop when no variance moves by more than this, relatively. */
const TOLERANCE = 1e-8;

export type CalibratedApplication = {
	id: string;
	reviews: number;
	rawMean: number;
	/** μ + quality: the score an average reviewer would give. */
	calibrated: number;
	/** Posterior standard deviation of the calibrated score. */
	uncertainty: number;
	/** Standard deviation of the bias-corrected scores; null with a single review. */
	disagreement: number | null;
	/** Max − min of the raw scores. */
	range: number;
	discuss: boolean;
};

export type CalibratedReviewer = {
	id: string;
	reviews: number;
	/** Added to every score this reviewer gives (negative: harsh). */
	bias: number;
	/** Posterior standard deviation of the bias. */
	uncertainty: number;
	rawMean: number;
};

export type Calibration = {
	/** By calibrated score, best first (ties: by id). */
	applications: CalibratedApplication[];
	/** By id. */
	reviewers: CalibratedReviewer[];
	model: {
		mean: number;
		noiseSd: number;
		qualitySd: number;
		biasSd: number;
		/** The ridge penalties the final solve used: σ²/τq² and σ²/τb². */
		lambdaQuality: number;
		lambdaBias: number;
		iterations: number;
		converged: boolean;
	};
};

type Data = {
	applicationIds: string[];
	reviewerIds: string[];
	/** Scores as parallel arrays. */
	app: Int32Array;
	reviewer: Int32Array;
	score: Float64Array;
	/** Score indices grouped by application (CSR). */
	appStart: Int32Array;
	appScores: Int32Array;
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Checks and indexes the input; throws an `InputError` listing the problems in French. */
export function validateCalibrationInput(value: unknown): Data {
	const problems = new Problems();
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		problems.add(
			'l’entrée doit être un objet JSON {"scores": [{"reviewer": …, "application": …, "score": …}]}.'
		);
		problems.throwIfAny();
	}
	const input = value as Record<string, unknown>;
	for (const key of Object.keys(input)) {
		if (key !== 'scores') problems.add(`clé inconnue « ${key} » (seule « scores » est attendue).`);
	}
	const raw = input.scores;
	if (!Array.isArray(raw)) {
		problems.add(
			raw === undefined
				? '« scores » manque : une liste est attendue.'
				: '« scores » doit être une liste.'
		);
		problems.throwIfAny();
	}
	const list = raw as unknown[];
	if (list.length === 0) problems.add('« scores » est vide : il faut au moins une note.');
	const entries: { reviewer: string; application: string; score: number; at: number }[] = [];
	for (let i = 0; i < list.length; i++) {
		if (problems.stopped()) break;
		const s = list[i] as Record<string, unknown>;
		if (typeof s !== 'object' || s === null || Array.isArray(s)) {
			problems.add(`scores[${i}] doit être un objet {"reviewer", "application", "score"}.`);
			continue;
		}
		let ok = true;
		for (const field of ['reviewer', 'application'] as const) {
			if (typeof s[field] !== 'string' || s[field] === '') {
				problems.add(
					`scores[${i}] : « ${field} » doit être un texte non vide (reçu ${shown(s[field])}).`
				);
				ok = false;
			}
		}
		if (typeof s.score !== 'number' || !Number.isFinite(s.score)) {
			problems.add(`scores[${i}] : « score » doit être un nombre (reçu ${shown(s.score)}).`);
			ok = false;
		}
		if (ok) {
			entries.push({
				reviewer: s.reviewer as string,
				application: s.application as string,
				score: s.score as number,
				at: i
			});
		}
	}
	problems.throwIfAny();

	const applicationIds = [...new Set(entries.map((e) => e.application))].sort(byCodeUnits);
	const reviewerIds = [...new Set(entries.map((e) => e.reviewer))].sort(byCodeUnits);
	const appIndex = new Map(applicationIds.map((id, i) => [id, i]));
	const reviewerIndex = new Map(reviewerIds.map((id, i) => [id, i]));
	const n = entries.length;
	const app = new Int32Array(n);
	const reviewer = new Int32Array(n);
	const score = new Float64Array(n);
	const seen = new Map<string, number>();
	entries.forEach((e, k) => {
		const pair = JSON.stringify([e.reviewer, e.application]);
		const before = seen.get(pair);
		if (before !== undefined) {
			problems.add(
				`scores[${e.at}] : « ${e.reviewer} » a déjà noté « ${e.application} » (scores[${before}]) ; une note par paire.`
			);
		} else seen.set(pair, e.at);
		app[k] = appIndex.get(e.application)!;
		reviewer[k] = reviewerIndex.get(e.reviewer)!;
		score[k] = e.score;
	});
	problems.throwIfAny();

	const A = applicationIds.length;
	const appStart = new Int32Array(A + 1);
	for (let k = 0; k < n; k++) appStart[app[k] + 1]++;
	for (let a = 0; a < A; a++) appStart[a + 1] += appStart[a];
	const fill = appStart.slice(0, A);
	const appScores = new Int32Array(n);
	for (let k = 0; k < n; k++) appScores[fill[app[k]]++] = k;
	return { applicationIds, reviewerIds, app, reviewer, score, appStart, appScores };
}

/** Calibrates the scores; throws an `InputError` (French) on an invalid input. */
export function calibrate(input: unknown): Calibration {
	return calibrateData(validateCalibrationInput(input));
}

type Solution = {
	mu: number;
	quality: Float64Array;
	bias: Float64Array;
	/** S⁻¹, the inverse of the Schur complement on (μ, biases): (R + 1)², row-major. */
	sInverse: Float64Array;
	/** Diagonal of M's application block: reviews(a) + λq. */
	d: Float64Array;
};

/**
 * Solves the normal equations M θ = Xᵀy for θ = (quality, μ, bias), with
 * M = XᵀX + diag(λq for qualities, 0 for μ, λb for biases).
 */
function solve(data: Data, lambdaQ: number, lambdaB: number): Solution {
	const { app, reviewer, score, appStart, appScores } = data;
	const A = data.applicationIds.length;
	const R = data.reviewerIds.length;
	const m = R + 1; // s = (μ, b_0 … b_{R-1})
	const S = new Float64Array(m * m);
	const rhsS = new Float64Array(m);
	const rhsQ = new Float64Array(A);
	const d = new Float64Array(A);
	for (let k = 0; k < score.length; k++) {
		const r = 1 + reviewer[k];
		S[0] += 1;
		S[r] += 1;
		S[r * m] += 1;
		S[r * m + r] += 1;
		rhsS[0] += score[k];
		rhsS[r] += score[k];
		rhsQ[app[k]] += score[k];
	}
	for (let r = 1; r < m; r++) S[r * m + r] += lambdaB;
	// Eliminate each application: S −= v vᵀ / d_a, rhsS −= v rhsQ_a / d_a, v = M_sq row a.
	const idx: number[] = [];
	const val: number[] = [];
	for (let a = 0; a < A; a++) {
		const count = appStart[a + 1] - appStart[a];
		d[a] = count + lambdaQ;
		idx.length = 0;
		val.length = 0;
		idx.push(0);
		val.push(count);
		for (let j = appStart[a]; j < appStart[a + 1]; j++) {
			idx.push(1 + reviewer[appScores[j]]);
			val.push(1);
		}
		for (let x = 0; x < idx.length; x++) {
			const f = val[x] / d[a];
			rhsS[idx[x]] -= f * rhsQ[a];
			for (let y = 0; y < idx.length; y++) S[idx[x] * m + idx[y]] -= f * val[y];
		}
	}
	const sInverse = spdInverse(S, m);
	const sol = new Float64Array(m);
	for (let i = 0; i < m; i++) {
		let t = 0;
		for (let j = 0; j < m; j++) t += sInverse[i * m + j] * rhsS[j];
		sol[i] = t;
	}
	const mu = sol[0];
	const bias = sol.slice(1);
	const quality = new Float64Array(A);
	for (let a = 0; a < A; a++) {
		let t = rhsQ[a] - (appStart[a + 1] - appStart[a]) * mu;
		for (let j = appStart[a]; j < appStart[a + 1]; j++) t -= bias[reviewer[appScores[j]]];
		quality[a] = t / d[a];
	}
	return { mu, quality, bias, sInverse, d };
}

/** Inverse of a symmetric positive definite matrix (Cholesky, then L⁻ᵀ L⁻¹). */
function spdInverse(M: Float64Array, m: number): Float64Array {
	const L = new Float64Array(m * m);
	for (let j = 0; j < m; j++) {
		let s = M[j * m + j];
		for (let k = 0; k < j; k++) s -= L[j * m + k] * L[j * m + k];
		if (!(s > 0)) throw new Error('calibration: the normal matrix is not positive definite');
		const ljj = Math.sqrt(s);
		L[j * m + j] = ljj;
		for (let i = j + 1; i < m; i++) {
			let t = M[i * m + j];
			for (let k = 0; k < j; k++) t -= L[i * m + k] * L[j * m + k];
			L[i * m + j] = t / ljj;
		}
	}
	// Linv = L⁻¹ (lower triangular).
	const Linv = new Float64Array(m * m);
	for (let j = 0; j < m; j++) {
		Linv[j * m + j] = 1 / L[j * m + j];
		for (let i = j + 1; i < m; i++) {
			let t = 0;
			for (let k = j; k < i; k++) t -= L[i * m + k] * Linv[k * m + j];
			Linv[i * m + j] = t / L[i * m + i];
		}
	}
	// M⁻¹ = Linvᵀ Linv.
	const inv = new Float64Array(m * m);
	for (let i = 0; i < m; i++) {
		for (let j = 0; j <= i; j++) {
			let t = 0;
			for (let k = i; k < m; k++) t += Linv[k * m + i] * Linv[k * m + j];
			inv[i * m + j] = t;
			inv[j * m + i] = t;
		}
	}
	return inv;
}

/** v = (m_a / d_a − e_μ): the calibrated score's direction after eliminating quality(a). */
function calibratedVariance(data: Data, s: Solution, a: number): number {
	const { appStart, appScores, reviewer } = data;
	const m = data.reviewerIds.length + 1;
	const idx: number[] = [0];
	const val: number[] = [(appStart[a + 1] - appStart[a]) / s.d[a] - 1];
	for (let j = appStart[a]; j < appStart[a + 1]; j++) {
		idx.push(1 + reviewer[appScores[j]]);
		val.push(1 / s.d[a]);
	}
	let q = 1 / s.d[a];
	for (let x = 0; x < idx.length; x++) {
		for (let y = 0; y < idx.length; y++) q += val[x] * val[y] * s.sInverse[idx[x] * m + idx[y]];
	}
	return q;
}

/** Diagonal of M⁻¹'s application block: 1/d_a + m_aᵀ S⁻¹ m_a / d_a². */
function qualityVariance(data: Data, s: Solution, a: number): number {
	const { appStart, appScores, reviewer } = data;
	const m = data.reviewerIds.length + 1;
	const idx: number[] = [0];
	const val: number[] = [appStart[a + 1] - appStart[a]];
	for (let j = appStart[a]; j < appStart[a + 1]; j++) {
		idx.push(1 + reviewer[appScores[j]]);
		val.push(1);
	}
	let q = 0;
	for (let x = 0; x < idx.length; x++) {
		for (let y = 0; y < idx.length; y++) q += val[x] * val[y] * s.sInverse[idx[x] * m + idx[y]];
	}
	return 1 / s.d[a] + q / (s.d[a] * s.d[a]);
}

function calibrateData(data: Data): Calibration {
	const { score, app, reviewer, appStart, appScores } = data;
	const n = score.length;
	const A = data.applicationIds.length;
	const R = data.reviewerIds.length;
	const m = R + 1;
	let mean = 0;
	for (const y of score) mean += y;
	mean /= n;
	let variance = 0;
	let yy = 0;
	for (const y of score) {
		variance += (y - mean) ** 2;
		yy += y * y;
	}
	variance /= n;
	if (!(variance > 1e-24 * Math.max(1, mean * mean))) return unanimous(data, mean);
	// The prior's guess for each variance: a third of the scores'.
	const guess = variance / 3;
	let sigma2 = guess;
	let tauQ2 = guess;
	let tauB2 = guess;
	let solution = solve(data, sigma2 / tauQ2, sigma2 / tauB2);
	let iterations = 0;
	let converged = false;
	while (iterations < MAX_ITERATIONS) {
		iterations++;
		const s = solution;
		let qq = 0;
		let trQ = 0;
		for (let a = 0; a < A; a++) {
			qq += s.quality[a] ** 2;
			trQ += qualityVariance(data, s, a);
		}
		let bb = 0;
		let trB = 0;
		for (let r = 0; r < R; r++) {
			bb += s.bias[r] ** 2;
			trB += s.sInverse[(r + 1) * m + (r + 1)];
		}
		// yᵀy − θᵀXᵀy: the residual sum of squares of the mixed model equations.
		let fitted = 0;
		for (let k = 0; k < n; k++) {
			fitted += score[k] * (s.mu + s.quality[app[k]] + s.bias[reviewer[k]]);
		}
		const rss = Math.max(yy - fitted, 0);
		const nextQ = (qq + sigma2 * trQ + PRIOR_WEIGHT * guess) / (A + PRIOR_WEIGHT);
		const nextB = (bb + sigma2 * trB + PRIOR_WEIGHT * guess) / (R + PRIOR_WEIGHT);
		const nextS = (rss + PRIOR_WEIGHT * guess) / (Math.max(n - 1, 0) + PRIOR_WEIGHT);
		const change = Math.max(
			Math.abs(nextQ - tauQ2) / tauQ2,
			Math.abs(nextB - tauB2) / tauB2,
			Math.abs(nextS - sigma2) / sigma2
		);
		tauQ2 = nextQ;
		tauB2 = nextB;
		sigma2 = nextS;
		solution = solve(data, sigma2 / tauQ2, sigma2 / tauB2);
		if (change < TOLERANCE) {
			converged = true;
			break;
		}
	}

	const s = solution;
	const sigma = Math.sqrt(sigma2);
	const applications: CalibratedApplication[] = [];
	for (let a = 0; a < A; a++) {
		const k = appStart[a + 1] - appStart[a];
		let raw = 0;
		let lo = Infinity;
		let hi = -Infinity;
		let corrected = 0;
		for (let j = appStart[a]; j < appStart[a + 1]; j++) {
			const y = score[appScores[j]];
			raw += y;
			lo = Math.min(lo, y);
			hi = Math.max(hi, y);
			corrected += y - s.bias[reviewer[appScores[j]]];
		}
		corrected /= k;
		let spread = 0;
		for (let j = appStart[a]; j < appStart[a + 1]; j++) {
			const c = score[appScores[j]] - s.bias[reviewer[appScores[j]]];
			spread += (c - corrected) ** 2;
		}
		const disagreement = k > 1 ? Math.sqrt(spread / (k - 1)) : null;
		applications.push({
			id: data.applicationIds[a],
			reviews: k,
			rawMean: raw / k,
			calibrated: s.mu + s.quality[a],
			uncertainty: sigma * Math.sqrt(calibratedVariance(data, s, a)),
			disagreement,
			range: hi - lo,
			discuss: disagreement !== null && disagreement >= DISCUSS_RATIO * sigma && disagreement > 0
		});
	}
	applications.sort((x, y) => y.calibrated - x.calibrated || byCodeUnits(x.id, y.id));
	const reviews = new Int32Array(R);
	const sums = new Float64Array(R);
	for (let k = 0; k < n; k++) {
		reviews[reviewer[k]]++;
		sums[reviewer[k]] += score[k];
	}
	const reviewers = data.reviewerIds.map((id, r) => ({
		id,
		reviews: reviews[r],
		bias: s.bias[r],
		uncertainty: sigma * Math.sqrt(s.sInverse[(r + 1) * m + (r + 1)]),
		rawMean: sums[r] / reviews[r]
	}));
	return {
		applications,
		reviewers,
		model: {
			mean: s.mu,
			noiseSd: sigma,
			qualitySd: Math.sqrt(tauQ2),
			biasSd: Math.sqrt(tauB2),
			lambdaQuality: sigma2 / tauQ2,
			lambdaBias: sigma2 / tauB2,
			iterations,
			converged
		}
	};
}

/** Every score is the same: nothing to correct, nothing uncertain, nobody disagrees. */
function unanimous(data: Data, mean: number): Calibration {
	const { appStart, reviewer } = data;
	const reviews = new Int32Array(data.reviewerIds.length);
	for (const r of reviewer) reviews[r]++;
	return {
		applications: data.applicationIds
			.map((id, a) => {
				const k = appStart[a + 1] - appStart[a];
				return {
					id,
					reviews: k,
					rawMean: mean,
					calibrated: mean,
					uncertainty: 0,
					disagreement: k > 1 ? 0 : null,
					range: 0,
					discuss: false
				};
			})
			.sort((x, y) => byCodeUnits(x.id, y.id)),
		reviewers: data.reviewerIds.map((id, r) => ({
			id,
			reviews: reviews[r],
			bias: 0,
			uncertainty: 0,
			rawMean: mean
		})),
		model: {
			mean,
			noiseSd: 0,
			qualitySd: 0,
			biasSd: 0,
			lambdaQuality: 1,
			lambdaBias: 1,
			iterations: 0,
			converged: true
		}
	};
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** What `transfo calibrate` prints (snake_case, as the format; six decimals). */
export function presentCalibration(c: Calibration) {
	return {
		applications: c.applications.map((a) => ({
			id: a.id,
			reviews: a.reviews,
			raw_mean: round(a.rawMean),
			calibrated: round(a.calibrated),
			uncertainty: round(a.uncertainty),
			disagreement: a.disagreement === null ? null : round(a.disagreement),
			range: round(a.range),
			discuss: a.discuss
		})),
		reviewers: c.reviewers.map((r) => ({
			id: r.id,
			reviews: r.reviews,
			bias: round(r.bias),
			uncertainty: round(r.uncertainty),
			raw_mean: round(r.rawMean)
		})),
		model: {
			mean: round(c.model.mean),
			noise_sd: round(c.model.noiseSd),
			quality_sd: round(c.model.qualitySd),
			bias_sd: round(c.model.biasSd),
			iterations: c.model.iterations,
			converged: c.model.converged
		}
	};
}
