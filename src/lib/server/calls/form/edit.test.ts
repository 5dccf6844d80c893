import { describe, expect, it } from 'vitest';
import type { FormDefinition } from './definition.ts';
import {
	addQuestion,
	addSection,
	formatOptionsText,
	moveQuestion,
	moveSection,
	parseOptionsText,
	removeQuestion,
	uniqueKey,
	updateQuestion
} from './edit.ts';

const empty: FormDefinition = { sections: [] };

describe('form builder edits', () => {
	it('adds sections and questions with unique keys derived from their labels', () => {
		let def = addSection(empty, { fr: 'Le projet', en: 'The project' });
		def = addQuestion(def, 0, { kind: 'short_text', label: { fr: 'Titre du projet', en: '' } });
		def = addQuestion(def, 0, { kind: 'single_choice', label: { fr: 'Titre du projet', en: '' } });
		expect(def.sections[0].key).toBe('le_projet');
		expect(def.sections[0].questions.map((q) => q.key)).toEqual([
			'titre_du_projet',
			'titre_du_projet_2'
		]);
		// A choice starts with two options, to be edited.
		expect(def.sections[0].questions[1].options).toHaveLength(2);
		expect(empty.sections).toEqual([]);
		expect(uniqueKey('2e étape', [])).toBe('question_2e_etape');
	});

	it('moves questions within and across sections, and sections', () => {
		let def = addSection(addSection(empty, { fr: 'A', en: '' }), { fr: 'B', en: '' });
		for (const label of ['Un', 'Deux']) {
			def = addQuestion(def, 0, { kind: 'yes_no', label: { fr: label, en: '' } });
		}
		def = moveQuestion(def, 0, 0, 1);
		expect(def.sections[0].questions.map((q) => q.key)).toEqual(['deux', 'un']);
		def = moveQuestion(def, 0, 1, 1);
		expect(def.sections[1].questions.map((q) => q.key)).toEqual(['un']);
		def = moveSection(def, 1, -1);
		expect(def.sections.map((s) => s.key)).toEqual(['b', 'a']);
		def = removeQuestion(def, 0, 0);
		expect(def.sections[0].questions).toEqual([]);
	});

	it('keeps the key when a question changes', () => {
		let def = addQuestion(addSection(empty, { fr: 'A', en: '' }), 0, {
			kind: 'short_text',
			label: { fr: 'Nom', en: '' }
		});
		def = updateQuestion(def, 0, 0, {
			kind: 'long_text',
			label: { fr: 'Présentation', en: 'Presentation' },
			help: { fr: '', en: '' },
			required: true,
			maxLength: 1500
		});
		expect(def.sections[0].questions[0]).toMatchObject({
			key: 'nom',
			kind: 'long_text',
			maxLength: 1500
		});
	});

	it('reads and writes options one per line', () => {
		const options = parseOptionsText('tpe | Très petite entreprise | Micro company\n\nPME\n');
		expect(options).toEqual([
			{ value: 'tpe', label: { fr: 'Très petite entreprise', en: 'Micro company' } },
			{ value: 'pme', label: { fr: 'PME', en: '' } }
		]);
		expect(formatOptionsText(options)).toBe(
			'tpe | Très petite entreprise | Micro company\npme | PME'
		);
	});
});
