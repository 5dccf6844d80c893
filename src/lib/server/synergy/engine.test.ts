import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	complementaryScore,
	exactMatches,
	similarScore,
	suggestSynergies,
	synergyModel,
	type SynergyPair,
	type SynergyProject
} from './engine.ts';

type Fixture = {
	projects: SynergyProject[];
	known: { similar: [string, string][]; complementary: [string, string, string][] };
};

const fixture = JSON.parse(
	fs.readFileSync(path.resolve('tests/fixtures/synergies/projects.json'), 'utf8')
) as Fixture;
const { projects, known } = fixture;
const byId = new Map(projects.map((p) => [p.id, p]));
const unordered = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const ofKind = (pairs: SynergyPair[], kind: SynergyPair['kind']) =>
	pairs.filter((p) => p.kind === kind);

describe('suggestSynergies on the hand-made French set', () => {
	const pairs = suggestSynergies(projects);

	it('ranks every known similar pair among the top similar pairs', () => {
		const similar = ofKind(pairs, 'similar').map((p) => unordered(p.a, p.b));
		// Top N with N = the number of known pairs plus two.
		const top = similar.slice(0, known.similar.length + 2);
		for (const [x, y] of known.similar) expect(top, `${x} ~ ${y}`).toContain(unordered(x, y));
	});

	it('ranks every known complementary pair among the top complementary pairs', () => {
		const complementary = ofKind(pairs, 'complementary');
		const expected = new Set(known.complementary.map(([x, y]) => unordered(x, y)));
		const top = complementary.slice(0, expected.size + 2).map((p) => unordered(p.a, p.b));
		for (const key of expected) expect(top, key).toContain(key);
	});

	it('says which offer covers which need, in both directions', () => {
		for (const [offerer, needer, need] of known.complementary) {
			const pair = ofKind(pairs, 'complementary').find(
				(p) => unordered(p.a, p.b) === unordered(offerer, needer)
			);
			expect(pair, `${offerer} → ${needer}`).toBeDefined();
			const cover = pair!.covers!.find((c) => c.need === need);
			expect(cover, `${offerer} → ${needer} : ${need}`).toMatchObject({
				from: offerer,
				to: needer
			});
			expect(byId.get(offerer)!.offers).toContain(cover!.offer);
			expect(byId.get(needer)!.needs).toContain(need);
		}
	});

	it('explains a complementary pair in French, naming the offer, the need and both projects', () => {
		const pair = ofKind(pairs, 'complementary').find(
			(p) => p.a === 'eval-charge' && p.b === 'managers-proximite'
		)!;
		expect(pair.reasons).toEqual([
			'“Outil d’évaluation de la charge de travail” (offert par Outil d’évaluation participative de ' +
				'la charge de travail) répond au besoin “Un outil d’évaluation de la charge de travail des ' +
				'équipes” de Soutenir les managers de proximité face à la charge de travail (termes communs : ' +
				'évaluation, charge, travail, outil).',
			'Thèmes communs : organisation du travail.'
		]);
		expect(pair.covers).toEqual([
			{
				offer: 'Outil d’évaluation de la charge de travail',
				need: 'Un outil d’évaluation de la charge de travail des équipes',
				from: 'eval-charge',
				to: 'managers-proximite'
			}
		]);
		// The workload tool answers the study-action's need for a measurement tool, and the
		// researchers answer the tool's need for a scientific validation.
		const study = ofKind(pairs, 'complementary').find(
			(p) => p.a === 'etude-action-accord' && p.b === 'eval-charge'
		)!;
		expect(study.reasons[0]).toMatch(
			/^“Outil d’évaluation de la charge de travail” \(offert par Outil d’évaluation participative de la charge de travail\) répond au besoin “Un outil pour mesurer la charge de travail” de Étude-action/
		);
		expect(study.reasons[1]).toMatch(
			/^“Une équipe de chercheurs en ergonomie .*” \(offert par Étude-action .*\) répond au besoin “Des chercheurs pour valider scientifiquement la méthode” de Outil d’évaluation/
		);
	});

	it('explains a similar pair by the shared words and themes', () => {
		const pair = ofKind(pairs, 'similar').find(
			(p) => p.a === 'planning-nuit' && p.b === 'sommeil-soignants'
		)!;
		expect(pair.shared).toEqual(expect.arrayContaining(['nuit', 'hôpital', 'soignants']));
		expect(pair.reasons).toContain('Thèmes communs : santé au travail.');
		expect(pair.reasons.find((r) => r.startsWith('Termes communs : '))).toMatch(
			/^Termes communs : (?=.*nuit)(?=.*soignants).*\.$/
		);
	});

	it('finds the same pairs and scores as scoring every pair exactly (small set: no pruning)', () => {
		const all = suggestSynergies(projects, { perProject: 1000, minScore: 0 });
		const model = synergyModel(projects);
		const n = model.projects.length;
		const similar = new Map<string, number>();
		const complementary = new Map<string, number>();
		for (let i = 0; i < n; i++) {
			for (let j = i + 1; j < n; j++) {
				const key = `${model.projects[i].id}|${model.projects[j].id}`;
				const s = Math.round(similarScore(model, i, j) * 1e6) / 1e6;
				if (s > 0) similar.set(key, s);
				const c =
					Math.round(complementaryScore(model, i, j, exactMatches(model, i, j)) * 1e6) / 1e6;
				if (c > 0) complementary.set(key, c);
			}
		}
		const found = (kind: SynergyPair['kind']) =>
			new Map(ofKind(all, kind).map((p) => [`${p.a}|${p.b}`, p.score]));
		expect(found('similar')).toEqual(similar);
		expect(found('complementary')).toEqual(complementary);
		expect(complementary.size).toBeGreaterThanOrEqual(9);
	});

	it('does not depend on the order of the projects', () => {
		const reversed = suggestSynergies([...projects].reverse());
		const rotated = suggestSynergies([...projects.slice(7), ...projects.slice(0, 7)]);
		expect(reversed).toEqual(pairs);
		expect(rotated).toEqual(pairs);
		expect(suggestSynergies(projects)).toEqual(pairs);
	});

	it('applies limit, minScore and perProject', () => {
		expect(suggestSynergies(projects, { limit: 3 })).toEqual(pairs.slice(0, 3));
		expect(suggestSynergies(projects, { limit: 0 })).toEqual([]);
		const strong = suggestSynergies(projects, { minScore: 0.5 });
		expect(strong.length).toBeGreaterThan(0);
		expect(strong).toEqual(pairs.filter((p) => p.score >= 0.5));
		// With one pair per project and kind, every pair kept is the best of a or of b.
		const one = suggestSynergies(projects, { perProject: 1, minScore: 0 });
		const every = suggestSynergies(projects, { perProject: 1000, minScore: 0 });
		for (const pair of one) {
			const rivals = every.filter(
				(p) =>
					p.kind === pair.kind &&
					(p.score > pair.score || (p.score === pair.score && p !== pair)) &&
					`${p.a}|${p.b}` !== `${pair.a}|${pair.b}`
			);
			const beatsForA = rivals.filter(
				(p) => p.score > pair.score && (p.a === pair.a || p.b === pair.a)
			);
			const beatsForB = rivals.filter(
				(p) => p.score > pair.score && (p.a === pair.b || p.b === pair.b)
			);
			expect(beatsForA.length === 0 || beatsForB.length === 0, `${pair.a} ${pair.b}`).toBe(true);
		}
		expect(one.length).toBeLessThan(every.length);
		expect(() => suggestSynergies(projects, { minScore: 2 })).toThrow(RangeError);
		expect(() => suggestSynergies(projects, { perProject: 0 })).toThrow(RangeError);
	});
});

