/**
 * The definition of an application form: sections of questions, as the programme team builds it
 * and as each form version stores it (JSON). Pure: no database. Everything that reads or checks
 * answers (visibility, validation, completeness) works on this shape.
 */
import { z } from 'zod';

export const QUESTION_KINDS = [
	'short_text',
	'long_text',
	'single_choice',
	'multiple_choice',
	'number',
	'date',
	'yes_no',
	'file',
	'qvct_themes',
	'typology',
	'stage'
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Kinds whose answer is chosen among options (given by the question or by the programme). */
export const CHOICE_KINDS = ['single_choice', 'multiple_choice'] as const;
/** Kinds whose options come from the programme's editable lists or a fixed list. */
export const LIST_KINDS = ['qvct_themes', 'typology', 'stage'] as const;

/** The three stages of the seed: prototype, accelerate, finalise. */
export const STAGES = ['prototype', 'accelerate', 'finalise'] as const;
export type Stage = (typeof STAGES)[number];

const KEY = /^[a-z][a-z0-9_]{0,62}$/;

export const localized = z.object({
	fr: z.string().trim().min(1).max(2000),
	en: z.string().trim().max(2000).default('')
});
export type Localized = z.output<typeof localized>;

const optionalLocalized = z
	.object({
		fr: z.string().trim().max(4000).default(''),
		en: z.string().trim().max(4000).default('')
	})
	.default({ fr: '', en: '' });

export const choiceOption = z.object({
	value: z.string().regex(KEY),
	label: localized
});
export type ChoiceOption = z.output<typeof choiceOption>;

/**
 * Shown only if another (earlier) question's answer equals `equals` (for a multiple choice: contains
 * it). Hidden questions are never required and their answers are ignored.
 */
export const showIf = z.object({
	question: z.string().regex(KEY),
	equals: z.union([z.string(), z.boolean(), z.number()])
});
export type ShowIf = z.output<typeof showIf>;

export const question = z.object({
	key: z.string().regex(KEY),
	kind: z.enum(QUESTION_KINDS),
	label: localized,
	help: optionalLocalized,
	required: z.boolean().default(false),
	/** single_choice, multiple_choice. */
	options: z.array(choiceOption).max(100).optional(),
	/** short_text (default 200), long_text (default 5000): maximum number of characters. */
	maxLength: z.number().int().min(1).max(100_000).optional(),
	/** number: bounds. */
	min: z.number().optional(),
	max: z.number().optional(),
	/** file: accepted MIME types (checked on the content) and maximum size in bytes. */
	accept: z.array(z.string()).max(20).optional(),
	maxBytes: z
		.number()
		.int()
		.min(1)
		.max(50 * 1024 * 1024)
		.optional(),
	showIf: showIf.optional()
});
export type Question = z.output<typeof question>;

export const section = z.object({
	key: z.string().regex(KEY),
	title: localized,
	description: optionalLocalized,
	questions: z.array(question).max(200)
});
export type Section = z.output<typeof section>;

/** The whole form. Further rules (unique keys, conditions pointing backwards…) in `checkDefinition`. */
export const formDefinition = z.object({
	sections: z.array(section).max(50)
});
export type FormDefinition = z.output<typeof formDefinition>;

export const DEFAULT_MAX_LENGTH = { short_text: 200, long_text: 5000 } as const;

/** Kinds answered with free text. */
export const TEXT_KINDS = ['short_text', 'long_text'] as const;
/** Kinds whose answer is a list of values (a multiple choice among options). */
export const MULTI_VALUE_KINDS = ['multiple_choice', 'qvct_themes', 'typology'] as const;

export function isChoiceKind(kind: QuestionKind): kind is (typeof CHOICE_KINDS)[number] {
	return (CHOICE_KINDS as readonly string[]).includes(kind);
}
export function isListKind(kind: QuestionKind): kind is (typeof LIST_KINDS)[number] {
	return (LIST_KINDS as readonly string[]).includes(kind);
}
export function isTextKind(kind: QuestionKind): kind is (typeof TEXT_KINDS)[number] {
	return (TEXT_KINDS as readonly string[]).includes(kind);
}
export function isMultiValueKind(kind: QuestionKind): kind is (typeof MULTI_VALUE_KINDS)[number] {
	return (MULTI_VALUE_KINDS as readonly string[]).includes(kind);
}

/**
 * The file types a file question may accept (`accept`), with their usual extensions. The upload
 * checks the content against the MIME type, not the name.
 */
export const FILE_TYPES = {
	'application/pdf': { name: 'PDF', extensions: ['.pdf'] },
	'image/png': { name: 'PNG', extensions: ['.png'] },
	'image/jpeg': { name: 'JPEG', extensions: ['.jpg', '.jpeg'] },
	'image/webp': { name: 'WebP', extensions: ['.webp'] },
	'application/vnd.oasis.opendocument.text': { name: 'ODT', extensions: ['.odt'] },
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
		name: 'DOCX',
		extensions: ['.docx']
	},
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
		name: 'XLSX',
		extensions: ['.xlsx']
	},
	'application/vnd.oasis.opendocument.spreadsheet': { name: 'ODS', extensions: ['.ods'] },
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
		name: 'PPTX',
		extensions: ['.pptx']
	},
	'application/vnd.oasis.opendocument.presentation': { name: 'ODP', extensions: ['.odp'] },
	'text/csv': { name: 'CSV', extensions: ['.csv'] },
	'text/plain': { name: 'Texte', extensions: ['.txt'] }
} as const satisfies Record<string, { name: string; extensions: readonly string[] }>;
export type AcceptedMimeType = keyof typeof FILE_TYPES;
export const ACCEPTED_MIME_TYPES = Object.keys(FILE_TYPES) as AcceptedMimeType[];

export function isAcceptedMimeType(v: unknown): v is AcceptedMimeType {
	return typeof v === 'string' && Object.hasOwn(FILE_TYPES, v);
}

/** A question with where it sits in the form. */
export type LocatedQuestion = {
	question: Question;
	sectionKey: string;
	sectionIndex: number;
	questionIndex: number;
	/** Position in the whole form (0-based), in reading order. */
	order: number;
};

/** Every question of the form, in reading order, with its section. */
export function allQuestions(def: FormDefinition): LocatedQuestion[] {
	const out: LocatedQuestion[] = [];
	def.sections.forEach((s, sectionIndex) => {
		s.questions.forEach((question, questionIndex) => {
			out.push({ question, sectionKey: s.key, sectionIndex, questionIndex, order: out.length });
		});
	});
	return out;
}

/**
 * The terms an application's answers name for every question of that kind (QVCT themes or
 * typology), in form order, each once.
 */
export function answeredTerms(
	def: FormDefinition,
	answers: Record<string, unknown>,
	kind: 'qvct_themes' | 'typology'
): string[] {
	const out: string[] = [];
	for (const { question } of allQuestions(def)) {
		if (question.kind !== kind) continue;
		const v = answers[question.key];
		for (const x of Array.isArray(v) ? v : typeof v === 'string' ? [v] : []) {
			if (typeof x === 'string' && !out.includes(x)) out.push(x);
		}
	}
	return out;
}
