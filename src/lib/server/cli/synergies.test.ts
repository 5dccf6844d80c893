/**
 * `transfo synergies`: no database, so unit tests. One runs the real command line (a child
 * process on bin/transfo.js); the others call `main` in this process with a captured output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunners } from './testing.ts';

const FIXTURE = path.resolve('tests/fixtures/synergies/projects.json');

const small = {
	projects: [
		{
			id: 'outil',
			title: 'Outil d’évaluation de la charge de travail',
			summary: 'Les équipes évaluent leur charge de travail.',
			tags: ['organisation du travail'],
			offers: ['Outil d’évaluation de la charge de travail'],
			needs: []
		},
		{
			id: 'etude',
			title: 'Étude-action avec des chercheurs',
			summary: 'Des chercheurs suivent un accord sur le numérique.',
			tags: ['organisation du travail'],
			offers: [],
			needs: ['Un outil pour mesurer la charge de travail']
		},
		{ id: 'autre', title: 'Boulangerie coopérative', summary: 'Pain et viennoiseries.' }
	]
};

let dir: string;
beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transfo-synergies-cli-'));
	fs.writeFileSync(path.join(dir, 'projects.json'), JSON.stringify(small));
	fs.writeFileSync(path.join(dir, 'broken.json'), '{"projects": [');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const { transfo, run } = cliRunners(() => dir);

describe('transfo synergies', () => {
	it('reads a file and prints the pairs as JSON (real command line)', async () => {
		const r = await transfo(['synergies', '--in', 'projects.json']);
		expect(r.code, r.stderr).toBe(0);
		const result = JSON.parse(r.stdout);
		expect(result.pairs).toHaveLength(2);
		expect(result.pairs[0]).toEqual({
			a: 'etude',
			b: 'outil',
			kind: 'complementary',
			score: expect.any(Number),
			reasons: [
				'“Outil d’évaluation de la charge de travail” (offert par Outil d’évaluation de la charge ' +
					'de travail) répond au besoin “Un outil pour mesurer la charge de travail” de ' +
					'Étude-action avec des chercheurs (termes communs : charge, outil, travail).',
				'Thèmes communs : organisation du travail.'
			],
			covers: [
				{
					offer: 'Outil d’évaluation de la charge de travail',
					need: 'Un outil pour mesurer la charge de travail',
					from: 'outil',
					to: 'etude'
				}
			]
		});
		expect(result.pairs[1]).toMatchObject({ a: 'etude', b: 'outil', kind: 'similar' });
		expect(result.pairs[0].score).toBeGreaterThan(result.pairs[1].score);
		expect(result.groups).toEqual([]);
		expect(r.stderr).toBe('3 projets : 1 paire similaire, 1 paire complémentaire, 0 groupe.\n');
	});

	it('reads standard input, and ranks the known pairs of the French set first', async () => {
		const r = await run(['synergies', '--limit', '9'], fs.readFileSync(FIXTURE, 'utf8'));
		expect(r.code, r.err).toBe(0);
		const { pairs } = JSON.parse(r.out) as {
			pairs: { a: string; b: string; kind: string; score: number }[];
		};
		expect(pairs).toHaveLength(9);
		const scores = pairs.map((p) => p.score);
		expect(scores).toEqual([...scores].sort((x, y) => y - x));
		// The nine best are the nine complementary pairs known in the fixture.
		expect(pairs.every((p) => p.kind === 'complementary')).toBe(true);
		expect(pairs.map((p) => `${p.a}|${p.b}`)).toContain('eval-charge|managers-proximite');
		expect(pairs.map((p) => `${p.a}|${p.b}`)).toContain('etude-action-accord|eval-charge');
	});

	it('prints the groups whose pairs were all suggested, named by their titles', async () => {
		const r = await run(['synergies'], fs.readFileSync(FIXTURE, 'utf8'));
		expect(r.code, r.err).toBe(0);
		const { pairs, groups } = JSON.parse(r.out) as {
			pairs: { a: string; b: string }[];
			groups: { projects: string[]; score: number; reasons: string[]; pairs: unknown[] }[];
		};
		expect(groups.length).toBeGreaterThan(0);
		expect(r.err).toMatch(new RegExp(`, ${groups.length} groupes?\\.$`));
		const suggested = new Set(pairs.map((p) => `${p.a}|${p.b}`));
		for (const g of groups) {
			for (let i = 0; i < g.projects.length; i++)
				for (let j = i + 1; j < g.projects.length; j++)
					expect(suggested.has(`${g.projects[i]}|${g.projects[j]}`)).toBe(true);
			expect(g.reasons).toHaveLength(g.pairs.length);
		}
		const inclusion = groups.find((g) =>
			['illectronisme-agents', 'mentorat-inverse', 'seniors-numerique'].every((id) =>
				g.projects.includes(id)
			)
		);
		expect(inclusion).toBeDefined();
		expect(inclusion!.reasons.join(' ')).toMatch(/projets complémentaires \(0,\d\d\) : /);
	});

	it('applies --min-score and --per-project', async () => {
		const input = fs.readFileSync(FIXTURE, 'utf8');
		const all = JSON.parse((await run(['synergies'], input)).out).pairs;
		const strong = JSON.parse((await run(['synergies', '--min-score', '0,5'], input)).out).pairs;
		expect(strong.length).toBeGreaterThan(0);
		expect(strong).toEqual(all.filter((p: { score: number }) => p.score >= 0.5));
		const one = JSON.parse((await run(['synergies', '--per-project', '1'], input)).out).pairs;
		expect(one.length).toBeLessThan(all.length);
	});

	it('refuses a bad input in French with exit code 2', async () => {
		const cases: [string | undefined, string[], string][] = [
			['pas du json', [], 'transfo : l’entrée standard n’est pas du JSON valide : '],
			[
				'[1, 2]',
				[],
				'transfo : Entrée invalide : un objet {"projects": [...]} est attendu (reçu [1,2]).'
			],
			[
				'{"projets": []}',
				[],
				'transfo : Entrée invalide : « projects » doit être une liste de projets (reçu rien).'
			],
			[
				JSON.stringify({ projects: [{ title: 'Sans identifiant' }] }),
				[],
				'transfo : Entrée invalide : projects[0] : « id » doit être un texte non vide (reçu rien).'
			],
			[
				JSON.stringify({ projects: [{ id: 'a' }, { id: 'a' }] }),
				[],
				'transfo : Entrée invalide : projects[1] : l’identifiant « a » est déjà celui de projects[0].'
			],
			[
				JSON.stringify({ projects: [{ id: 'a', tags: 'santé', offers: ['x', 3], summary: 12 }] }),
				[],
				[
					'transfo : Entrée invalide, 3 problèmes :',
					'  – projects[0] : « summary » doit être un texte (reçu 12).',
					'  – projects[0] : « tags » doit être une liste de textes (reçu "santé").',
					'  – projects[0].offers[1] : un texte est attendu (reçu 3).'
				].join('\n')
			],
			[undefined, ['--in', 'broken.json'], 'transfo : « broken.json » n’est pas du JSON valide : '],
			[
				undefined,
				['--in', 'nowhere.json'],
				`transfo : Fichier introuvable : ${path.join(dir, 'nowhere.json')}.`
			],
			[
				'{"projects": []}',
				['--limit', '1.5'],
				'transfo : --limit attend un entier positif ou nul (reçu « 1.5 »).'
			],
			[
				'{"projects": []}',
				['--min-score', '2'],
				'transfo : --min-score attend un nombre entre 0 et 1 (reçu « 2 »).'
			],
			[
				'{"projects": []}',
				['--per-project', 'x'],
				'transfo : --per-project attend un entier au moins égal à 1 (reçu « x »).'
			],
			[undefined, [], 'transfo : --in FICHIER manquant (ou le JSON sur l’entrée standard).']
		];
		for (const [input, args, message] of cases) {
			const r = await run(['synergies', ...args], input);
			expect(r.code, message).toBe(2);
			expect(r.out).toBe('');
			expect(r.err.startsWith(message), `${r.err}\n≠ ${message}`).toBe(true);
			expect(r.err.endsWith('\nAide : transfo help synergies')).toBe(true);
		}
	});

	it('accepts an empty list of projects', async () => {
		const r = await run(['synergies'], '{"projects": []}');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toEqual({ pairs: [], groups: [] });
		expect(r.err).toBe('0 projet : 0 paire similaire, 0 paire complémentaire, 0 groupe.');
	});

	it('has its help', async () => {
		for (const argv of [
			['help', 'synergies'],
			['synergies', '--help']
		]) {
			const r = await run(argv);
			expect(r.code).toBe(0);
			expect(r.out).toMatch(/^Usage : transfo synergies \[--in FICHIER\]/);
		}
		expect((await run(['help'])).out).toMatch(/synergies {2,}suggère des paires de projets/);
	});
});
