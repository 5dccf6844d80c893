import { describe, expect, it } from 'vitest';
import { hasAnswer, isComplete, missingAnswers } from './completeness.ts';
import { formDefinition } from './definition.ts';

const def = formDefinition.parse({
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet', en: 'The project' },
			questions: [
				{
					key: 'titre',
					kind: 'short_text',
					required: true,
					label: { fr: 'Titre du projet', en: 'Project title' }
				},
				{
					key: 'resume',
					kind: 'long_text',
					required: true,
					label: { fr: 'Résumé', en: 'Summary' }
				},
				{ key: 'site', kind: 'short_text', label: { fr: 'Site du projet' } }
			]
		},
		{
			key: 'partenaires',
			title: { fr: 'Partenaires', en: 'Partners' },
			questions: [
				{
					key: 'a_partenaires',
					kind: 'yes_no',
					required: true,
					label: { fr: 'Avez-vous des partenaires ?', en: 'Do you have partners?' }
				},
				{
					key: 'partenaires',
					kind: 'multiple_choice',
					required: true,
					options: [
						{ value: 'universite', label: { fr: 'Université' } },
						{ value: 'entreprise', label: { fr: 'Entreprise' } }
					],
					showIf: { question: 'a_partenaires', equals: true },
					label: { fr: 'Lesquels ?', en: 'Which ones?' }
				},
				{
					key: 'laboratoire',
					kind: 'short_text',
					required: true,
					showIf: { question: 'partenaires', equals: 'universite' },
					label: { fr: 'Laboratoire', en: 'Laboratory' }
				}
			]
		}
	]
});

const keys = (answers: Record<string, unknown>) =>
	missingAnswers(def, answers).map((m) => m.questionKey);

describe('missingAnswers', () => {
	it('lists required visible questions without answer, in form order, with labels in both languages', () => {
		expect(missingAnswers(def, {})).toEqual([
			{
				sectionKey: 'projet',
				sectionTitle: { fr: 'Le projet', en: 'The project' },
				questionKey: 'titre',
				label: { fr: 'Titre du projet', en: 'Project title' }
			},
			{
				sectionKey: 'projet',
				sectionTitle: { fr: 'Le projet', en: 'The project' },
				questionKey: 'resume',
				label: { fr: 'Résumé', en: 'Summary' }
			},
			{
				sectionKey: 'partenaires',
				sectionTitle: { fr: 'Partenaires', en: 'Partners' },
				questionKey: 'a_partenaires',
				label: { fr: 'Avez-vous des partenaires ?', en: 'Do you have partners?' }
			}
		]);
	});

	it('follows the conditions: a revealed required question becomes missing, a hidden one never is', () => {
		expect(keys({ titre: 'T', resume: 'R', a_partenaires: true })).toEqual(['partenaires']);
		expect(
			keys({ titre: 'T', resume: 'R', a_partenaires: true, partenaires: ['universite'] })
		).toEqual(['laboratoire']);
		expect(
			keys({ titre: 'T', resume: 'R', a_partenaires: false, partenaires: ['universite'] })
		).toEqual([]);
	});

	it('false is an answer; blank text and empty lists are not', () => {
		expect(isComplete(def, { titre: 'T', resume: 'R', a_partenaires: false })).toBe(true);
		expect(keys({ titre: '  ', resume: 'R', a_partenaires: true, partenaires: [] })).toEqual([
			'titre',
			'partenaires'
		]);
		expect(hasAnswer(0)).toBe(true);
		expect(hasAnswer(Number.NaN)).toBe(false);
		expect(hasAnswer(null)).toBe(false);
		expect(hasAnswer([{ attachmentId: 'a' }])).toBe(true);
	});

	it('keeps form order across sections whatever the order of the answers', () => {
		expect(keys({ a_partenaires: true })).toEqual(['titre', 'resume', 'partenaires']);
	});
});
