/**
 * Which questions an applicant sees, given the answers so far. Pure: no database.
 *
 * A question without a condition is always visible. A question with `showIf` is visible when the
 * question it depends on is itself visible AND that question's answer equals the expected value
 * (for a question answered with a list — multiple choice, QVCT themes, typology — "equals" means
 * "contains"). So conditions cascade: hiding a question hides every question that depends on it,
 * whatever its stored answer. Hidden questions are never required and their answers are ignored.
 *
 * Definitions are expected to have passed `checkDefinition`; for one that has not, a condition on
 * an unknown question, on a later question or on itself simply hides the question (no crash, no
 * loop).
 */
import { allQuestions, type FormDefinition, type Question, type ShowIf } from './definition.ts';

/** Answers as they come: anything keyed by question key (typed answers or raw JSON). */
export type AnyAnswers = Readonly<Record<string, unknown>>;

/** Does `answer` satisfy the condition's expected value? */
export function answerMatches(answer: unknown, equals: ShowIf['equals']): boolean {
	if (Array.isArray(answer)) return answer.some((v) => v === equals);
	if (typeof answer === 'string' && typeof equals === 'string') {
		return answer.trim() === equals.trim();
	}
	return answer === equals;
}

/** The visibility of every question of the form, by key. */
export function visibilityMap(def: FormDefinition, answers: AnyAnswers): Map<string, boolean> {
	const visible = new Map<string, boolean>();
	for (const { question } of allQuestions(def)) {
		if (visible.has(question.key)) continue; // a duplicate key: the first one decides
		const cond = question.showIf;
		if (!cond) {
			visible.set(question.key, true);
			continue;
		}
		// Only earlier questions are known here, so a condition on itself or on a later question
		// hides the question.
		const targetVisible = visible.get(cond.question) === true;
		visible.set(
			question.key,
			targetVisible && Object.hasOwn(answers, cond.question)
				? answerMatches(answers[cond.question], cond.equals)
				: false
		);
	}
	return visible;
}

/** Is the question `key` shown? An unknown key is not. */
export function isVisible(def: FormDefinition, answers: AnyAnswers, key: string): boolean {
	return visibilityMap(def, answers).get(key) === true;
}

/** The visible questions, in form order. */
export function visibleQuestions(def: FormDefinition, answers: AnyAnswers): Question[] {
	const visible = visibilityMap(def, answers);
	const seen = new Set<string>();
	const out: Question[] = [];
	for (const { question } of allQuestions(def)) {
		if (seen.has(question.key)) continue;
		seen.add(question.key);
		if (visible.get(question.key)) out.push(question);
	}
	return out;
}
