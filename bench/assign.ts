/**
 * `npm run bench:assign`: the reviewer assignment (min-cost flow, src/lib/server/review/assignment)
 * on generated instances, next to the LP solver `highs` solving the same instance in the same run.
 *
 * Instances (seeded, the same every run): A applications needing 3 reviewers each, R reviewers,
 * 50 candidate reviewers per application drawn at random, affinity = 0.6 × uniform + 0.4 × the
 * reviewer's general appeal (so that some reviewers are wanted by everyone and the solver must
 * arbitrate), rounded to 1e-6; 1 % of the applications with a conflicted candidate, 0.5 % with a
 * locked pair; loads capped between 1.1 and 1.5 times the average need (feasible with some
 * slack), and one reviewer in ten with a minimum of a third of the average need.
 *
 * Each measurement runs in its own child process, so that its peak memory (maxRSS) is its own:
 * the process generates the instance as the command line would parse it (plain JSON values), then
 * - `ours`: times `solveAssignment` (validation, network, solve, optimality check, result);
 * - `highs`: times building the LP (typed arrays, `createModel`) and solving it (`run`): maximise
 *   the total affinity with every demand met exactly and every load within [min, max] — the
 *   assignment's optimum when, as here, everything can be filled.
 * Peak memory is the child's maxRSS: Node itself (~50 MB) and the instance included.
 *
 * Targets (issue 5): the objective equal to the LP optimum; 5,000 × 500 in under 2 s and faster
 * than highs (its `run` alone, excluding building its model); 20,000 × 2,000 in under 10 s and
 * 1 GiB. It prints figures; it is not a test (exit code 1 only when it could not measure).
 *
 * Options: --sizes 5000x500,20000x2000, --seed 2026, --highs-time-limit 600 (s), --no-highs.
 * Internal: --child ours|highs --size AxR.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CANDIDATES, REVIEWS, generateInstance } from './assignInstance.ts';

const self = fileURLToPath(import.meta.url);
const TARGETS: Record<string, { seconds: number; bytes?: number; fasterThanHighs?: boolean }> = {
	'5000x500': { seconds: 2, fasterThanHighs: true },
	'20000x2000': { seconds: 10, bytes: 1024 ** 3 }
};

const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '5000x500,20000x2000' },
		seed: { type: 'string', default: '2026' },
		'highs-time-limit': { type: 'string', default: '600' },
		'no-highs': { type: 'boolean', default: false },
		child: { type: 'string' },
		size: { type: 'string' }
	}
});

const parseSize = (s: string) => {
	const m = /^(\d+)x(\d+)$/.exec(s);
	if (!m) throw new Error(`size « ${s} »: expected APPLICATIONSxREVIEWERS, e.g. 5000x500`);
	return { applications: Number(m[1]), reviewers: Number(m[2]) };
};

type Measure = {
	solver: 'ours' | 'highs';
	size: string;
	pairs: number;
	seconds: number;
	/** highs: building the model, then `run` alone. */
	buildSeconds?: number;
	runSeconds?: number;
	maxRssBytes: number;
	/** Total affinity × 10^6, locks included (an integer when optimal). */
	objectiveScaled: number | null;
	status: string;
	filled?: number;
	demand?: number;
	searches?: number;
	settled?: number;
};

async function child(kind: string, size: string) {
	const { applications, reviewers } = parseSize(size);
	const input = generateInstance(applications, reviewers, Number(args.seed));
	const pairs = input.affinities.length;
	let measure: Measure;
	if (kind === 'ours') {
		const { solveAssignment } = await import('#lib/server/review/assignment/solve.ts');
		const t0 = performance.now();
		const result = solveAssignment(input);
		const seconds = (performance.now() - t0) / 1000;
		measure = {
			solver: 'ours',
			size,
			pairs,
			seconds,
			maxRssBytes: process.resourceUsage().maxRSS * 1024,
			objectiveScaled: result.objectiveScaled,
			status: result.unfilled.length || result.underloaded.length ? 'not all filled' : 'optimal',
			filled: result.filled,
			demand: result.demand,
			searches: result.stats.searches,
			settled: result.stats.settled
		};
	} else {
		const { default: loadHighs } = await import('highs');
		const { validateAssignmentInput } = await import('#lib/server/review/assignment/input.ts');
		const { feasibleLp } = await import('#lib/server/review/assignment/lp.ts');
		const highs = await loadHighs();
		const t0 = performance.now();
		const problem = validateAssignmentInput(input);
		const { model: data, lockedWeight } = feasibleLp(highs, problem);
		const model = highs.createModel(data);
		try {
			model.options.set({
				output_flag: false,
				time_limit: Number(args['highs-time-limit'])
			});
			const t1 = performance.now();
			model.run();
			const t2 = performance.now();
			const status = model.getModelStatus();
			const optimal = status === highs.constants.modelStatus.optimal;
			measure = {
				solver: 'highs',
				size,
				pairs,
				seconds: (t2 - t0) / 1000,
				buildSeconds: (t1 - t0) / 1000,
				runSeconds: (t2 - t1) / 1000,
				maxRssBytes: process.resourceUsage().maxRSS * 1024,
				objectiveScaled: optimal ? model.getObjectiveValue() + lockedWeight : null,
				status: optimal
					? 'optimal'
					: status === highs.constants.modelStatus.timeLimit
						? `time limit (${args['highs-time-limit']} s)`
						: `status ${status}`
			};
		} finally {
			model.dispose();
		}
	}
	process.stdout.write(`${JSON.stringify(measure)}\n`);
}

