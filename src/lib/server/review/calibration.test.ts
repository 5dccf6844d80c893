import { describe, expect, it } from 'vitest';
import { calibrate, presentCalibration, type Calibration } from './calibration.ts';
import { InputError } from './inputError.ts';

/** Mulberry32, and normal draws by Box–Muller. */
function generator(seed: number) {
	let a = seed >>> 0;
	const uniform = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
	return { uniform, normal };
}

type Synthetic = {
	scores: { reviewer: string; application: string; score: number }[];
	quality: Map<string, number>;
	bias: Map<string, number>;
};

/**
 * A call: `apps` applications of true quality ~ N(0, 1), `reviewers` reviewers of true bias
 * ~ N(0, biasSd²), each application scored by `perApp` distinct reviewers drawn at random,
 * score = 2.5 + quality + bias + N(0, noiseSd²).
 */
function synthetic(
	seed: number,
	{ apps = 60, reviewers = 12, perApp = 3, biasSd = 0.7, noiseSd = 0.5 } = {}
): Synthetic {
	const { uniform, normal } = generator(seed);
	const quality = new Map<string, number>();
	const bias = new Map<string, number>();
	for (let r = 0; r < reviewers; r++) bias.set(`r${r}`, biasSd * normal());
	const scores: Synthetic['scores'] = [];
	for (let a = 0; a < apps; a++) {
		const id = `a${a}`;
		quality.set(id, normal());
		const chosen = new Set<number>();
		while (chosen.size < perApp) chosen.add(Math.floor(uniform() * reviewers));
		for (const r of chosen) {
			scores.push({
				reviewer: `r${r}`,
				application: id,
				score: 2.5 + quality.get(id)! + bias.get(`r${r}`)! + noiseSd * normal()
			});
		}
	}
	return { scores, quality, bias };
}

function pearson(x: number[], y: number[]): number {
	const mx = x.reduce((s, v) => s + v, 0) / x.length;
	const my = y.reduce((s, v) => s + v, 0) / y.length;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < x.length; i++) {
		sxy += (x[i] - mx) * (y[i] - my);
		sxx += (x[i] - mx) ** 2;
		syy += (y[i] - my) ** 2;
	}
	return sxy / Math.sqrt(sxx * syy);
}

const ranks = (x: number[]) => {
	const order = x.map((v, i) => [v, i]).sort((p, q) => p[0] - q[0]);
	const r = new Array<number>(x.length);
	order.forEach(([, i], k) => (r[i] = k));
	return r;
};
const spearman = (x: number[], y: number[]) => pearson(ranks(x), ranks(y));

describe('calibrate on synthetic calls', () => {
	it('recovers the planted reviewer biases', () => {
		const correlations: number[] = [];
		const errorRatios: number[] = [];
		const centred = (x: number[]) => {
			const m = x.reduce((s, v) => s + v, 0) / x.length;
			return x.map((v) => v - m);
		};
		const rms = (x: number[]) => Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length);
		for (let seed = 1; seed <= 10; seed++) {
			const call = synthetic(seed);
			const result = calibrate({ scores: call.scores });
			const estimated = centred(result.reviewers.map((r) => r.bias));
			const truth = centred(result.reviewers.map((r) => call.bias.get(r.id)!));
			correlations.push(pearson(estimated, truth));
			// Right in size too, not only in order (biases are known up to a constant, which μ
			// absorbs: both are centred).
			errorRatios.push(rms(estimated.map((b, i) => b - truth[i])) / rms(truth));
		}
		expect(Math.min(...correlations)).toBeGreaterThan(0.85);
		expect(correlations.reduce((s, c) => s + c, 0) / correlations.length).toBeGreaterThan(0.93);
		expect(Math.max(...errorRatios)).toBeLessThan(0.4);
	});

	it('ranks the applications closer to their true quality than the raw mean does', () => {
		let better = 0;
		let rawTotal = 0;
		let calibratedTotal = 0;
		const seeds = 20;
		for (let seed = 100; seed < 100 + seeds; seed++) {
			const call = synthetic(seed);
			const result = calibrate({ scores: call.scores });
			const truth = result.applications.map((a) => call.quality.get(a.id)!);
			const calibrated = spearman(
				result.applications.map((a) => a.calibrated),
				truth
			);
			const raw = spearman(
				result.applications.map((a) => a.rawMean),
				truth
			);
			if (calibrated > raw) better++;
			rawTotal += raw;
			calibratedTotal += calibrated;
		}
		// Better on (nearly) every call; on average, the raw mean's rank correlation is about 0.9
		// and calibration removes at least a third of what separates it from 1.
		expect(better).toBeGreaterThanOrEqual(19);
		expect(1 - calibratedTotal / seeds).toBeLessThan((2 / 3) * (1 - rawTotal / seeds));
	});

	it('does no harm when reviewers have no bias', () => {
		let gain = 0;
		for (let seed = 200; seed < 210; seed++) {
			const call = synthetic(seed, { biasSd: 0 });
			const result = calibrate({ scores: call.scores });
			const truth = result.applications.map((a) => call.quality.get(a.id)!);
			gain +=
				spearman(
					result.applications.map((a) => a.calibrated),
					truth
				) -
				spearman(
					result.applications.map((a) => a.rawMean),
					truth
				);
			// Estimated biases stay small next to the qualities' spread.
			expect(result.model.biasSd).toBeLessThan(0.35);
		}
		expect(gain / 10).toBeGreaterThan(-0.02);
	});

	it('flags for discussion the application whose reviewers disagree', () => {
		const call = synthetic(7, { noiseSd: 0.3 });
		// One reviewer of a5 loves it, another hates it.
		const a5 = call.scores.filter((s) => s.application === 'a5');
		a5[0].score += 2.5;
		a5[1].score -= 2.5;
		const result = calibrate({ scores: call.scores });
		const flagged = result.applications.filter((a) => a.discuss).map((a) => a.id);
		expect(flagged).toContain('a5');
		expect(flagged.length).toBeLessThanOrEqual(4);
		const app = result.applications.find((a) => a.id === 'a5')!;
		expect(app.range).toBeGreaterThan(4.5);
		expect(app.disagreement!).toBeGreaterThan(2 * result.model.noiseSd);
	});
});

