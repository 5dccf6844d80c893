import { describe, expect, it } from 'vitest';
import { translator } from '../../../i18n/index.ts';
import { DEFINITION_PROBLEMS, checkDefinition } from './check.ts';
import { ACCEPTED_MIME_TYPES, formDefinition, type FormDefinition } from './definition.ts';

/** A definition through the schema, as stored, from a terse description. */
function form(sections: Record<string, Record<string, unknown>[]>): FormDefinition {
	return formDefinition.parse({
		sections: Object.entries(sections).map(([key, questions]) => ({
			key,
			title: { fr: `Section ${key}` },
			questions: questions.map((q) => ({ label: { fr: `Question ${String(q.key)}` }, ...q }))
		}))
	});
}

const options = (...values: string[]) => values.map((value) => ({ value, label: { fr: value } }));

const messages = (def: FormDefinition) => checkDefinition(def).map((p) => p.message);

describe('checkDefinition', () => {
	it('accepts a realistic application form', () => {
		const def = form({
			projet: [
				{ key: 'titre', kind: 'short_text', required: true, maxLength: 120 },
				{ key: 'resume', kind: 'long_text', required: true, maxLength: 3000 },
				{ key: 'etape', kind: 'stage', required: true },
				{ key: 'themes', kind: 'qvct_themes' },
				{ key: 'typologie', kind: 'typology' },
				{ key: 'budget', kind: 'number', min: 0, max: 1_000_000 },
				{ key: 'demarrage', kind: 'date' }
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
					key: 'universite_nom',
					kind: 'short_text',
					showIf: { question: 'partenaires', equals: 'universite' }
				},
				{
					key: 'plaquette',
					kind: 'file',
					accept: ['application/pdf', 'image/png'],
					maxBytes: 5 * 1024 * 1024
				},
				{
					key: 'detail_prototype',
					kind: 'long_text',
					showIf: { question: 'etape', equals: 'prototype' }
				},
				{ key: 'grand_budget', kind: 'yes_no', showIf: { question: 'budget', equals: 100000 } },
				{
					key: 'precision_titre',
					kind: 'short_text',
					showIf: { question: 'titre', equals: 'Autre' }
				},
				{
					key: 'precision_theme',
					kind: 'short_text',
					showIf: { question: 'themes', equals: 'sante_travail' }
				}
			]
		});
		expect(checkDefinition(def)).toEqual([]);
	});

	it('accepts an empty form', () => {
		expect(checkDefinition({ sections: [] })).toEqual([]);
	});

	it('reports duplicate section keys and question keys across the whole form', () => {
		const def = form({
			projet: [{ key: 'titre', kind: 'short_text' }],
			equipe: [
				{ key: 'titre', kind: 'short_text' },
				{ key: 'role', kind: 'short_text' },
				{ key: 'role', kind: 'long_text' }
			]
		});
		def.sections.push({ ...def.sections[0], questions: [] });
		expect(checkDefinition(def)).toEqual([
			{ path: 'sections.2.key', message: DEFINITION_PROBLEMS.duplicateSectionKey },
			{ path: 'sections.1.questions.0.key', message: DEFINITION_PROBLEMS.duplicateQuestionKey },
			{ path: 'sections.1.questions.2.key', message: DEFINITION_PROBLEMS.duplicateQuestionKey }
		]);
	});

	it('refuses question identifiers the application page needs for itself', () => {
		for (const key of ['action', 'submit', 'reset', 'revision', 'method']) {
			expect(checkDefinition(form({ s: [{ key, kind: 'short_text' }] }))).toEqual([
				{ path: 'sections.0.questions.0.key', message: DEFINITION_PROBLEMS.reservedQuestionKey }
			]);
		}
		// Names that merely start like one are free.
		expect(checkDefinition(form({ s: [{ key: 'actions_menees', kind: 'short_text' }] }))).toEqual(
			[]
		);
	});

	it('a section key may equal a question key', () => {
		expect(checkDefinition(form({ projet: [{ key: 'projet', kind: 'short_text' }] }))).toEqual([]);
	});

	it('wants at least two options with distinct values on choice questions', () => {
		const def = form({
			s: [
				{ key: 'a', kind: 'single_choice', options: options('oui') },
				{ key: 'b', kind: 'multiple_choice' },
				{ key: 'c', kind: 'single_choice', options: options('x', 'y', 'x') }
			]
		});
		expect(checkDefinition(def)).toEqual([
			{ path: 'sections.0.questions.0.options', message: DEFINITION_PROBLEMS.tooFewOptions },
			{ path: 'sections.0.questions.1.options', message: DEFINITION_PROBLEMS.tooFewOptions },
			{
				path: 'sections.0.questions.2.options.2.value',
				message: DEFINITION_PROBLEMS.duplicateOptionValue
			}
		]);
	});

	it('refuses options on other kinds (an empty list is harmless)', () => {
		const def = form({
			s: [
				{ key: 'a', kind: 'short_text', options: options('x', 'y') },
				{ key: 'b', kind: 'qvct_themes', options: options('x', 'y') },
				{ key: 'c', kind: 'yes_no', options: [] }
			]
		});
		expect(checkDefinition(def)).toEqual([
			{ path: 'sections.0.questions.0.options', message: DEFINITION_PROBLEMS.optionsNotAllowed },
			{ path: 'sections.0.questions.1.options', message: DEFINITION_PROBLEMS.optionsNotAllowed }
		]);
	});

	it('checks bounds: min ≤ max, and only on numbers', () => {
		const def = form({
			s: [
				{ key: 'a', kind: 'number', min: 10, max: 5 },
				{ key: 'b', kind: 'number', min: 5, max: 5 },
				{ key: 'c', kind: 'short_text', min: 1, max: 3 }
			]
		});
		expect(checkDefinition(def)).toEqual([
			{ path: 'sections.0.questions.0.min', message: DEFINITION_PROBLEMS.minAboveMax },
			{ path: 'sections.0.questions.2.min', message: DEFINITION_PROBLEMS.boundsNotAllowed },
			{ path: 'sections.0.questions.2.max', message: DEFINITION_PROBLEMS.boundsNotAllowed }
		]);
	});

	it('allows maxLength on text kinds only', () => {
		const def = form({
			s: [
				{ key: 'a', kind: 'short_text', maxLength: 80 },
				{ key: 'b', kind: 'long_text', maxLength: 4000 },
				{ key: 'c', kind: 'number', maxLength: 3 }
			]
		});
		expect(checkDefinition(def)).toEqual([
			{ path: 'sections.0.questions.2.maxLength', message: DEFINITION_PROBLEMS.maxLengthNotAllowed }
		]);
	});

	it('allows accept and maxBytes on files only, among known types', () => {
		const def = form({
			s: [
				{
					key: 'a',
					kind: 'file',
					accept: ['application/pdf', 'application/x-msdownload', 'text/html']
				},
				{ key: 'b', kind: 'long_text', accept: ['application/pdf'], maxBytes: 1000 },
				{ key: 'c', kind: 'file', accept: [...ACCEPTED_MIME_TYPES] }
			]
		});
		expect(checkDefinition(def)).toEqual([
			{ path: 'sections.0.questions.0.accept.1', message: DEFINITION_PROBLEMS.unknownFileType },
			{ path: 'sections.0.questions.0.accept.2', message: DEFINITION_PROBLEMS.unknownFileType },
			{ path: 'sections.0.questions.1.accept', message: DEFINITION_PROBLEMS.acceptNotAllowed },
			{ path: 'sections.0.questions.1.maxBytes', message: DEFINITION_PROBLEMS.maxBytesNotAllowed }
		]);
		expect(ACCEPTED_MIME_TYPES).toHaveLength(12);
	});

	describe('conditions', () => {
		it('refuses a question conditioned on itself', () => {
			const def = form({
				s: [{ key: 'a', kind: 'yes_no', showIf: { question: 'a', equals: true } }]
			});
			expect(checkDefinition(def)).toEqual([
				{ path: 'sections.0.questions.0.showIf.question', message: DEFINITION_PROBLEMS.showIfSelf }
			]);
		});

		it('refuses a condition on an unknown question or on a later one (even in a later section)', () => {
			const def = form({
				s1: [
					{ key: 'a', kind: 'short_text', showIf: { question: 'inconnue', equals: 'x' } },
					{ key: 'b', kind: 'short_text', showIf: { question: 'c', equals: true } }
				],
				s2: [{ key: 'c', kind: 'yes_no' }]
			});
			expect(checkDefinition(def)).toEqual([
				{
					path: 'sections.0.questions.0.showIf.question',
					message: DEFINITION_PROBLEMS.showIfUnknown
				},
				{
					path: 'sections.0.questions.1.showIf.question',
					message: DEFINITION_PROBLEMS.showIfNotEarlier
				}
			]);
		});

		it('accepts a condition on a question of an earlier section', () => {
			const def = form({
				s1: [{ key: 'c', kind: 'yes_no' }],
				s2: [{ key: 'b', kind: 'short_text', showIf: { question: 'c', equals: false } }]
			});
			expect(checkDefinition(def)).toEqual([]);
		});

		it('wants a value the target question can have', () => {
			const def = form({
				s: [
					{ key: 'oui_non', kind: 'yes_no' },
					{ key: 'nombre', kind: 'number' },
					{ key: 'choix', kind: 'single_choice', options: options('a', 'b') },
					{ key: 'texte', kind: 'short_text' },
					{ key: 'etape', kind: 'stage' },
					{ key: 'q1', kind: 'yes_no', showIf: { question: 'oui_non', equals: 'oui' } },
					{ key: 'q2', kind: 'yes_no', showIf: { question: 'nombre', equals: '12' } },
					{ key: 'q3', kind: 'yes_no', showIf: { question: 'choix', equals: 'c' } },
					{ key: 'q4', kind: 'yes_no', showIf: { question: 'texte', equals: 3 } },
					{ key: 'q5', kind: 'yes_no', showIf: { question: 'etape', equals: 'lancer' } },
					{ key: 'q6', kind: 'yes_no', showIf: { question: 'choix', equals: true } }
				]
			});
			expect(checkDefinition(def)).toEqual(
				['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((_, i) => ({
					path: `sections.0.questions.${5 + i}.showIf.equals`,
					message: DEFINITION_PROBLEMS.showIfValueMismatch
				}))
			);
		});

		it('refuses conditions on dates and files', () => {
			const def = form({
				s: [
					{ key: 'debut', kind: 'date' },
					{ key: 'piece', kind: 'file' },
					{ key: 'q1', kind: 'yes_no', showIf: { question: 'debut', equals: '2026-09-01' } },
					{ key: 'q2', kind: 'yes_no', showIf: { question: 'piece', equals: 'x' } }
				]
			});
			expect(messages(def)).toEqual([
				DEFINITION_PROBLEMS.showIfKindNotAllowed,
				DEFINITION_PROBLEMS.showIfKindNotAllowed
			]);
		});
	});

	it('every message is translated in both languages', () => {
		const fr = translator('fr');
		const en = translator('en');
		for (const key of Object.values(DEFINITION_PROBLEMS)) {
			expect(fr(key as never)).not.toBe(key);
			expect(en(key as never)).not.toBe(key);
		}
	});
});
