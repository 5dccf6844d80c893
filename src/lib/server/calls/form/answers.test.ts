import { describe, expect, it } from 'vitest';
import { translator } from '../../../i18n/index.ts';
import {
	ANSWERS_FORM_ERROR,
	ANSWER_PROBLEMS,
	answerFieldErrors,
	answersAreValid,
	answersFromForm,
	cleanText,
	countCharacters,
	parseDate,
	parseNumber,
	validateAnswers,
	type FormLists
} from './answers.ts';
import { DEFAULT_QVCT_THEMES } from './defaults.ts';
import { formDefinition, type FormDefinition } from './definition.ts';

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

const lists: FormLists = {
	qvct_themes: DEFAULT_QVCT_THEMES,
	typology: [
		{
			value: 'application_sensibilisation',
			label: { fr: 'Application de sensibilisation', en: '' }
		},
		{ value: 'outil_conduite_changement', label: { fr: 'Outil de conduite du changement', en: '' } }
	]
};

const def = form({
	projet: [
		{ key: 'titre', kind: 'short_text', required: true, maxLength: 20 },
		{ key: 'resume', kind: 'long_text', maxLength: 50 },
		{ key: 'etape', kind: 'stage' },
		{ key: 'themes', kind: 'qvct_themes' },
		{ key: 'typologie', kind: 'typology' },
		{ key: 'canal', kind: 'single_choice', options: options('aract', 'reseau', 'presse') },
		{ key: 'salaries', kind: 'number', min: 0, max: 5000 },
		{ key: 'budget', kind: 'number' },
		{ key: 'demarrage', kind: 'date' },
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
		{ key: 'plaquette', kind: 'file', accept: ['application/pdf'] }
	]
});

describe('countCharacters', () => {
	it('counts what a person sees, not UTF-16 units', () => {
		expect(countCharacters('QVCT')).toBe(4);
		expect(countCharacters('été')).toBe(3);
		expect(countCharacters('e\u0301te\u0301')).toBe(3); // decomposed accents
		expect('👩‍👩‍👧‍👦'.length).toBe(11);
		expect(countCharacters('👩‍👩‍👧‍👦')).toBe(1);
		expect(countCharacters('🇫🇷 Bravo 👍🏽')).toBe(9);
	});
});

describe('parsing helpers', () => {
	it('reads numbers with a French decimal comma and spaces between thousands', () => {
		expect(parseNumber('12')).toBe(12);
		expect(parseNumber('3,5')).toBe(3.5);
		expect(parseNumber('-0,75')).toBe(-0.75);
		expect(parseNumber('1 200,50')).toBe(1200.5);
		expect(parseNumber('1\u202f200')).toBe(1200);
		expect(parseNumber('0.25')).toBe(0.25);
		expect(parseNumber('douze')).toBeNull();
		expect(parseNumber('1,2,3')).toBeNull();
		expect(parseNumber('1e400')).toBeNull();
		expect(parseNumber('')).toBeNull();
	});

	it('reads dates as ISO or French, and only real ones', () => {
		expect(parseDate('2026-09-01')).toBe('2026-09-01');
		expect(parseDate('1/9/2026')).toBe('2026-09-01');
		expect(parseDate('29/02/2028')).toBe('2028-02-29');
		expect(parseDate('29/02/2027')).toBeNull();
		expect(parseDate('2026-13-01')).toBeNull();
		expect(parseDate('demain')).toBeNull();
	});

	it('cleans text: line breaks, control characters, surrounding spaces', () => {
		expect(cleanText('  Bonjour\r\nà tous\u0000 \t')).toBe('Bonjour\nà tous');
	});
});

