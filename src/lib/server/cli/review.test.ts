/**
 * `transfo assign` and `transfo calibrate`: no database, so unit tests. A few run the real
 * command line (a child process on bin/transfo.js, as a user runs it); the others call `main` in
 * this process with a captured output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunners } from './testing.ts';

const example = {
	applications: [
		{ id: 'a1', demand: 2 },
		{ id: 'a2', demand: 2 }
	],
	reviewers: [
		{ id: 'r1', max: 2 },
		{ id: 'r2', min: 1, max: 1 },
		{ id: 'r3', max: 2 }
	],
	affinities: [
		['r1', 'a1', 0.9],
		['r2', 'a1', 0.4],
		['r3', 'a1', 0.7],
		['r1', 'a2', 0.2],
		['r3', 'a2', 0.6]
	],
	conflicts: [['r2', 'a2']],
	locks: [['r1', 'a2']]
};

const scores = {
	scores: [
		{ reviewer: 'r1', application: 'a1', score: 3.2 },
		{ reviewer: 'r2', application: 'a1', score: 2.1 },
		{ reviewer: 'r1', application: 'a2', score: 3.9 },
		{ reviewer: 'r2', application: 'a2', score: 3.1 }
	]
};

let dir: string;
beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transfo-review-cli-'));
	fs.writeFileSync(path.join(dir, 'assign.json'), JSON.stringify(example));
	fs.writeFileSync(path.join(dir, 'scores.json'), JSON.stringify(scores));
	fs.writeFileSync(path.join(dir, 'broken.json'), '{"applications": [');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const { transfo, run } = cliRunners(() => dir);

describe('transfo assign', () => {
	it('reads a file and prints the optimal assignment as JSON (real command line)', async () => {
		const r = await transfo(['assign', '--in', 'assign.json']);
		expect(r.code, r.stderr).toBe(0);
		const result = JSON.parse(r.stdout);
		// r2 must reach its minimum (a1 is its only possible application); the lock r1–a2 stays;
		// a2's second slot goes to r3 (r2 is conflicted); a1's other slot to r1 (0.9 > 0.7).
		expect(result).toEqual({
			assignments: [
				['r1', 'a1'],
				['r1', 'a2'],
				['r2', 'a1'],
				['r3', 'a2']
			],
			objective: 2.1,
			unfilled: [],
			loads: { r1: 2, r2: 1, r3: 1 },
			underloaded: []
		});
		expect(r.stderr).toContain(
			'4 places pourvues sur 4 (dont 1 verrouillée), affinité totale 2,1.'
		);
	});

	it('reads standard input when there is no --in (real command line)', async () => {
		const r = await transfo(['assign'], JSON.stringify(example));
		expect(r.code, r.stderr).toBe(0);
		expect(JSON.parse(r.stdout).objective).toBe(2.1);
	});

	it('refuses a contradictory input with a French message and exit code 1 (real command line)', async () => {
		const input = { ...example, conflicts: [['r1', 'a2']] };
		const r = await transfo(['assign'], JSON.stringify(input));
		expect(r.code).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe(
			'transfo : Entrée invalide : locks[0] : la paire (r1, a2) est verrouillée mais en conflit d’intérêts (conflicts[0]).\n'
		);
	});

	it('lists every problem, and reports unfilled slots and minimums out of reach', async () => {
		const bad = await run(
			['assign'],
			JSON.stringify({ ...example, reviewers: [{ id: 'r1', max: 2 }] })
		);
		expect(bad.code).toBe(1);
		expect(bad.err).toBe(
			[
				'transfo : Entrée invalide, 4 problèmes :',
				'  – conflicts[0] : membre du jury inconnu « r2 ».',
				'  – affinities[1] : membre du jury inconnu « r2 ».',
				'  – affinities[2] : membre du jury inconnu « r3 ».',
				'  – affinities[4] : membre du jury inconnu « r3 ».'
			].join('\n')
		);
		expect(bad.out).toBe('');

		const short = await run(
			['assign'],
			JSON.stringify({
				applications: [{ id: 'a1', demand: 3 }],
				reviewers: [
					{ id: 'r1', max: 1 },
					{ id: 'r2', min: 2, max: 2 }
				],
				affinities: [
					['r1', 'a1', 0.5],
					['r2', 'a1', 0.5]
				]
			})
		);
		expect(short.code).toBe(0);
		expect(JSON.parse(short.out)).toMatchObject({
			unfilled: [{ application: 'a1', missing: 1 }],
			underloaded: [{ reviewer: 'r2', min: 2, load: 1, missing: 1 }]
		});
		expect(short.err).toContain(
			'Attention : 1 candidature n’a pas tous ses membres du jury (1 place manque)'
		);
		expect(short.err).toContain(
			'Attention : minimum impossible à atteindre pour 1 membre du jury : r2 (1 sur 2).'
		);
	});

	it('says what is wrong with the file itself', async () => {
		const missing = await run(['assign', '--in', 'nowhere.json']);
		expect(missing.code).toBe(1);
		expect(missing.err).toBe(`transfo : Fichier introuvable : ${path.join(dir, 'nowhere.json')}.`);
		const broken = await run(['assign', '--in', 'broken.json']);
		expect(broken.code).toBe(1);
		expect(broken.err).toMatch(/^transfo : « broken\.json » n’est pas du JSON valide : /);
		const empty = await run(['assign'], '  \n');
		expect(empty.err).toBe('transfo : l’entrée standard est vide : un objet JSON est attendu.');
	});

	it('asks for a file rather than wait on a terminal', async () => {
		const r = await run(['assign']);
		expect(r.code).toBe(2);
		expect(r.err).toBe(
			'transfo : --in FICHIER manquant (ou le JSON sur l’entrée standard).\nAide : transfo help assign'
		);
		expect((await run(['assign', '--out', 'x'])).err).toMatch(/Option inconnue : --out/);
	});

	it('has its help', async () => {
		for (const argv of [
			['help', 'assign'],
			['assign', '--help']
		]) {
			const r = await run(argv);
			expect(r.code).toBe(0);
			expect(r.out).toMatch(/^Usage : transfo assign \[--in FICHIER\]/);
		}
		expect((await run(['help'])).out).toMatch(/assign {2,}répartit les candidatures/);
	});
});

describe('transfo calibrate', () => {
	it('prints calibrated scores as JSON (real command line)', async () => {
		const r = await transfo(['calibrate', '--in', 'scores.json']);
		expect(r.code, r.stderr).toBe(0);
		const result = JSON.parse(r.stdout);
		expect(result.applications.map((a: { id: string }) => a.id)).toEqual(['a2', 'a1']);
		expect(result.applications[1]).toMatchObject({
			id: 'a1',
			reviews: 2,
			raw_mean: 2.65,
			range: 1.1
		});
		expect(result.reviewers.map((x: { id: string }) => x.id)).toEqual(['r1', 'r2']);
		expect(result.reviewers[0].bias).toBeGreaterThan(0);
		expect(result.reviewers[1].bias).toBeLessThan(0);
		expect(r.stderr).toContain('2 candidatures, 2 membres du jury ; 0 à discuter');
	});

	it('refuses an invalid input in French', async () => {
		const r = await run(['calibrate'], JSON.stringify({ scores: [{ reviewer: 'r1', score: 3 }] }));
		expect(r.code).toBe(1);
		expect(r.out).toBe('');
		expect(r.err).toBe(
			'transfo : Entrée invalide : scores[0] : « application » doit être un texte non vide (reçu rien).'
		);
	});
});
