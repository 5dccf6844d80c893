import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestSynergies, type SynergyProject } from './engine.ts';
import { suggestGroups, type GroupPair } from './groups.ts';

const pair = (
	a: string,
	b: string,
	score: number,
	kind: GroupPair['kind'] = 'similar',
	reasons = [`Raison ${a}-${b}.`]
): GroupPair => ({ a, b, kind, score, reasons });

const members = (groups: { projects: string[] }[]) => groups.map((g) => g.projects.join(' '));

describe('suggestGroups on hand-made pairs', () => {
	it('finds a triangle, with the mean score and one reason per pair, best first', () => {
		const groups = suggestGroups(
			[
				pair('a', 'b', 0.8, 'complementary', ['“Outil” répond au besoin “Mesure”.', 'Autre.']),
				pair('b', 'c', 0.4),
				pair('a', 'c', 0.6),
				pair('c', 'd', 0.9)
			],
			{ label: (id) => id.toUpperCase() }
		);
		expect(groups).toEqual([
			{
				projects: ['a', 'b', 'c'],
				score: 0.6,
				reasons: [
					'A et B, projets complémentaires (0,80) : “Outil” répond au besoin “Mesure”.',
					'A et C, projets semblables (0,60) : Raison a-c.',
					'B et C, projets semblables (0,40) : Raison b-c.'
				],
				pairs: [
					{ a: 'a', b: 'b', kind: 'complementary', score: 0.8 },
					{ a: 'a', b: 'c', kind: 'similar', score: 0.6 },
					{ a: 'b', b: 'c', kind: 'similar', score: 0.4 }
				]
			}
		]);
	});

	it('does not make a group of a chain, nor of a star', () => {
		expect(suggestGroups([pair('a', 'b', 0.9), pair('b', 'c', 0.9), pair('c', 'd', 0.9)])).toEqual(
			[]
		);
		expect(suggestGroups([pair('h', 'a', 0.9), pair('h', 'b', 0.9), pair('h', 'c', 0.9)])).toEqual(
			[]
		);
	});

	it('counts a pair suggested as both kinds once, with its best score', () => {
		const [group] = suggestGroups([
			pair('a', 'b', 0.3, 'similar'),
			pair('a', 'b', 0.9, 'complementary'),
			pair('b', 'c', 0.3),
			pair('a', 'c', 0.3)
		]);
		expect(group.score).toBe(0.5);
		expect(group.pairs[0]).toEqual({ a: 'a', b: 'b', kind: 'complementary', score: 0.9 });
		expect(group.reasons).toHaveLength(3);
	});

	it('leaves out a group one of whose pairs was dismissed, in either order', () => {
		const pairs = [pair('a', 'b', 0.8), pair('b', 'c', 0.4), pair('a', 'c', 0.6)];
		expect(suggestGroups(pairs)).toHaveLength(1);
		expect(suggestGroups(pairs, { exclude: [{ a: 'c', b: 'b' }] })).toEqual([]);
		// An excluded pair of other projects changes nothing.
		expect(suggestGroups(pairs, { exclude: [{ a: 'a', b: 'z' }] })).toHaveLength(1);
	});

	it('makes one group of four when its six pairs are suggested, instead of its triangles', () => {
		const four = [
			pair('a', 'b', 0.5),
			pair('a', 'c', 0.5),
			pair('a', 'd', 0.5),
			pair('b', 'c', 0.5),
			pair('b', 'd', 0.5),
			pair('c', 'd', 0.5)
		];
		const groups = suggestGroups(four);
		expect(members(groups)).toEqual(['a b c d']);
		expect(groups[0].reasons).toHaveLength(6);
		expect(members(suggestGroups(four, { maxSize: 3, perProject: 4 }))).toEqual([
			'a b c',
			'a b d',
			'a c d',
			'b c d'
		]);
		// Without one pair, the two triangles left.
		expect(members(suggestGroups(four, { exclude: [{ a: 'a', b: 'd' }], perProject: 4 }))).toEqual([
			'a b c',
			'b c d'
		]);
	});

	it('sorts by score and keeps each project in at most perProject groups', () => {
		// Triangles abc (0.9), acd (0.6 mean), ade (0.3) all contain a.
		const pairs = [
			pair('a', 'b', 0.9),
			pair('b', 'c', 0.9),
			pair('a', 'c', 0.9),
			pair('c', 'd', 0.3),
			pair('a', 'd', 0.6),
			pair('d', 'e', 0.3),
			pair('a', 'e', 0.3)
		];
		expect(members(suggestGroups(pairs, { perProject: 5 }))).toEqual(['a b c', 'a c d', 'a d e']);
		expect(members(suggestGroups(pairs, { perProject: 1 }))).toEqual(['a b c']);
		expect(members(suggestGroups(pairs))).toEqual(['a b c', 'a c d']);
		expect(members(suggestGroups(pairs, { perProject: 5, limit: 2 }))).toEqual(['a b c', 'a c d']);
		expect(members(suggestGroups(pairs, { perProject: 5, minScore: 0.5 }))).toEqual([
			'a b c',
			'a c d'
		]);
	});

	it('refuses options out of range', () => {
		expect(() => suggestGroups([], { perProject: 0 })).toThrow(RangeError);
		expect(() => suggestGroups([], { minScore: 2 })).toThrow(RangeError);
		expect(() => suggestGroups([], { limit: -1 })).toThrow(RangeError);
		expect(() => suggestGroups([], { maxSize: 5 as 4 })).toThrow(RangeError);
	});

	it('does not depend on the order of the pairs nor of a and b (property)', () => {
		const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
		const arbPairs = fc
			.uniqueArray(
				fc.record({
					x: fc.integer({ min: 0, max: 6 }),
					y: fc.integer({ min: 0, max: 6 }),
					score: fc.integer({ min: 1, max: 20 }).map((s) => s / 20),
					kind: fc.constantFrom('similar' as const, 'complementary' as const)
				}),
				{ selector: (p) => `${Math.min(p.x, p.y)}-${Math.max(p.x, p.y)}-${p.kind}`, maxLength: 30 }
			)
			.map((list) => list.filter((p) => p.x !== p.y));
		fc.assert(
			fc.property(arbPairs, fc.integer(), (list, seed) => {
				const pairs = list.map((p) => {
					const [a, b] = p.x < p.y ? [ids[p.x], ids[p.y]] : [ids[p.y], ids[p.x]];
					return pair(a, b, p.score, p.kind);
				});
				const shuffled = [...pairs]
					.map((p, k) => ({ p: { ...p, a: p.b, b: p.a }, r: (k * 7919 + seed) % 101 }))
					.sort((x, y) => x.r - y.r)
					.map((x) => x.p);
				const groups = suggestGroups(pairs, { perProject: 3 });
				expect(suggestGroups(shuffled, { perProject: 3 })).toEqual(groups);
				// Every pair of every group was suggested; sorted by score; at most 3 groups each.
				const keys = new Set(pairs.map((p) => `${p.a}|${p.b}`));
				const count = new Map<string, number>();
				groups.forEach((g, k) => {
					if (k > 0) expect(groups[k - 1].score).toBeGreaterThanOrEqual(g.score);
					for (let i = 0; i < g.projects.length; i++) {
						count.set(g.projects[i], (count.get(g.projects[i]) ?? 0) + 1);
						for (let j = i + 1; j < g.projects.length; j++)
							expect(keys.has(`${g.projects[i]}|${g.projects[j]}`)).toBe(true);
					}
				});
				for (const c of count.values()) expect(c).toBeLessThanOrEqual(3);
			})
		);
	});
});