/** Solves A x = b (Gauss–Jordan, partial pivoting) column by column: returns A⁻¹. */
function denseInverse(A: number[][]): number[][] {
	const n = A.length;
	const M = A.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
		[M[c], M[p]] = [M[p], M[c]];
		const pivot = M[c][c];
		for (let j = 0; j < 2 * n; j++) M[c][j] /= pivot;
		for (let r = 0; r < n; r++) {
			if (r === c) continue;
			const f = M[r][c];
			if (f !== 0) for (let j = 0; j < 2 * n; j++) M[r][j] -= f * M[c][j];
		}
	}
	return M.map((row) => row.slice(n));
}

describe('calibrate, exactness', () => {
	it('solves the regularised normal equations exactly and gives the exact posterior deviations', () => {
		for (const seed of [11, 12, 13]) {
			const call = synthetic(seed, { apps: 25, reviewers: 7, perApp: 3 });
			// Uneven data: one reviewer with a single review, one application with a single one.
			call.scores.push({ reviewer: 'lonely', application: 'a0', score: 4.9 });
			call.scores.push({ reviewer: 'r0', application: 'single', score: 1.1 });
			const result: Calibration = calibrate({ scores: call.scores });
			const { lambdaQuality, lambdaBias, mean, noiseSd } = result.model;
			const apps = [...result.applications].sort((x, y) => (x.id < y.id ? -1 : 1));
			const reviewers = result.reviewers;
			const A = apps.length;
			const R = reviewers.length;
			const n = 1 + A + R; // θ = (μ, quality…, bias…)
			const appAt = new Map(apps.map((a, i) => [a.id, 1 + i]));
			const revAt = new Map(reviewers.map((r, i) => [r.id, 1 + A + i]));
			const M = Array.from({ length: n }, () => new Array<number>(n).fill(0));
			const rhs = new Array<number>(n).fill(0);
			for (const s of call.scores) {
				const cols = [0, appAt.get(s.application)!, revAt.get(s.reviewer)!];
				for (const i of cols) {
					rhs[i] += s.score;
					for (const j of cols) M[i][j] += 1;
				}
			}
			for (let i = 1; i <= A; i++) M[i][i] += lambdaQuality;
			for (let i = 1 + A; i < n; i++) M[i][i] += lambdaBias;
			const theta = [
				mean,
				...apps.map((a) => a.calibrated - mean),
				...reviewers.map((r) => r.bias)
			];
			for (let i = 0; i < n; i++) {
				const row = M[i].reduce((s, m, j) => s + m * theta[j], 0);
				expect(Math.abs(row - rhs[i])).toBeLessThan(1e-9 * Math.max(1, Math.abs(rhs[i])));
			}
			const inv = denseInverse(M);
			apps.forEach((a, i) => {
				const q = 1 + i;
				const variance = noiseSd ** 2 * (inv[0][0] + 2 * inv[0][q] + inv[q][q]);
				expect(a.uncertainty).toBeCloseTo(Math.sqrt(variance), 9);
			});
			reviewers.forEach((r, i) => {
				const b = 1 + A + i;
				expect(r.uncertainty).toBeCloseTo(noiseSd * Math.sqrt(inv[b][b]), 9);
			});
			expect(result.model.converged).toBe(true);
			// The lonely reviewer's bias is shrunk: smaller than what its one score alone says
			// (its score minus the application's calibrated score). The single-review
			// application is the least certain.
			const lonely = reviewers.find((r) => r.id === 'lonely')!;
			const a0 = apps.find((a) => a.id === 'a0')!;
			expect(Math.sign(lonely.bias)).toBe(Math.sign(4.9 - a0.calibrated));
			expect(Math.abs(lonely.bias)).toBeLessThan(0.9 * Math.abs(4.9 - a0.calibrated));
			const single = apps.find((a) => a.id === 'single')!;
			expect(single.uncertainty).toBe(Math.max(...apps.map((a) => a.uncertainty)));
			expect(single.disagreement).toBeNull();
		}
	});

	it('leaves unanimous scores as they are', () => {
		const result = calibrate({
			scores: [
				{ reviewer: 'r1', application: 'a1', score: 3 },
				{ reviewer: 'r2', application: 'a1', score: 3 },
				{ reviewer: 'r1', application: 'a2', score: 3 }
			]
		});
		expect(result.applications.map((a) => [a.id, a.calibrated, a.disagreement])).toEqual([
			['a1', 3, 0],
			['a2', 3, null]
		]);
		expect(result.reviewers.map((r) => r.bias)).toEqual([0, 0]);
	});

	it('prints the issue’s format, sorted by calibrated score', () => {
		const out = presentCalibration(
			calibrate({
				scores: [
					{ reviewer: 'r1', application: 'a1', score: 3.2 },
					{ reviewer: 'r2', application: 'a1', score: 2.1 },
					{ reviewer: 'r1', application: 'a2', score: 3.9 },
					{ reviewer: 'r2', application: 'a2', score: 3.5 }
				]
			})
		);
		expect(out.applications.map((a) => a.id)).toEqual(['a2', 'a1']);
		expect(Object.keys(out.applications[0])).toEqual([
			'id',
			'reviews',
			'raw_mean',
			'calibrated',
			'uncertainty',
			'disagreement',
			'range',
			'discuss'
		]);
		expect(out.applications[1].raw_mean).toBe(2.65);
		expect(Object.keys(out.reviewers[0])).toEqual([
			'id',
			'reviews',
			'bias',
			'uncertainty',
			'raw_mean'
		]);
		// r1 scores higher than r2 on the same two applications: lenient.
		expect(out.reviewers[0].bias).toBeGreaterThan(out.reviewers[1].bias);
	});
});