const project = (id: string, fields: Partial<SynergyProject> = {}): SynergyProject => ({
	id,
	title: '',
	summary: '',
	tags: [],
	offers: [],
	needs: [],
	...fields
});

describe('suggestSynergies on edge cases', () => {
	it('returns nothing for no project or one', () => {
		expect(suggestSynergies([])).toEqual([]);
		expect(suggestSynergies([projects[0]])).toEqual([]);
	});

	it('refuses a duplicate id', () => {
		expect(() => suggestSynergies([project('x'), project('x')])).toThrow(/x/);
	});

	it('copes with empty texts', () => {
		expect(suggestSynergies([project('a'), project('b'), project('c')])).toEqual([]);
		// Only tags: a similar pair by themes alone, with its reason.
		const tagged = suggestSynergies(
			[
				project('a', { tags: ['Télétravail'] }),
				project('b', { tags: ['teletravail', 'santé'] }),
				project('c', { tags: ['santé au travail'] })
			],
			{ minScore: 0 }
		);
		expect(tagged).toHaveLength(1);
		expect(tagged[0]).toMatchObject({ a: 'a', b: 'b', kind: 'similar', shared: [] });
		expect(tagged[0].reasons).toEqual(['Thèmes communs : Télétravail.']);
		// Only stop words: no term, no pair.
		expect(
			suggestSynergies([
				project('a', { summary: 'le la les du de', offers: ['et ou'] }),
				project('b', { summary: 'le la les', needs: ['et'] })
			])
		).toEqual([]);
	});

	it('never pairs a project with itself through its own offers and needs', () => {
		const pairs = suggestSynergies(
			[
				project('a', { offers: ['formation au numérique'], needs: ['formation au numérique'] }),
				project('b', { summary: 'rien à voir : boulangerie' })
			],
			{ minScore: 0 }
		);
		expect(pairs).toEqual([]);
	});
});

