import { describe, expect, it } from 'vitest';
import { solveAssignment } from '../assignment/solve.ts';
import {
	AFFINITY_WEIGHTS,
	BID_SCORES,
	allAffinities,
	candidatePairs,
	solverAffinities,
	type AffinityInput,
	type PairAffinity
} from './affinity.ts';

/** A small call: three jury members with distinct fields, two applications in each field. */
const call: AffinityInput = {
	reviewers: [
		{
			id: 'r-charge',
			expertise: [
				'theme:organisation_travail',
				'typology:evaluation_charge_travail',
				'skill:charge de travail',
				'skill:ergonomie'
			],
			profileText: 'Ergonome, j’évalue la charge de travail et les horaires des équipes.'
		},
		{
			id: 'r-numerique',
			expertise: [
				'theme:conciliation_vies',
				'typology:application_sensibilisation',
				'skill:outils numériques',
				'skill:applications mobiles'
			],
			profileText: 'Je conçois des applications mobiles et des outils numériques collaboratifs.'
		},
		{
			id: 'r-dialogue',
			expertise: ['theme:dialogue_social', 'typology:etude_action', 'skill:dialogue social'],
			profileText:
				'Ancienne déléguée syndicale, j’accompagne la négociation collective et les représentants du personnel.'
		}
	],
	applications: [
		{
			id: 'a1',
			text: 'Mesurer la charge de travail des soignants. Nous voulons évaluer la charge de travail réelle des équipes de nuit.',
			themes: ['organisation_travail'],
			typology: ['evaluation_charge_travail']
		},
		{
			id: 'a2',
			text: 'Réguler les charges de travail en logistique. Les horaires et la charge physique des préparateurs pèsent sur leur santé.',
			themes: [],
			typology: []
		},
		{
			id: 'a3',
			text: 'Une application mobile de signalement des situations difficiles, pour les salariés en déplacement.',
			themes: ['sante_travail'],
			typology: ['application_sensibilisation']
		},
		{
			id: 'a4',
			text: 'Des outils numériques collaboratifs pour organiser le télétravail et la conciliation des temps.',
			themes: ['conciliation_vies'],
			typology: []
		},
		{
			id: 'a5',
			text: 'Des espaces de dialogue social dans les ateliers, avec une étude-action menée par des chercheurs.',
			themes: ['dialogue_social'],
			typology: ['etude_action']
		},
		{
			id: 'a6',
			text: 'Négocier un accord sur le droit à la déconnexion avec les représentants du personnel.',
			themes: ['dialogue_social'],
			typology: []
		}
	],
	bids: [
		{ reviewerId: 'r-numerique', applicationId: 'a4', level: 'eager' },
		{ reviewerId: 'r-dialogue', applicationId: 'a1', level: 'rather_not' },
		{ reviewerId: 'r-charge', applicationId: 'a2', level: 'willing' }
	]
};

const FIELD: Record<string, string> = {
	a1: 'r-charge',
	a2: 'r-charge',
	a3: 'r-numerique',
	a4: 'r-numerique',
	a5: 'r-dialogue',
	a6: 'r-dialogue'
};

const find = (pairs: PairAffinity[], r: string, a: string) =>
	pairs.find((p) => p.reviewerId === r && p.applicationId === a)!;

