import { describe, expect, it } from 'vitest';
import { InputError } from '../inputError.ts';
import { validateAssignmentInput } from './input.ts';

const base = () => ({
	applications: [
		{ id: 'a1', demand: 2 },
		{ id: 'a2', demand: 1 }
	],
	reviewers: [
		{ id: 'r1', min: 0, max: 2 },
		{ id: 'r2', max: 1 }
	],
	affinities: [
		['r1', 'a1', 0.8],
		['r2', 'a1', 0.5],
		['r1', 'a2', 0.3]
	] as [string, string, number][],
	conflicts: [] as [string, string][],
	locks: [] as [string, string][]
});

/** The problems the validation lists for this input (it must refuse it). */
function problemsOf(input: unknown): string[] {
	try {
		validateAssignmentInput(input);
	} catch (e) {
		expect(e).toBeInstanceOf(InputError);
		return (e as InputError).problems;
	}
	throw new Error('the input was accepted');
}

describe('validateAssignmentInput', () => {
	it('accepts a valid input and indexes it by sorted ids', () => {
		const input = base();
		input.applications.reverse();
		input.conflicts.push(['r2', 'a1']);
		input.locks.push(['r1', 'a2']);
		const p = validateAssignmentInput(input);
		expect(p.applicationIds).toEqual(['a1', 'a2']);
		expect(p.reviewerIds).toEqual(['r1', 'r2']);
		expect(Array.from(p.demand)).toEqual([2, 1]);
		expect(Array.from(p.minLoad)).toEqual([0, 0]);
		// r2–a1 is conflicted, r1–a2 locked: one candidate left.
		expect(Array.from(p.candidateApplication)).toEqual([0]);
		expect(Array.from(p.candidateReviewer)).toEqual([0]);
		expect(Array.from(p.candidateWeight)).toEqual([800000]);
		expect(Array.from(p.lockWeight)).toEqual([300000]);
	});

	it('refuses what is not an input object', () => {
		expect(problemsOf(null)[0]).toMatch(/l’entrée doit être un objet JSON/);
		expect(problemsOf([1, 2])[0]).toMatch(/objet JSON/);
		expect(problemsOf({})).toEqual([
			'« applications » manque : une liste est attendue.',
			'« reviewers » manque : une liste est attendue.',
			'« affinities » manque : une liste est attendue.'
		]);
		expect(problemsOf({ ...base(), affinity: [] })).toEqual([
			'clé inconnue « affinity » (clés possibles : applications, reviewers, affinities, conflicts, locks).'
		]);
		expect(problemsOf({ ...base(), locks: 'r1' })).toEqual(['« locks » doit être une liste.']);
	});

	it('refuses bad ids, duplicate ids and bad counts', () => {
		const input = base() as Record<string, unknown> & ReturnType<typeof base>;
		input.applications.push({ id: 'a1', demand: 1 });
		input.applications.push({ id: '', demand: 1 });
		input.reviewers.push({ id: 'r3', min: -1, max: 2 });
		input.reviewers.push({ id: 'r4', min: 3, max: 2 });
		input.reviewers.push({ id: 'r5', max: 1.5 });
		input.reviewers.push({ id: 'r2', max: 1 });
		(input.applications as unknown[]).push({ id: 'a9', demand: '3' });
		expect(problemsOf(input)).toEqual([
			'applications[3] doit être un objet avec un « id » (texte non vide).',
			'candidature « a9 » : « demand » doit être un entier entre 0 et 1 000 000 (reçu "3").',
			'membre du jury « r3 » : « min » doit être un entier entre 0 et 1 000 000 (reçu -1).',
			'membre du jury « r4 » : le minimum (3) dépasse le maximum (2).',
			'membre du jury « r5 » : « max » doit être un entier entre 0 et 1 000 000 (reçu 1.5).',
			'la candidature « a1 » apparaît plusieurs fois.',
			'le membre du jury « r2 » apparaît plusieurs fois.'
		]);
	});

	it('refuses unknown ids, affinities out of [0, 1] and pairs given twice', () => {
		const input = base();
		input.affinities.push(['r9', 'a1', 0.5]);
		input.affinities.push(['r1', 'a9', 0.5]);
		input.affinities.push(['r2', 'a2', 1.2]);
		input.affinities.push(['r2', 'a2', Number.NaN]);
		(input.affinities as unknown[]).push(['r2', 'a2', '0.5']);
		(input.affinities as unknown[]).push(['r2', 'a2']);
		input.conflicts.push(['r7', 'a1']);
		expect(problemsOf(input)).toEqual([
			'conflicts[0] : membre du jury inconnu « r7 ».',
			'affinities[3] : membre du jury inconnu « r9 ».',
			'affinities[4] : candidature inconnue « a9 ».',
			'affinities[5] : l’affinité de (r2, a2) doit être un nombre entre 0 et 1 (reçu 1.2).',
			'affinities[6] : l’affinité de (r2, a2) doit être un nombre entre 0 et 1 (reçu NaN).',
			'affinities[7] : l’affinité de (r2, a2) doit être un nombre entre 0 et 1 (reçu "0.5").',
			'affinities[8] doit être un triplet [membre du jury, candidature, affinité] (reçu ["r2","a2"]).'
		]);
		const twice = base();
		twice.affinities.push(['r1', 'a1', 0.1]);
		expect(problemsOf(twice)).toEqual([
			'affinities[3] : la paire (r1, a1) a déjà une affinité (affinities[0]).'
		]);
	});

	it('refuses locks that contradict the rest of the input', () => {
		const conflicted = base();
		conflicted.conflicts.push(['r1', 'a1']);
		conflicted.locks.push(['r1', 'a1']);
		expect(problemsOf(conflicted)).toEqual([
			'locks[0] : la paire (r1, a1) est verrouillée mais en conflit d’intérêts (conflicts[0]).'
		]);

		const twice = base();
		twice.locks.push(['r1', 'a1'], ['r1', 'a1']);
		expect(problemsOf(twice)).toEqual([
			'locks[1] : la paire (r1, a1) est déjà verrouillée (locks[0]).'
		]);

		const overMax = base();
		overMax.locks.push(['r2', 'a1'], ['r2', 'a2']);
		expect(problemsOf(overMax)).toEqual([
			'membre du jury « r2 » : 2 paires verrouillées, plus que son maximum (1).'
		]);

		const overDemand = base();
		overDemand.reviewers.push({ id: 'r3', min: 0, max: 5 });
		overDemand.locks.push(['r1', 'a2'], ['r3', 'a2']);
		expect(problemsOf(overDemand)).toEqual([
			'candidature « a2 » : 2 paires verrouillées, plus que sa demande (1).'
		]);

		const unknown = base();
		unknown.locks.push(['r1', 'zz']);
		expect(problemsOf(unknown)).toEqual(['locks[0] : candidature inconnue « zz ».']);
	});

	it('accepts a lock without an affinity (it counts 0), and a conflict without one', () => {
		const input = base();
		input.locks.push(['r2', 'a2']);
		input.conflicts.push(['r2', 'a2'].reverse() as [string, string]);
		// ['a2', 'r2'] is the wrong way round: an unknown reviewer and an unknown application.
		expect(problemsOf(input)).toEqual([
			'conflicts[0] : membre du jury inconnu « a2 ».',
			'conflicts[0] : candidature inconnue « r2 ».'
		]);
		input.conflicts = [['r1', 'a2']];
		const p = validateAssignmentInput(input);
		expect(Array.from(p.lockWeight)).toEqual([0]);
	});

	it('stops listing after 20 problems and says so', () => {
		const input = base();
		for (let i = 0; i < 30; i++) input.affinities.push(['r1', 'a1', 2]);
		try {
			validateAssignmentInput(input);
			throw new Error('accepted');
		} catch (e) {
			const err = e as InputError;
			expect(err.problems).toHaveLength(20);
			expect(err.message).toMatch(/^Entrée invalide, 20 problèmes :/);
			expect(err.message).toMatch(/vérification arrêtée après 20 problèmes/);
		}
	});
});