describe('calibrate, invalid input', () => {
	const problemsOf = (input: unknown) => {
		try {
			calibrate(input);
		} catch (e) {
			expect(e).toBeInstanceOf(InputError);
			return (e as InputError).problems;
		}
		throw new Error('accepted');
	};

	it('explains what is wrong, in French', () => {
		expect(problemsOf('x')[0]).toMatch(/l’entrée doit être un objet JSON/);
		expect(problemsOf({})).toEqual(['« scores » manque : une liste est attendue.']);
		expect(problemsOf({ scores: [] })).toEqual([
			'« scores » est vide : il faut au moins une note.'
		]);
		expect(problemsOf({ scores: [], note: 1 })).toEqual([
			'clé inconnue « note » (seule « scores » est attendue).',
			'« scores » est vide : il faut au moins une note.'
		]);
		expect(
			problemsOf({
				scores: [
					{ reviewer: 'r1', application: 'a1', score: '3' },
					{ reviewer: '', application: 'a1', score: 3 },
					{ reviewer: 'r1', score: 3 },
					[1, 2],
					{ reviewer: 'r1', application: 'a1', score: Number.POSITIVE_INFINITY }
				]
			})
		).toEqual([
			'scores[0] : « score » doit être un nombre (reçu "3").',
			'scores[1] : « reviewer » doit être un texte non vide (reçu "").',
			'scores[2] : « application » doit être un texte non vide (reçu rien).',
			'scores[3] doit être un objet {"reviewer", "application", "score"}.',
			'scores[4] : « score » doit être un nombre (reçu Infinity).'
		]);
		expect(
			problemsOf({
				scores: [
					{ reviewer: 'r1', application: 'a1', score: 3 },
					{ reviewer: 'r1', application: 'a1', score: 2 }
				]
			})
		).toEqual(['scores[1] : « r1 » a déjà noté « a1 » (scores[0]) ; une note par paire.']);
	});
});
