/**
 * Answers to an application form: their types per question kind, reading them from an HTML form,
 * and checking them (from a form or from JSON sent to the API). Pure: no database.
 *
 * Answer value per kind:
 * - short_text, long_text: string (trimmed, line breaks as "\n");
 * - single_choice, stage: string (an option value; for stage one of STAGES);
 * - multiple_choice, qvct_themes, typology: string[] (option values, no duplicates, at least one);
 * - number: number (finite);
 * - date: string 'YYYY-MM-DD' (a real calendar date);
 * - yes_no: boolean;
 * - file: FileAnswer[] — always an array of `{ attachmentId }`, even for one file (a single
 *   `{ attachmentId }` object is accepted as input and wrapped). That the attachments exist and
 *   belong to the application is checked by the calls domain, not here.
 *
 * "No answer" is the absence of the key: '', whitespace, [] and null all mean "no answer" and are
 * removed. Whether a required question is answered is `missingAnswers`' business (completeness.ts),
 * at submission; a draft may be incomplete.
 */
import {
	DEFAULT_MAX_LENGTH,
	STAGES,
	allQuestions,
	type FormDefinition,
	type Localized,
	type Question
} from './definition.ts';
import { visibilityMap } from './visibility.ts';

export type FileAnswer = { attachmentId: string };
export type AnswerValue = string | string[] | number | boolean | FileAnswer[];
/** Answers by question key. */
export type Answers = Record<string, AnswerValue>;

/** The options of the programme's editable lists (values are what answers store). */
export type ListOption = { value: string; label?: Localized | string };
export type FormLists = {
	qvct_themes: readonly ListOption[];
	typology: readonly ListOption[];
};

/**
 * A problem with one answer: an i18n key (messages in `applications.ts`, prefix `formAnswer.`) and,
 * for some, parameters to fill in (`{ max: 200, length: 215 }` for a text that is too long).
 */
export type AnswerProblem = { key: AnswerProblemKey; params?: Record<string, string | number> };

export const ANSWER_PROBLEMS = {
	notAnObject: 'formAnswer.notAnObject',
	notText: 'formAnswer.notText',
	tooLong: 'formAnswer.tooLong',
	notAChoice: 'formAnswer.notAChoice',
	unknownOption: 'formAnswer.unknownOption',
	notAList: 'formAnswer.notAList',
	notANumber: 'formAnswer.notANumber',
	belowMin: 'formAnswer.belowMin',
	aboveMax: 'formAnswer.aboveMax',
	invalidDate: 'formAnswer.invalidDate',
	notYesNo: 'formAnswer.notYesNo',
	invalidFile: 'formAnswer.invalidFile',
	tooManyFiles: 'formAnswer.tooManyFiles'
} as const;
export type AnswerProblemKey = (typeof ANSWER_PROBLEMS)[keyof typeof ANSWER_PROBLEMS];
const A = ANSWER_PROBLEMS;

/**
 * Where problems with the answers as a whole (not an object at all) are reported. Question keys
 * start with a letter, so this never names a question.
 */
export const ANSWERS_FORM_ERROR = '_answers';

/** At most this many files per file question. */
export const MAX_FILES_PER_QUESTION = 20;

// ---------------------------------------------------------------------------------------------
// Counting characters as a person would

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/**
 * Number of characters as a person counts them: grapheme clusters, so « é » written as e + accent,
 * a flag or a family emoji count as one.
 */
export function countCharacters(text: string): number {
	let n = 0;
	for (const _ of graphemes.segment(text)) n++;
	return n;
}

/** The maximum length of a text question (its own or the default of its kind). */
export function maxLengthOf(q: Question): number {
	if (q.maxLength !== undefined) return q.maxLength;
	return q.kind === 'long_text' ? DEFAULT_MAX_LENGTH.long_text : DEFAULT_MAX_LENGTH.short_text;
}

/**
 * Text as stored: line breaks as "\n", surrounding spaces removed, control characters removed
 * (except tab and line feed; PostgreSQL refuses NUL in text and JSON).
 */
export function cleanText(text: string): string {
	let out = '';
	for (const c of text.replace(/\r\n?/g, '\n')) {
		const code = c.codePointAt(0) ?? 0;
		if ((code < 0x20 && c !== '\n' && c !== '\t') || code === 0x7f) continue;
		out += c;
	}
	return out.trim();
}

// ---------------------------------------------------------------------------------------------
// Reading an HTML form

type FormInput = FormData | Readonly<Record<string, string | readonly string[] | undefined>>;

function formValues(form: FormInput, key: string): string[] {
	if (typeof FormData !== 'undefined' && form instanceof FormData) {
		return form.getAll(key).filter((v): v is string => typeof v === 'string');
	}
	const v = (form as Readonly<Record<string, unknown>>)[key];
	if (typeof v === 'string') return [v];
	if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
	return [];
}

const YES = new Set(['oui', 'true', 'yes', 'on', '1']);
const NO = new Set(['non', 'false', 'no', 'off', '0']);

