import { describe, expect, it } from 'vitest';
import { formDefinition, type FormDefinition } from './definition.ts';
import { answerMatches, isVisible, visibilityMap, visibleQuestions } from './visibility.ts';

function form(sections: Record<string, Record<string, unknown>[]>): FormDefinition {
	return formDefinition.parse({
		sections: Object.entries(sections).map(([key, questions]) => ({
			key,
			title: { fr: key },
			questions: questions.map((q) => ({ label: { fr: String(q.key) }, ...q }))
		}))
	});
}

const options = (...values: string[]) => values.map((value) => ({ value, label: { fr: value } }));

/** Partnerships: yes/no → which partners → the lab's name (a three-step cascade). */
const def = form({
	projet: [
		{ key: 'titre', kind: 'short_text' },
		{ key: 'etape', kind: 'stage' }
	],
	partenaires: [
		{ key: 'a_partenaires', kind: 'yes_no' },
		{
			key: 'partenaires',
			kind: 'multiple_choice',
			options: options('universite', 'entreprise', 'aract'),
			showIf: { question: 'a_partenaires', equals: true }
		},
		{
			key: 'laboratoire',
			kind: 'short_text',
			showIf: { question: 'partenaires', equals: 'universite' }
		},
		{
			key: 'convention',
			kind: 'file',
			showIf: { question: 'laboratoire', equals: 'LIRSA' }
		},
		{
			key: 'prototype_lien',
			kind: 'short_text',
			showIf: { question: 'etape', equals: 'prototype' }
		},
		{
			key: 'sans_partenaire',
			kind: 'long_text',
			showIf: { question: 'a_partenaires', equals: false }
		}
	]
});
const keys = (answers: Record<string, unknown>) => visibleQuestions(def, answers).map((q) => q.key);

describe('visibility', () => {
	it('shows unconditioned questions and hides conditioned ones without answers', () => {
		expect(keys({})).toEqual(['titre', 'etape', 'a_partenaires']);
	});

	it('shows a question when the answer it depends on has the value', () => {
		expect(keys({ a_partenaires: true })).toEqual([
			'titre',
			'etape',
			'a_partenaires',
			'partenaires'
		]);
		expect(keys({ a_partenaires: false })).toEqual([
			'titre',
			'etape',
			'a_partenaires',
			'sans_partenaire'
		]);
		expect(keys({ etape: 'prototype' })).toContain('prototype_lien');
		expect(keys({ etape: 'accelerate' })).not.toContain('prototype_lien');
	});

	it('for a multiple choice, equals means contains', () => {
		expect(keys({ a_partenaires: true, partenaires: ['entreprise', 'universite'] })).toContain(
			'laboratoire'
		);
		expect(keys({ a_partenaires: true, partenaires: ['entreprise'] })).not.toContain('laboratoire');
	});

	it('cascades: hiding a question hides those that depend on it, whatever their answers', () => {
		const full = {
			a_partenaires: true,
			partenaires: ['universite'],
			laboratoire: 'LIRSA',
			convention: [{ attachmentId: 'att_1' }]
		};
		expect(keys(full)).toEqual([
			'titre',
			'etape',
			'a_partenaires',
			'partenaires',
			'laboratoire',
			'convention'
		]);
		// Answering "no" to the first question hides the whole chain, even with stale answers.
		expect(keys({ ...full, a_partenaires: false })).toEqual([
			'titre',
			'etape',
			'a_partenaires',
			'sans_partenaire'
		]);
		expect(isVisible(def, { ...full, a_partenaires: false }, 'convention')).toBe(false);
		expect(isVisible(def, full, 'convention')).toBe(true);
	});

	it('compares text trimmed, and types strictly', () => {
		expect(
			isVisible(
				def,
				{ a_partenaires: true, partenaires: ['universite'], laboratoire: ' LIRSA ' },
				'convention'
			)
		).toBe(true);
		expect(isVisible(def, { a_partenaires: 'true' }, 'partenaires')).toBe(false);
		expect(isVisible(def, { a_partenaires: 1 }, 'partenaires')).toBe(false);
		expect(answerMatches(12, 12)).toBe(true);
		expect(answerMatches('12', 12)).toBe(false);
	});

	it('an unknown key is not visible', () => {
		expect(isVisible(def, {}, 'inexistante')).toBe(false);
	});

	it('does not loop or crash on a definition that failed its checks', () => {
		const bad = form({
			s: [
				{ key: 'a', kind: 'yes_no', showIf: { question: 'b', equals: true } },
				{ key: 'b', kind: 'yes_no', showIf: { question: 'a', equals: true } },
				{ key: 'c', kind: 'yes_no', showIf: { question: 'c', equals: true } },
				{ key: 'd', kind: 'yes_no', showIf: { question: 'zzz', equals: true } }
			]
		});
		const map = visibilityMap(bad, { a: true, b: true, c: true });
		expect([...map.values()]).toEqual([false, false, false, false]);
	});

	it('does not read inherited properties of the answers object', () => {
		const d = form({
			s: [
				{ key: 'constructor', kind: 'short_text' },
				{ key: 'x', kind: 'short_text', showIf: { question: 'constructor', equals: 'a' } }
			]
		});
		expect(isVisible(d, {}, 'x')).toBe(false);
	});
});