describe('allAffinities', () => {
	const pairs = allAffinities(call);

	it('scores every pair as the documented weighted sum of its parts, in [0, 1]', () => {
		expect(pairs).toHaveLength(18);
		for (const p of pairs) {
			const { bid, tags, text } = p.parts;
			expect(p.affinity).toBeCloseTo(
				AFFINITY_WEIGHTS.bid * bid + AFFINITY_WEIGHTS.tags * tags + AFFINITY_WEIGHTS.text * text,
				6
			);
			for (const x of [p.affinity, bid, tags, text]) {
				expect(x).toBeGreaterThanOrEqual(0);
				expect(x).toBeLessThanOrEqual(1);
			}
		}
	});

	it('ranks, for every application, the reviewer of its field first', () => {
		for (const [a, expert] of Object.entries(FIELD)) {
			const best = pairs
				.filter((p) => p.applicationId === a)
				.sort((x, y) => y.affinity - x.affinity)[0];
			expect(best.reviewerId, a).toBe(expert);
		}
	});

	it('maps bids to their scores and names them in the reasons', () => {
		expect(find(pairs, 'r-numerique', 'a4').parts.bid).toBe(BID_SCORES.eager);
		expect(find(pairs, 'r-charge', 'a2').parts.bid).toBe(BID_SCORES.willing);
		expect(find(pairs, 'r-dialogue', 'a1').parts.bid).toBe(BID_SCORES.rather_not);
		expect(find(pairs, 'r-charge', 'a1').parts.bid).toBe(BID_SCORES.none);
		expect(find(pairs, 'r-numerique', 'a4').reasons).toContainEqual({
			kind: 'bid',
			level: 'eager'
		});
		expect(find(pairs, 'r-charge', 'a1').reasons.some((r) => r.kind === 'bid')).toBe(false);
	});

	it('counts the share of the application’s themes and typology the reviewer covers', () => {
		const p = find(pairs, 'r-charge', 'a1');
		expect(p.parts.tags).toBe(1);
		expect(p.reasons).toContainEqual({ kind: 'theme', value: 'organisation_travail' });
		expect(p.reasons).toContainEqual({ kind: 'typology', value: 'evaluation_charge_travail' });
		// a3: sante_travail (not covered) and application_sensibilisation (covered).
		expect(find(pairs, 'r-numerique', 'a3').parts.tags).toBe(0.5);
		// No tags on the application: nobody gets any.
		expect(find(pairs, 'r-charge', 'a2').parts.tags).toBe(0);
	});

	it('explains text similarity with shared words as written, not stems', () => {
		const reason = find(pairs, 'r-charge', 'a2').reasons.find((r) => r.kind === 'text');
		expect(reason).toBeDefined();
		expect(reason!.kind === 'text' && reason!.terms).toEqual(
			expect.arrayContaining(['charge', 'horaires'])
		);
		const none = find(pairs, 'r-dialogue', 'a3');
		expect(none.parts.text).toBe(0);
		expect(none.reasons.some((r) => r.kind === 'text')).toBe(false);
	});

	it('ignores case and accents in tags', () => {
		const [p] = allAffinities({
			applications: [{ id: 'a', text: '', themes: ['Santé au travail'], typology: [] }],
			reviewers: [{ id: 'r', expertise: ['theme:sante au TRAVAIL'] }]
		});
		expect(p.parts.tags).toBe(1);
		expect(p.reasons).toEqual([{ kind: 'theme', value: 'Santé au travail' }]);
	});

	it('does not depend on the order of the input, and lists pairs by application then reviewer', () => {
		const shuffled: AffinityInput = {
			applications: [...call.applications].reverse(),
			reviewers: [...call.reviewers].reverse(),
			bids: [...call.bids!].reverse()
		};
		expect(allAffinities(shuffled)).toEqual(pairs);
		const keys = pairs.map((p) => `${p.applicationId} ${p.reviewerId}`);
		expect(keys).toEqual([...keys].sort());
	});

	it('leaves conflicted pairs out', () => {
		const out = allAffinities(call, { conflicts: [['r-charge', 'a1']] });
		expect(out).toHaveLength(17);
		expect(out.some((p) => p.reviewerId === 'r-charge' && p.applicationId === 'a1')).toBe(false);
	});

	it('refuses two bids on one pair and duplicate ids', () => {
		expect(() =>
			allAffinities({
				...call,
				bids: [...call.bids!, { reviewerId: 'r-charge', applicationId: 'a2', level: 'eager' }]
			})
		).toThrow();
		expect(() =>
			allAffinities({ ...call, reviewers: [...call.reviewers, call.reviewers[0]] })
		).toThrow();
	});
});

describe('candidatePairs', () => {
	it('keeps the k best reviewers per application, plus every eager bid', () => {
		const eagerOutsider: AffinityInput = {
			...call,
			bids: [...call.bids!, { reviewerId: 'r-dialogue', applicationId: 'a3', level: 'eager' }]
		};
		const kept = candidatePairs(eagerOutsider, { perApplication: 1 });
		const all = allAffinities(eagerOutsider);
		for (const a of Object.keys(FIELD)) {
			const forA = kept.filter((p) => p.applicationId === a).map((p) => p.reviewerId);
			const best = all
				.filter((p) => p.applicationId === a)
				.sort((x, y) => y.affinity - x.affinity || (x.reviewerId < y.reviewerId ? -1 : 1))[0];
			expect(forA).toContain(best.reviewerId);
			expect(forA).toHaveLength(a === 'a3' && best.reviewerId !== 'r-dialogue' ? 2 : 1);
		}
		expect(find(kept, 'r-dialogue', 'a3').reasons).toContainEqual({ kind: 'bid', level: 'eager' });
		// Same explanations as the full list.
		for (const p of kept) expect(p).toEqual(find(all, p.reviewerId, p.applicationId));
	});

	it('never keeps a conflicted pair, even an eager one', () => {
		const kept = candidatePairs(call, {
			perApplication: 3,
			conflicts: [['r-numerique', 'a4']]
		});
		expect(kept).toHaveLength(17);
		expect(kept.some((p) => p.reviewerId === 'r-numerique' && p.applicationId === 'a4')).toBe(
			false
		);
	});
});

describe('affinity into the assignment solver', () => {
	const reviewers = call.reviewers.map((r) => ({ id: r.id, max: 2 }));
	const applications = call.applications.map((a) => ({ id: a.id, demand: 1 }));

	it('gives each application to the jury member of its field', () => {
		const result = solveAssignment({
			applications,
			reviewers,
			affinities: solverAffinities(allAffinities(call))
		});
		expect(result.unfilled).toEqual([]);
		expect(Object.fromEntries(result.assignments.map(([r, a]) => [a, r]))).toEqual(FIELD);
	});

	it('still does with only the two best candidates per application', () => {
		const result = solveAssignment({
			applications,
			reviewers,
			affinities: solverAffinities(candidatePairs(call, { perApplication: 2 }))
		});
		expect(Object.fromEntries(result.assignments.map(([r, a]) => [a, r]))).toEqual(FIELD);
	});

	it('with two reviewers per application, always includes the one of its field', () => {
		const result = solveAssignment({
			applications: applications.map((a) => ({ ...a, demand: 2 })),
			reviewers: reviewers.map((r) => ({ ...r, max: 4 })),
			affinities: solverAffinities(allAffinities(call))
		});
		expect(result.unfilled).toEqual([]);
		for (const [a, expert] of Object.entries(FIELD)) {
			expect(result.assignments, a).toContainEqual([expert, a]);
		}
		// The one who said « rather not » on a1 is kept off it when another can take it.
		expect(result.assignments).not.toContainEqual(['r-dialogue', 'a1']);
	});
});