/**
 * A number as a person types it in French or English: « 12 », « -3,5 », « 1 200,50 » (spaces,
 * non-breaking spaces as thousands separators), « 0.75 ». Null when it is not one.
 */
export function parseNumber(text: string): number | null {
	const v = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v)) return null;
	const n = Number(v);
	return Number.isFinite(n) ? n : null;
}

/** 'YYYY-MM-DD' from 'YYYY-MM-DD' or the French 'JJ/MM/AAAA'; null when neither. */
export function parseDate(text: string): string | null {
	const v = text.trim();
	let iso: string | null = null;
	if (/^\d{4}-\d{2}-\d{2}$/.test(v)) iso = v;
	else {
		const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
		if (m) iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
	}
	return iso && isRealDate(iso) ? iso : null;
}

function isRealDate(iso: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return (
		y >= 1 &&
		date.getUTCFullYear() === y &&
		date.getUTCMonth() === mo - 1 &&
		date.getUTCDate() === d
	);
}

/**
 * The answers an HTML form carries, typed. The field name of each answer is its question key;
 * checkboxes repeat the key; yes/no comes as 'oui'/'non' (or 'true'/'false'); numbers may use a
 * decimal comma; dates come as 'YYYY-MM-DD' (or 'JJ/MM/AAAA'); a file question's field carries the
 * ids of the attachments already uploaded (hidden inputs). Empty fields are no answer, other fields
 * are ignored.
 *
 * A value that cannot be typed (« douze » for a number, « peut-être » for yes/no, a wrong date) is
 * kept as the string typed so that `validateAnswers` reports it and the form can show it again.
 * Unticked checkboxes send nothing: the result is the complete set of the form's answers and
 * should replace, not be merged into, the previous ones for the questions the form shows.
 */
export function answersFromForm(def: FormDefinition, form: FormInput): Answers {
	const answers: Answers = {};
	for (const { question: q } of allQuestions(def)) {
		if (Object.hasOwn(answers, q.key)) continue;
		const values = formValues(form, q.key)
			.map((v) => (q.kind === 'long_text' || q.kind === 'short_text' ? cleanText(v) : v.trim()))
			.filter((v) => v !== '');
		if (values.length === 0) continue;
		const first = values[0];
		switch (q.kind) {
			case 'short_text':
			case 'long_text':
			case 'single_choice':
			case 'stage':
				answers[q.key] = first;
				break;
			case 'multiple_choice':
			case 'qvct_themes':
			case 'typology':
				answers[q.key] = [...new Set(values)];
				break;
			case 'number':
				answers[q.key] = parseNumber(first) ?? first;
				break;
			case 'date':
				answers[q.key] = parseDate(first) ?? first;
				break;
			case 'yes_no': {
				const v = first.toLowerCase();
				answers[q.key] = YES.has(v) ? true : NO.has(v) ? false : first;
				break;
			}
			case 'file':
				answers[q.key] = [...new Set(values)].map((attachmentId) => ({ attachmentId }));
				break;
		}
	}
	return answers;
}

// ---------------------------------------------------------------------------------------------
// Checking answers

export type AnswerValidation = {
	/** The valid answers of known, visible questions (others dropped), in form order. */
	answers: Answers;
	/** Problems by question key (and under ANSWERS_FORM_ERROR for the whole). Empty when valid. */
	errors: Record<string, AnswerProblem[]>;
	/** Keys of the answers removed because their question is unknown or hidden. */
	dropped: string[];
};

const isEmpty = (v: unknown) =>
	v === undefined ||
	v === null ||
	(typeof v === 'string' && v.trim() === '') ||
	(Array.isArray(v) && v.length === 0);

type Checked = { value: AnswerValue } | { problems: AnswerProblem[] } | { empty: true };

function optionValues(q: Question, lists: FormLists): readonly string[] {
	switch (q.kind) {
		case 'single_choice':
		case 'multiple_choice':
			return (q.options ?? []).map((o) => o.value);
		case 'qvct_themes':
			return (lists.qvct_themes ?? []).map((o) => o.value);
		case 'typology':
			return (lists.typology ?? []).map((o) => o.value);
		case 'stage':
			return STAGES;
		default:
			return [];
	}
}

