/**
 * The rules a form definition must follow beyond its shape (the Zod schema in `definition.ts`):
 * unique keys, options where they belong, sensible bounds, known file types, and conditions that
 * point backwards to a question whose answer can equal the expected value. Pure: no database.
 *
 * `checkDefinition` returns every problem found (an empty list means the form is valid), each with
 * the path of the faulty field (`sections.1.questions.3.options`) and an i18n key (messages in
 * `src/lib/i18n/messages/applications.ts`, prefix `formCheck.`).
 */
import {
	STAGES,
	allQuestions,
	isAcceptedMimeType,
	isChoiceKind,
	isTextKind,
	type FormDefinition,
	type Question,
	type ShowIf
} from './definition.ts';

export type DefinitionProblem = { path: string; message: string };

/**
 * Identifiers a question may not take. A question's identifier is the name of its field in the
 * holder's form: a name such as `action` or `submit` would hide the form element's own property
 * of that name in the browser (and break sending the form), and the draft page's other fields
 * (`revision`, `email`, `reason`, `attach`) must keep theirs. Only lower-case names matter: keys
 * have no capitals.
 */
export const RESERVED_QUESTION_KEYS: ReadonlySet<string> = new Set([
	// HTMLFormElement, HTMLElement, Element and Node properties in lower case
	'action',
	'attributes',
	'autocomplete',
	'autofocus',
	'children',
	'dataset',
	'dir',
	'draggable',
	'elements',
	'encoding',
	'enctype',
	'hidden',
	'id',
	'inert',
	'lang',
	'length',
	'method',
	'name',
	'nonce',
	'onreset',
	'onsubmit',
	'part',
	'popover',
	'prefix',
	'rel',
	'reset',
	'slot',
	'style',
	'submit',
	'target',
	'title',
	'translate',
	// the draft page's own fields
	'attach',
	'email',
	'reason',
	'revision'
]);

/** The i18n keys `checkDefinition` may return. */
export const DEFINITION_PROBLEMS = {
	duplicateSectionKey: 'formCheck.duplicateSectionKey',
	duplicateQuestionKey: 'formCheck.duplicateQuestionKey',
	reservedQuestionKey: 'formCheck.reservedQuestionKey',
	tooFewOptions: 'formCheck.tooFewOptions',
	duplicateOptionValue: 'formCheck.duplicateOptionValue',
	optionsNotAllowed: 'formCheck.optionsNotAllowed',
	boundsNotAllowed: 'formCheck.boundsNotAllowed',
	minAboveMax: 'formCheck.minAboveMax',
	maxLengthNotAllowed: 'formCheck.maxLengthNotAllowed',
	acceptNotAllowed: 'formCheck.acceptNotAllowed',
	maxBytesNotAllowed: 'formCheck.maxBytesNotAllowed',
	unknownFileType: 'formCheck.unknownFileType',
	showIfSelf: 'formCheck.showIfSelf',
	showIfUnknown: 'formCheck.showIfUnknown',
	showIfNotEarlier: 'formCheck.showIfNotEarlier',
	showIfKindNotAllowed: 'formCheck.showIfKindNotAllowed',
	showIfValueMismatch: 'formCheck.showIfValueMismatch'
} as const;
const P = DEFINITION_PROBLEMS;

/**
 * Can an answer to `target` equal `equals`? ('kind' when the question's kind cannot be compared.) yes_no ↔ boolean, number ↔ number, text ↔ string,
 * choice kinds ↔ one of the question's option values, stage ↔ one of STAGES, qvct_themes and
 * typology ↔ any key-like string (their options live in the programme's editable lists, which a
 * form definition does not know; the editor offers only existing values). Dates and files cannot
 * be conditions.
 */
