/**
 * What is still missing before an application can be submitted: the required questions that are
 * visible (given the answers) and have no answer, in form order, with what a page needs to list
 * them and link to each field. Pure: no database.
 *
 * It looks at presence only: the answers are expected to have been checked by `validateAnswers`.
 * `false` is an answer (to a yes/no question); '', whitespace, [] and null are not.
 */
import { allQuestions, type FormDefinition, type Localized } from './definition.ts';
import { visibilityMap, type AnyAnswers } from './visibility.ts';

export type MissingAnswer = {
	sectionKey: string;
	sectionTitle: Localized;
	questionKey: string;
	label: Localized;
};

/** Does this value count as an answer? */
export function hasAnswer(value: unknown): boolean {
	if (value === undefined || value === null) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (Array.isArray(value)) return value.length > 0;
	if (typeof value === 'number') return Number.isFinite(value);
	return typeof value === 'boolean' || typeof value === 'object';
}

/** The required visible questions without an answer, in form order. */
export function missingAnswers(def: FormDefinition, answers: AnyAnswers): MissingAnswer[] {
	const visible = visibilityMap(def, answers);
	const seen = new Set<string>();
	const missing: MissingAnswer[] = [];
	for (const { question, sectionIndex, sectionKey } of allQuestions(def)) {
		if (seen.has(question.key)) continue;
		seen.add(question.key);
		if (!question.required || !visible.get(question.key)) continue;
		if (Object.hasOwn(answers, question.key) && hasAnswer(answers[question.key])) continue;
		missing.push({
			sectionKey,
			sectionTitle: def.sections[sectionIndex].title,
			questionKey: question.key,
			label: question.label
		});
	}
	return missing;
}

/** Is every required visible question answered? */
export function isComplete(def: FormDefinition, answers: AnyAnswers): boolean {
	return missingAnswers(def, answers).length === 0;
}