describe('suggestGroups on the hand-made French set', () => {
	const fixture = JSON.parse(
		fs.readFileSync(path.resolve('tests/fixtures/synergies/projects.json'), 'utf8')
	) as { projects: SynergyProject[] };
	const titles = new Map(fixture.projects.map((p) => [p.id, p.title]));
	const pairs = suggestSynergies(fixture.projects);

	it('groups the digital-inclusion projects: the known pairs mentoring – seniors – agents', () => {
		const groups = suggestGroups(pairs, { maxSize: 3 });
		const inclusion = groups.find((g) =>
			['illectronisme-agents', 'mentorat-inverse', 'seniors-numerique'].every((id) =>
				g.projects.includes(id)
			)
		);
		expect(inclusion).toBeDefined();
		expect(inclusion!.pairs.some((p) => p.kind === 'complementary')).toBe(true);
	});

	it('groups the workload tool, the study-action and the ergonomics lab, explained by titles', () => {
		const groups = suggestGroups(pairs, { label: (id) => titles.get(id)! });
		const group = groups.find(
			(g) => g.projects.join() === 'ergonomes-lab,etude-action-accord,eval-charge'
		);
		expect(group).toBeDefined();
		expect(group!.reasons[0]).toMatch(
			/^Étude-action sur l’accord d’entreprise relatif au numérique et Outil d’évaluation participative de la charge de travail, projets complémentaires \(0,\d\d\) : “Outil d’évaluation de la charge de travail”/
		);
	});

	it('is the same for the same pairs in another order', () => {
		expect(suggestGroups([...pairs].reverse())).toEqual(suggestGroups(pairs));
	});
});
