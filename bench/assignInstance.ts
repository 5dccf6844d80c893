/**
 * The generated instances of `npm run bench:assign` (see bench/assign.ts): seeded, the same on
 * every run and every machine.
 */
import { random } from './corpus.ts';
import type { AssignmentInput } from '#lib/server/review/assignment/input.ts';

export const REVIEWS = 3;
export const CANDIDATES = 50;

/** The instance, as plain values (what `JSON.parse` of an input file gives). */
export function generateInstance(applications: number, reviewers: number, seed: number) {
	const rnd = random(seed);
	const int = (n: number) => Math.floor(rnd() * n);
	const pad = (prefix: string, i: number, n: number) =>
		`${prefix}${String(i).padStart(String(n - 1).length, '0')}`;
	const average = (applications * REVIEWS) / reviewers;
	const appeal = Array.from({ length: reviewers }, () => rnd());
	const input: Required<AssignmentInput> = {
		applications: [],
		reviewers: [],
		affinities: [],
		conflicts: [],
		locks: []
	};
	const lockedPerReviewer = new Int32Array(reviewers);
	const max: number[] = [];
	for (let r = 0; r < reviewers; r++) {
		max.push(Math.ceil(average * (1.1 + 0.4 * rnd())));
		const min = r % 10 === 0 ? Math.floor(average / 3) : 0;
		input.reviewers.push({ id: pad('r', r, reviewers), min, max: max[r] });
	}
	const chosen = new Int32Array(reviewers).fill(-1);
	for (let a = 0; a < applications; a++) {
		const id = pad('a', a, applications);
		input.applications.push({ id, demand: REVIEWS });
		// 50 distinct candidates (Floyd's sampling).
		const picks: number[] = [];
		for (let j = reviewers - CANDIDATES; j < reviewers; j++) {
			const t = int(j + 1);
			const r = chosen[t] === a ? j : t;
			chosen[r] = a;
			picks.push(r);
		}
		for (const r of picks) {
			const w = Math.round((0.6 * rnd() + 0.4 * appeal[r]) * 1e6) / 1e6;
			input.affinities.push([input.reviewers[r].id, id, w]);
		}
		if (a % 100 === 7) input.conflicts.push([input.reviewers[picks[0]].id, id]);
		if (a % 200 === 11) {
			const r = picks[1];
			if (lockedPerReviewer[r] < max[r]) {
				lockedPerReviewer[r]++;
				input.locks.push([input.reviewers[r].id, id]);
			}
		}
	}
	return input;
}