export function valueCanAnswer(target: Question, equals: ShowIf['equals']): boolean | 'kind' {
	switch (target.kind) {
		case 'yes_no':
			return typeof equals === 'boolean';
		case 'number':
			return typeof equals === 'number' && Number.isFinite(equals);
		case 'short_text':
		case 'long_text':
			return typeof equals === 'string';
		case 'single_choice':
		case 'multiple_choice':
			return typeof equals === 'string' && (target.options ?? []).some((o) => o.value === equals);
		case 'stage':
			return typeof equals === 'string' && (STAGES as readonly string[]).includes(equals);
		case 'qvct_themes':
		case 'typology':
			return typeof equals === 'string' && /^[a-z][a-z0-9_]{0,62}$/.test(equals);
		case 'date':
		case 'file':
			return 'kind';
		default:
			return false;
	}
}

/** Every problem of the definition, in form order; empty when the form is valid. */
export function checkDefinition(def: FormDefinition): DefinitionProblem[] {
	const problems: DefinitionProblem[] = [];
	const add = (path: string, message: string) => problems.push({ path, message });

	const sectionKeys = new Set<string>();
	def.sections.forEach((s, i) => {
		if (sectionKeys.has(s.key)) add(`sections.${i}.key`, P.duplicateSectionKey);
		sectionKeys.add(s.key);
	});

	const located = allQuestions(def);
	/** First position of each question key (later duplicates are reported, not indexed). */
	const firstAt = new Map<string, number>();
	for (const l of located) {
		if (!firstAt.has(l.question.key)) firstAt.set(l.question.key, l.order);
	}

	for (const l of located) {
		const q = l.question;
		const path = `sections.${l.sectionIndex}.questions.${l.questionIndex}`;

		if (firstAt.get(q.key) !== l.order) add(`${path}.key`, P.duplicateQuestionKey);
		if (RESERVED_QUESTION_KEYS.has(q.key)) {
			add(`${path}.key`, P.reservedQuestionKey);
		}

		// Options
		if (isChoiceKind(q.kind)) {
			const options = q.options ?? [];
			if (options.length < 2) add(`${path}.options`, P.tooFewOptions);
			const values = new Set<string>();
			options.forEach((o, k) => {
				if (values.has(o.value)) add(`${path}.options.${k}.value`, P.duplicateOptionValue);
				values.add(o.value);
			});
		} else if (q.options && q.options.length > 0) {
			add(`${path}.options`, P.optionsNotAllowed);
		}

		// Bounds
		if (q.kind === 'number') {
			if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
				add(`${path}.min`, P.minAboveMax);
			}
		} else {
			if (q.min !== undefined) add(`${path}.min`, P.boundsNotAllowed);
			if (q.max !== undefined) add(`${path}.max`, P.boundsNotAllowed);
		}

		// Text length
		if (q.maxLength !== undefined && !isTextKind(q.kind)) {
			add(`${path}.maxLength`, P.maxLengthNotAllowed);
		}

		// Files
		if (q.kind === 'file') {
			(q.accept ?? []).forEach((type, k) => {
				if (!isAcceptedMimeType(type)) add(`${path}.accept.${k}`, P.unknownFileType);
			});
		} else {
			if (q.accept !== undefined) add(`${path}.accept`, P.acceptNotAllowed);
			if (q.maxBytes !== undefined) add(`${path}.maxBytes`, P.maxBytesNotAllowed);
		}

		// Condition
		if (q.showIf) {
			const target = q.showIf.question;
			const at = firstAt.get(target);
			if (target === q.key) add(`${path}.showIf.question`, P.showIfSelf);
			else if (at === undefined) add(`${path}.showIf.question`, P.showIfUnknown);
			else if (at >= l.order) add(`${path}.showIf.question`, P.showIfNotEarlier);
			else {
				const ok = valueCanAnswer(located[at].question, q.showIf.equals);
				if (ok === 'kind') add(`${path}.showIf.question`, P.showIfKindNotAllowed);
				else if (!ok) add(`${path}.showIf.equals`, P.showIfValueMismatch);
			}
		}
	}

	return problems;
}