describe('answersFromForm', () => {
	it('types the answers of an HTML form', () => {
		const fd = new FormData();
		fd.append('titre', '  Baromètre QVCT  ');
		fd.append('resume', 'Ligne 1\r\nLigne 2');
		fd.append('etape', 'prototype');
		fd.append('themes', 'sante_travail');
		fd.append('themes', 'dialogue_social');
		fd.append('themes', 'sante_travail');
		fd.append('canal', 'aract');
		fd.append('salaries', '1 250');
		fd.append('budget', '12 500,50');
		fd.append('demarrage', '2026-09-01');
		fd.append('a_partenaires', 'oui');
		fd.append('partenaires', 'universite');
		fd.append('plaquette', 'att_123');
		fd.append('csrf', 'ignored');
		fd.append('laboratoire', '');
		expect(answersFromForm(def, fd)).toEqual({
			titre: 'Baromètre QVCT',
			resume: 'Ligne 1\nLigne 2',
			etape: 'prototype',
			themes: ['sante_travail', 'dialogue_social'],
			canal: 'aract',
			salaries: 1250,
			budget: 12500.5,
			demarrage: '2026-09-01',
			a_partenaires: true,
			partenaires: ['universite'],
			plaquette: [{ attachmentId: 'att_123' }]
		});
	});

	it('reads yes/no in French and English, and a plain record', () => {
		expect(answersFromForm(def, { a_partenaires: 'non' })).toEqual({ a_partenaires: false });
		expect(answersFromForm(def, { a_partenaires: 'TRUE' })).toEqual({ a_partenaires: true });
		expect(answersFromForm(def, { a_partenaires: 'false' })).toEqual({ a_partenaires: false });
		expect(answersFromForm(def, { themes: ['sante_travail', ''], titre: '   ' })).toEqual({
			themes: ['sante_travail']
		});
	});

	it('keeps what cannot be typed as typed, for validation to report', () => {
		const answers = answersFromForm(def, {
			salaries: 'beaucoup',
			a_partenaires: 'peut-être',
			demarrage: '31/02/2026'
		});
		expect(answers).toEqual({
			salaries: 'beaucoup',
			a_partenaires: 'peut-être',
			demarrage: '31/02/2026'
		});
		const v = validateAnswers(def, answers, lists);
		expect(v.errors).toEqual({
			salaries: [{ key: ANSWER_PROBLEMS.notANumber }],
			a_partenaires: [{ key: ANSWER_PROBLEMS.notYesNo }],
			demarrage: [{ key: ANSWER_PROBLEMS.invalidDate }]
		});
	});

	it('ignores uploaded File entries (files travel as attachments first)', () => {
		const fd = new FormData();
		fd.append('plaquette', new Blob(['%PDF']), 'plaquette.pdf');
		expect(answersFromForm(def, fd)).toEqual({});
	});
});

