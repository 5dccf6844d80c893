/**
 * The form builder's edits: each takes a form definition and returns a new one (the input is never
 * changed). The back office applies one edit per form post, then saves the result through
 * `saveCallForm`, which checks it. Pure: no database.
 */
import { Invalid } from '../../errors.ts';
import {
	isChoiceKind,
	type ChoiceOption,
	type FormDefinition,
	type Question,
	type QuestionKind,
	type Section
} from './definition.ts';

const clone = (def: FormDefinition): FormDefinition => structuredClone(def);

/** A key for a new question or section: from its label, unique in the form. */
export function uniqueKey(label: string, taken: Iterable<string>, fallback = 'question'): string {
	const base =
		label
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '')
			.slice(0, 40)
			.replace(/_+$/, '') || fallback;
	const start = /^[a-z]/.test(base) ? base : `${fallback}_${base}`;
	const used = new Set(taken);
	if (!used.has(start)) return start;
	for (let i = 2; ; i++) if (!used.has(`${start}_${i}`)) return `${start}_${i}`;
}

const sectionKeys = (def: FormDefinition) => def.sections.map((s) => s.key);
const questionKeys = (def: FormDefinition) =>
	def.sections.flatMap((s) => s.questions.map((q) => q.key));

function section(def: FormDefinition, index: number): Section {
	const s = def.sections[index];
	if (!s) throw new Invalid('calls.builder.error.notFound');
	return s;
}

function move<T>(list: T[], index: number, by: -1 | 1): void {
	const to = index + by;
	if (to < 0 || to >= list.length) return;
	[list[index], list[to]] = [list[to], list[index]];
}

export function addSection(def: FormDefinition, title: { fr: string; en: string }) {
	const next = clone(def);
	next.sections.push({
		key: uniqueKey(title.fr, sectionKeys(def), 'section'),
		title,
		description: { fr: '', en: '' },
		questions: []
	});
	return next;
}

export function updateSection(
	def: FormDefinition,
	index: number,
	patch: Pick<Section, 'title' | 'description'>
) {
	const next = clone(def);
	Object.assign(section(next, index), patch);
	return next;
}

export function moveSection(def: FormDefinition, index: number, by: -1 | 1) {
	const next = clone(def);
	section(next, index);
	move(next.sections, index, by);
	return next;
}

export function removeSection(def: FormDefinition, index: number) {
	const next = clone(def);
	section(next, index);
	next.sections.splice(index, 1);
	return next;
}

export function addQuestion(
	def: FormDefinition,
	sectionIndex: number,
	q: { kind: QuestionKind; label: { fr: string; en: string } }
) {
	const next = clone(def);
	const question: Question = {
		key: uniqueKey(q.label.fr, questionKeys(def)),
		kind: q.kind,
		label: q.label,
		help: { fr: '', en: '' },
		required: false
	};
	if (isChoiceKind(q.kind)) {
		question.options = [
			{ value: 'oui', label: { fr: 'Oui', en: 'Yes' } },
			{ value: 'non', label: { fr: 'Non', en: 'No' } }
		];
	}
	section(next, sectionIndex).questions.push(question);
	return next;
}

function question(def: FormDefinition, s: number, q: number): Question {
	const found = section(def, s).questions[q];
	if (!found) throw new Invalid('calls.builder.error.notFound');
	return found;
}

/** Replaces a question's settings; its key stays (answers are stored under it). */
export function updateQuestion(
	def: FormDefinition,
	s: number,
	q: number,
	settings: Omit<Question, 'key'>
) {
	const next = clone(def);
	const { key } = question(next, s, q);
	next.sections[s].questions[q] = { key, ...settings };
	return next;
}

/** Moves a question within its section, or to the end/start of the next/previous section. */
export function moveQuestion(def: FormDefinition, s: number, q: number, by: -1 | 1) {
	const next = clone(def);
	question(next, s, q);
	const list = next.sections[s].questions;
	const to = q + by;
	if (to >= 0 && to < list.length) {
		move(list, q, by);
	} else if (next.sections[s + by]) {
		const [moved] = list.splice(q, 1);
		if (by === 1) next.sections[s + 1].questions.unshift(moved);
		else next.sections[s - 1].questions.push(moved);
	}
	return next;
}

export function removeQuestion(def: FormDefinition, s: number, q: number) {
	const next = clone(def);
	question(next, s, q);
	next.sections[s].questions.splice(q, 1);
	return next;
}

/**
 * Choice options as the builder's text area shows them: one per line, `valeur | libellé` or
 * `valeur | libellé | English label`; a line with only a label gets a value derived from it.
 */
export function parseOptionsText(text: string): ChoiceOption[] {
	const options: ChoiceOption[] = [];
	const taken: string[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim()) continue;
		const parts = line.split('|').map((p) => p.trim());
		const [rawValue, rawFr, en] = parts.length === 1 ? ['', parts[0], ''] : parts;
		const fr = rawFr || rawValue;
		let value = rawValue;
		if (!value) value = uniqueKey(fr, taken, 'option');
		taken.push(value);
		options.push({ value, label: { fr, en: en ?? '' } });
	}
	return options;
}

export function formatOptionsText(options: readonly ChoiceOption[] | undefined): string {
	return (options ?? [])
		.map((o) => [o.value, o.label.fr, ...(o.label.en ? [o.label.en] : [])].join(' | '))
		.join('\n');
}