function checkOne(q: Question, raw: unknown, lists: FormLists): Checked {
	if (isEmpty(raw)) return { empty: true };
	const fail = (key: AnswerProblemKey, params?: AnswerProblem['params']): Checked => ({
		problems: [params ? { key, params } : { key }]
	});
	switch (q.kind) {
		case 'short_text':
		case 'long_text': {
			if (typeof raw !== 'string') return fail(A.notText);
			const text = cleanText(raw);
			if (text === '') return { empty: true };
			const max = maxLengthOf(q);
			const length = countCharacters(text);
			if (length > max) return fail(A.tooLong, { max, length });
			return { value: text };
		}
		case 'single_choice':
		case 'stage': {
			if (typeof raw !== 'string') return fail(A.notAChoice);
			const v = raw.trim();
			return optionValues(q, lists).includes(v) ? { value: v } : fail(A.unknownOption);
		}
		case 'multiple_choice':
		case 'qvct_themes':
		case 'typology': {
			if (!Array.isArray(raw) || raw.some((v) => typeof v !== 'string')) return fail(A.notAList);
			const values = [...new Set((raw as string[]).map((v) => v.trim()).filter((v) => v !== ''))];
			if (values.length === 0) return { empty: true };
			const known = optionValues(q, lists);
			if (values.some((v) => !known.includes(v))) return fail(A.unknownOption);
			return { value: values };
		}
		case 'number': {
			if (typeof raw !== 'number' || !Number.isFinite(raw)) return fail(A.notANumber);
			if (q.min !== undefined && raw < q.min) return fail(A.belowMin, { min: q.min });
			if (q.max !== undefined && raw > q.max) return fail(A.aboveMax, { max: q.max });
			return { value: raw };
		}
		case 'date': {
			if (typeof raw !== 'string' || !isRealDate(raw.trim())) return fail(A.invalidDate);
			return { value: raw.trim() };
		}
		case 'yes_no':
			return typeof raw === 'boolean' ? { value: raw } : fail(A.notYesNo);
		case 'file': {
			const list = Array.isArray(raw) ? raw : [raw];
			const ids: string[] = [];
			for (const item of list) {
				if (
					typeof item !== 'object' ||
					item === null ||
					Array.isArray(item) ||
					typeof (item as { attachmentId?: unknown }).attachmentId !== 'string'
				) {
					return fail(A.invalidFile);
				}
				const id = (item as { attachmentId: string }).attachmentId.trim();
				if (id === '' || id.length > 200) return fail(A.invalidFile);
				if (!ids.includes(id)) ids.push(id);
			}
			if (ids.length > MAX_FILES_PER_QUESTION) {
				return fail(A.tooManyFiles, { max: MAX_FILES_PER_QUESTION });
			}
			return { value: ids.map((attachmentId) => ({ attachmentId })) };
		}
		default:
			return fail(A.notAnObject);
	}
}

/**
 * Checks answers against the form: each answer must have the type of its question's kind and
 * respect its limits (text length in characters as a person counts them, number bounds, known
 * options — `lists` gives the programme's QVCT themes and typology; stage uses STAGES —, real
 * dates). Answers to unknown questions, and to questions hidden by a condition, are dropped
 * without error (visibility is computed from the valid answers). Any input is accepted: JSON junk
 * gives errors, never an exception.
 *
 * Invalid answers are not in `answers`: the caller shows the submitted values again with the
 * errors, or refuses the save.
 */
export function validateAnswers(
	def: FormDefinition,
	input: unknown,
	lists: FormLists
): AnswerValidation {
	const errors: Record<string, AnswerProblem[]> = {};
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		if (input === undefined || input === null) return { answers: {}, errors, dropped: [] };
		return { answers: {}, errors: { [ANSWERS_FORM_ERROR]: [{ key: A.notAnObject }] }, dropped: [] };
	}
	const raw = input as Record<string, unknown>;
	const questions = new Map<string, Question>();
	for (const { question } of allQuestions(def)) {
		if (!questions.has(question.key)) questions.set(question.key, question);
	}

	const valid: Answers = {};
	const problems: Record<string, AnswerProblem[]> = {};
	for (const [key, q] of questions) {
		if (!Object.hasOwn(raw, key)) continue;
		const checked = checkOne(q, raw[key], lists);
		if ('value' in checked) valid[key] = checked.value;
		else if ('problems' in checked) problems[key] = checked.problems;
	}

	const visible = visibilityMap(def, valid);
	const answers: Answers = {};
	for (const key of questions.keys()) {
		if (!visible.get(key)) continue;
		if (Object.hasOwn(valid, key)) answers[key] = valid[key];
		if (problems[key]) errors[key] = problems[key];
	}
	const dropped = Object.keys(raw).filter(
		(key) => !isEmpty(raw[key]) && (!questions.has(key) || !visible.get(key))
	);
	return { answers, errors, dropped };
}

/** Whether a validation found no problem. */
export function answersAreValid(v: AnswerValidation): boolean {
	return Object.keys(v.errors).length === 0;
}

/**
 * The problems as field errors (`answers.<key>` → messages), translated with `t` — what the edge
 * puts into an `Invalid` or a form failure.
 */
export function answerFieldErrors(
	errors: Record<string, AnswerProblem[]>,
	t: (key: AnswerProblemKey, params?: Record<string, string | number>) => string,
	prefix = 'answers.'
): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [key, list] of Object.entries(errors)) {
		out[key === ANSWERS_FORM_ERROR ? 'answers' : prefix + key] = list.map((p) =>
			t(p.key, p.params)
		);
	}
	return out;
}