function runChild(kind: 'ours' | 'highs', size: string): Promise<Measure> {
	return new Promise((resolve, reject) => {
		const proc = spawn(
			process.execPath,
			[
				self,
				'--child',
				kind,
				'--size',
				size,
				'--seed',
				String(args.seed),
				'--highs-time-limit',
				String(args['highs-time-limit'])
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		let out = '';
		proc.stdout.on('data', (d) => (out += d));
		proc.on('error', reject);
		proc.on('close', (code, signal) => {
			const line = out.trim().split('\n').pop() ?? '';
			if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as Measure);
			else reject(new Error(`${kind} ${size}: exit ${code ?? signal}`));
		});
	});
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;
const secs = (s: number) => `${s.toFixed(2)} s`;
const affinity = (scaled: number | null) => (scaled === null ? '—' : (scaled / 1e6).toFixed(6));

async function parent() {
	const sizes = String(args.sizes).split(',');
	sizes.forEach(parseSize);
	let failed = false;
	const loadBefore = os.loadavg()[0];
	console.log(
		`Reviewer assignment: ${REVIEWS} reviews per application, ${CANDIDATES} candidates each, seed ${args.seed}; Node ${process.versions.node}`
	);
	for (const size of sizes) {
		const { applications, reviewers } = parseSize(size);
		console.log(`\n${applications} applications × ${reviewers} reviewers`);
		let ours: Measure | null = null;
		let lp: Measure | null = null;
		try {
			ours = await runChild('ours', size);
			console.log(
				`  min-cost flow  ${secs(ours.seconds)}  peak RSS ${mib(ours.maxRssBytes)}  objective ${affinity(ours.objectiveScaled)}  ` +
					`(${ours.pairs} pairs, ${ours.filled}/${ours.demand} slots filled, ${ours.searches} searches, ${ours.settled} nodes settled)`
			);
		} catch (e) {
			failed = true;
			console.log(`  min-cost flow  failed: ${(e as Error).message}`);
		}
		if (args['no-highs']) {
			console.log('  highs          skipped (--no-highs)');
		} else {
			try {
				lp = await runChild('highs', size);
				console.log(
					`  highs (LP)     ${secs(lp.seconds)}  peak RSS ${mib(lp.maxRssBytes)}  objective ${affinity(lp.objectiveScaled)}  ` +
						`(building the model ${secs(lp.buildSeconds ?? 0)}, run ${secs(lp.runSeconds ?? 0)}; ${lp.status})`
				);
			} catch (e) {
				console.log(`  highs (LP)     could not finish: ${(e as Error).message}`);
			}
		}
		const target = TARGETS[size];
		if (!ours) continue;
		const verdicts: string[] = [];
		if (lp?.objectiveScaled != null && ours.objectiveScaled !== null) {
			const equal = Math.abs(ours.objectiveScaled - lp.objectiveScaled) < 0.5;
			verdicts.push(`objective equal to the LP optimum: ${equal ? 'yes' : 'NO'}`);
		} else {
			verdicts.push('objective equal to the LP optimum: not measured (no LP optimum)');
		}
		if (target) {
			verdicts.push(`under ${target.seconds} s: ${ours.seconds < target.seconds ? 'yes' : 'NO'}`);
			if (target.bytes) {
				verdicts.push(
					`under ${mib(target.bytes)}: ${ours.maxRssBytes < target.bytes ? 'yes' : 'NO'}`
				);
			}
			if (target.fasterThanHighs) {
				verdicts.push(
					lp?.runSeconds !== undefined
						? `faster than highs's run alone: ${ours.seconds < lp.runSeconds ? 'yes' : 'NO'} (${(lp.runSeconds / ours.seconds).toFixed(1)}×)`
						: 'faster than highs: not measured'
				);
			}
		}
		console.log(`  targets: ${verdicts.join('; ')}`);
	}
	console.log(
		`\n(${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? '?'}; 1-minute load average before: ${loadBefore.toFixed(1)}, after: ${os.loadavg()[0].toFixed(1)})`
	);
	if (failed) process.exitCode = 1;
}

if (args.child) {
	if (!args.size) throw new Error('--size is needed with --child');
	await child(args.child, args.size);
} else {
	await parent();
}