// Random projects from a small French vocabulary, so that they share words often.
const WORDS = [
	'charge de travail',
	'télétravail',
	'managers',
	'outil',
	'formation',
	'numérique',
	'chercheurs',
	'hôpital',
	'nuit',
	'capteurs',
	'postures',
	'déconnexion',
	'évaluation',
	'seniors',
	'parole'
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' '));
const projectsArb = fc
	.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'Z', 'é'), {
		maxLength: 9
	})
	.chain((ids) =>
		fc.tuple(
			...ids.map((id) =>
				fc.record({
					id: fc.constant(id),
					title: text,
					summary: text,
					tags: fc.array(fc.constantFrom('santé', 'numérique', 'dialogue social'), {
						maxLength: 2
					}),
					offers: fc.array(text, { maxLength: 3 }),
					needs: fc.array(text, { maxLength: 3 })
				})
			)
		)
	);

describe('suggestSynergies properties', () => {
	it('gives sorted, distinct pairs of distinct projects with scores in [0, 1]', () => {
		fc.assert(
			fc.property(projectsArb, fc.integer({ min: 1, max: 4 }), (list, perProject) => {
				const pairs = suggestSynergies(list, { perProject, minScore: 0 });
				const ids = new Set<string>(list.map((p) => p.id));
				const seen = new Set<string>();
				pairs.forEach((p, k) => {
					expect(p.score).toBeGreaterThan(0);
					expect(p.score).toBeLessThanOrEqual(1);
					expect(p.a < p.b).toBe(true);
					expect(ids.has(p.a) && ids.has(p.b)).toBe(true);
					const key = `${p.kind}|${p.a}|${p.b}`;
					expect(seen.has(key)).toBe(false);
					seen.add(key);
					if (k > 0) expect(pairs[k - 1].score).toBeGreaterThanOrEqual(p.score);
					if (p.kind === 'complementary') {
						expect(p.covers!.length).toBeGreaterThan(0);
						for (const c of p.covers!) {
							expect([p.a, p.b]).toContain(c.from);
							expect([p.a, p.b]).toContain(c.to);
							expect(c.from).not.toBe(c.to);
						}
					}
				});
			})
		);
	});

	it('does not depend on the order of the input', () => {
		fc.assert(
			fc.property(projectsArb, (list) => {
				expect(suggestSynergies([...list].reverse())).toEqual(suggestSynergies(list));
			})
		);
	});
});

describe('explanations', () => {
	it('name the same shared words as text/french.ts sharedTerms', async () => {
		const { sharedTerms } = await import('#lib/server/text/french.ts');
		const model = synergyModel(projects);
		const pairs = suggestSynergies(projects, { perProject: 1000, minScore: 0 });
		const indexOf = new Map(model.projects.map((p, i) => [p.id, i]));
		let checked = 0;
		for (const pair of pairs.filter((p) => p.kind === 'similar')) {
			const words = sharedTerms(model.corpus, indexOf.get(pair.a)!, indexOf.get(pair.b)!, 5).map(
				(t) => t.word
			);
			expect(pair.shared).toEqual(words);
			checked++;
		}
		expect(checked).toBeGreaterThan(20);
	});
});

describe('candidate search under tight budgets', () => {
	it('may miss pairs but never changes a score: every pair returned has its exact score', () => {
		const model = synergyModel(projects);
		const indexOf = new Map(model.projects.map((p, i) => [p.id, i]));
		const all = suggestSynergies(projects, { perProject: 1000, minScore: 0 });
		const pruned = suggestSynergies(projects, {
			perProject: 1000,
			minScore: 0,
			search: { similarBudget: 3, needBudget: 1, candidates: 2 }
		});
		expect(pruned.length).toBeGreaterThan(0);
		expect(pruned.length).toBeLessThan(all.length);
		for (const pair of pruned) {
			const i = indexOf.get(pair.a)!;
			const j = indexOf.get(pair.b)!;
			const exact =
				pair.kind === 'similar'
					? similarScore(model, i, j)
					: complementaryScore(model, i, j, exactMatches(model, i, j));
			expect(pair.score).toBe(Math.round(exact * 1e6) / 1e6);
			expect(all).toContainEqual(pair);
		}
		expect(() => suggestSynergies(projects, { search: { candidates: 0 } })).toThrow(RangeError);
	});
});