describe('validateAnswers', () => {
	it('accepts valid answers and returns them cleaned, in form order', () => {
		const v = validateAnswers(
			def,
			{
				plaquette: { attachmentId: 'att_1' },
				titre: '  Baromètre QVCT ',
				themes: ['sante_travail', 'sante_travail'],
				typologie: ['outil_conduite_changement'],
				salaries: 42,
				a_partenaires: true,
				partenaires: ['universite'],
				laboratoire: 'LIRSA'
			},
			lists
		);
		expect(answersAreValid(v)).toBe(true);
		expect(v.answers).toEqual({
			titre: 'Baromètre QVCT',
			themes: ['sante_travail'],
			typologie: ['outil_conduite_changement'],
			salaries: 42,
			a_partenaires: true,
			partenaires: ['universite'],
			laboratoire: 'LIRSA',
			plaquette: [{ attachmentId: 'att_1' }]
		});
		expect(Object.keys(v.answers)[0]).toBe('titre');
	});

	it('counts text length in graphemes: accents and emoji are one character each', () => {
		// 20 graphemes, far more UTF-16 units: accepted at maxLength 20.
		const twenty = 'Équipe 👩‍👩‍👧‍👦 santé 🇫🇷 été';
		expect(twenty.length).toBeGreaterThan(30);
		expect(countCharacters(twenty)).toBe(20);
		expect(validateAnswers(def, { titre: twenty }, lists).errors).toEqual({});
		expect(validateAnswers(def, { titre: twenty + 'é' }, lists).errors).toEqual({
			titre: [{ key: ANSWER_PROBLEMS.tooLong, params: { max: 20, length: 21 } }]
		});
	});

	it('applies the default maximum length when the question has none', () => {
		const d = form({
			s: [
				{ key: 'nom', kind: 'short_text' },
				{ key: 'texte', kind: 'long_text' }
			]
		});
		expect(
			validateAnswers(d, { nom: 'a'.repeat(200), texte: 'b'.repeat(5000) }, lists).errors
		).toEqual({});
		expect(validateAnswers(d, { nom: 'a'.repeat(201) }, lists).errors.nom[0].params).toEqual({
			max: 200,
			length: 201
		});
	});

	it('checks numbers and their bounds', () => {
		expect(validateAnswers(def, { salaries: -1 }, lists).errors).toEqual({
			salaries: [{ key: ANSWER_PROBLEMS.belowMin, params: { min: 0 } }]
		});
		expect(validateAnswers(def, { salaries: 5001 }, lists).errors).toEqual({
			salaries: [{ key: ANSWER_PROBLEMS.aboveMax, params: { max: 5000 } }]
		});
		expect(validateAnswers(def, { salaries: '12' }, lists).errors.salaries).toEqual([
			{ key: ANSWER_PROBLEMS.notANumber }
		]);
		expect(validateAnswers(def, { budget: Number.NaN }, lists).errors.budget).toBeDefined();
		expect(validateAnswers(def, { budget: -1e9 }, lists).errors).toEqual({});
	});

	it('checks options against the question, the programme lists and the stages', () => {
		const v = validateAnswers(
			def,
			{
				canal: 'facebook',
				etape: 'industrialiser',
				themes: ['sante_travail', 'teletravail'],
				typologie: ['application_sensibilisation']
			},
			lists
		);
		expect(v.errors).toEqual({
			canal: [{ key: ANSWER_PROBLEMS.unknownOption }],
			etape: [{ key: ANSWER_PROBLEMS.unknownOption }],
			themes: [{ key: ANSWER_PROBLEMS.unknownOption }]
		});
		expect(v.answers).toEqual({ typologie: ['application_sensibilisation'] });
	});

	it('checks dates', () => {
		expect(validateAnswers(def, { demarrage: '2026-09-01' }, lists).answers).toEqual({
			demarrage: '2026-09-01'
		});
		for (const bad of ['2026-02-30', '01/09/2026', '2026-9-1', 20260901]) {
			expect(validateAnswers(def, { demarrage: bad }, lists).errors.demarrage).toEqual([
				{ key: ANSWER_PROBLEMS.invalidDate }
			]);
		}
	});

	it('drops answers to unknown and hidden questions without error, even invalid ones', () => {
		const v = validateAnswers(
			def,
			{
				a_partenaires: false,
				partenaires: ['universite'],
				laboratoire: 'x'.repeat(500),
				champ_inconnu: 'bonjour'
			},
			lists
		);
		expect(v.errors).toEqual({});
		expect(v.answers).toEqual({ a_partenaires: false });
		expect(v.dropped.sort()).toEqual(['champ_inconnu', 'laboratoire', 'partenaires']);
	});

	it('an invalid answer does not reveal the questions that depend on it', () => {
		const v = validateAnswers(def, { a_partenaires: 'oui', partenaires: ['universite'] }, lists);
		expect(v.errors).toEqual({ a_partenaires: [{ key: ANSWER_PROBLEMS.notYesNo }] });
		expect(v.answers).toEqual({});
		expect(v.dropped).toEqual(['partenaires']);
	});

	it('treats empty values as no answer', () => {
		const v = validateAnswers(
			def,
			{ titre: '   ', themes: [], salaries: null, resume: '\r\n', plaquette: [] },
			lists
		);
		expect(v).toEqual({ answers: {}, errors: {}, dropped: [] });
	});

	it('never crashes on JSON junk', () => {
		const junk: unknown[] = [
			'réponses',
			42,
			[1, 2],
			true,
			{ titre: { fr: 'x' } },
			{ titre: ['a'] },
			{ themes: 'sante_travail' },
			{ themes: [1, 2] },
			{ themes: [null] },
			{ canal: ['aract'] },
			{ a_partenaires: 'true' },
			{ salaries: { value: 3 } },
			{ salaries: Infinity },
			{ plaquette: 'att_1' },
			{ plaquette: [{ id: 'att_1' }] },
			{ plaquette: [{ attachmentId: 12 }] },
			{ plaquette: [null] },
			{ plaquette: [{ attachmentId: '' }] },
			{ demarrage: { y: 2026 } },
			JSON.parse('{"__proto__": {"titre": "x"}, "constructor": "y"}')
		];
		for (const input of junk) {
			const v = validateAnswers(def, input, lists);
			expect(v.answers).toEqual({});
		}
		expect(validateAnswers(def, 'réponses', lists).errors).toEqual({
			[ANSWERS_FORM_ERROR]: [{ key: ANSWER_PROBLEMS.notAnObject }]
		});
		expect(validateAnswers(def, { titre: 3 }, lists).errors).toEqual({
			titre: [{ key: ANSWER_PROBLEMS.notText }]
		});
		expect(validateAnswers(def, { themes: 'sante_travail' }, lists).errors).toEqual({
			themes: [{ key: ANSWER_PROBLEMS.notAList }]
		});
		expect(validateAnswers(def, { canal: ['aract'] }, lists).errors).toEqual({
			canal: [{ key: ANSWER_PROBLEMS.notAChoice }]
		});
		expect(validateAnswers(def, { plaquette: [{ id: 'x' }] }, lists).errors).toEqual({
			plaquette: [{ key: ANSWER_PROBLEMS.invalidFile }]
		});
		expect(validateAnswers(def, null, lists)).toEqual({ answers: {}, errors: {}, dropped: [] });
	});

	it('limits the number of files, and deduplicates them', () => {
		const many = Array.from({ length: 21 }, (_, i) => ({ attachmentId: `att_${i}` }));
		expect(validateAnswers(def, { plaquette: many }, lists).errors.plaquette[0]).toEqual({
			key: ANSWER_PROBLEMS.tooManyFiles,
			params: { max: 20 }
		});
		expect(
			validateAnswers(
				def,
				{ plaquette: [{ attachmentId: 'a' }, { attachmentId: 'a', extra: 1 }] },
				lists
			).answers
		).toEqual({ plaquette: [{ attachmentId: 'a' }] });
	});

	it('keeps HTML and script as plain text (escaping is the page’s job)', () => {
		const v = validateAnswers(def, { titre: '<script>x</script>' }, lists);
		expect(v.answers.titre).toBe('<script>x</script>');
	});
});

describe('answerFieldErrors', () => {
	it('translates problems with their parameters, under answers.<key>', () => {
		const t = translator('fr');
		const v = validateAnswers(def, { titre: 'x'.repeat(25), salaries: 9999 }, lists);
		expect(answerFieldErrors(v.errors, t)).toEqual({
			'answers.titre': ['Ce texte compte 25 caractères ; 20 au plus sont acceptés.'],
			'answers.salaries': ['Saisissez un nombre inférieur ou égal à 5000.']
		});
		expect(answerFieldErrors(validateAnswers(def, 1, lists).errors, t)).toEqual({
			answers: ['Les réponses doivent être un objet dont chaque clé est une question.']
		});
	});

	it('every problem is translated in both languages', () => {
		for (const locale of ['fr', 'en'] as const) {
			const t = translator(locale);
			for (const key of Object.values(ANSWER_PROBLEMS)) expect(t(key)).not.toBe(key);
		}
	});
});
