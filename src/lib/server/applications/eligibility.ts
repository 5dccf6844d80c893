/**
 * Eligibility rules of a call, evaluated at submission. Each rule is either blocking (the holder
 * sees why, in plain words, and cannot submit) or to review (the submission goes through, flagged
 * for the team). Pure: no database.
 *
 * A rule may carry its own message (French and English); otherwise a default message (an i18n key
 * with parameters) says what is wrong. `findingText` turns either into a sentence.
 */
import { z } from 'zod';
import type { MessageKey, Translate } from '../../i18n/index.ts';
import { isRegionCode, regionName } from '../../regions.ts';
import { valueCanAnswer } from '../calls/form/check.ts';
import {
	allQuestions,
	type FormDefinition,
	type Localized,
	type Question
} from '../calls/form/definition.ts';
import { answerMatches, visibilityMap, type AnyAnswers } from '../calls/form/visibility.ts';
import { hasAnswer } from '../calls/form/completeness.ts';
import {
	HEADCOUNT_BANDS,
	HEADCOUNT_BAND_LABEL_KEYS,
	HEADCOUNT_300_OR_MORE,
	ORGANISATION_TYPES,
	type HeadcountBand,
	type OrganisationType
} from './organisation.ts';
import { localize } from '../../i18n/localize.ts';

export const RULE_KINDS = [
	'applicant_type',
	'headcount_band',
	'region',
	'required_answer'
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const SEVERITIES = ['blocking', 'review'] as const;
export type Severity = (typeof SEVERITIES)[number];

const KEY = /^[a-z][a-z0-9_]{0,62}$/;

const ruleBase = {
	id: z
		.string({ error: 'eligibility.error.id' })
		.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'eligibility.error.id'),
	severity: z.enum(SEVERITIES, { error: 'eligibility.error.severity' }),
	/** Shown instead of the default message. */
	message: z
		.object({
			fr: z.string().trim().min(1, 'eligibility.error.message').max(1000),
			en: z.string().trim().max(1000).default('')
		})
		.optional()
};

export const eligibilityRule = z.discriminatedUnion(
	'kind',
	[
		z.object({
			...ruleBase,
			kind: z.literal('applicant_type'),
			/** The applicant types that satisfy the rule. */
			allowed: z
				.array(z.enum(ORGANISATION_TYPES), { error: 'eligibility.error.allowed' })
				.min(1, 'eligibility.error.allowed')
		}),
		z.object({
			...ruleBase,
			kind: z.literal('headcount_band'),
			allowed: z
				.array(z.enum(HEADCOUNT_BANDS), { error: 'eligibility.error.allowed' })
				.min(1, 'eligibility.error.allowed')
		}),
		z.object({
			...ruleBase,
			kind: z.literal('region'),
			/** INSEE region codes. */
			allowed: z
				.array(z.string().refine(isRegionCode, 'eligibility.error.region'), {
					error: 'eligibility.error.allowed'
				})
				.min(1, 'eligibility.error.allowed')
		}),
		z.object({
			...ruleBase,
			kind: z.literal('required_answer'),
			/** The question that must be answered. */
			question: z
				.string({ error: 'eligibility.error.question' })
				.regex(KEY, 'eligibility.error.question'),
			/** When given, the answer must equal it (for a list answer: contain it). */
			equals: z.union([z.string(), z.boolean(), z.number()]).optional()
		})
	],
	{ error: 'eligibility.error.kind' }
);
export type EligibilityRule = z.output<typeof eligibilityRule>;

export const eligibilityRules = z
	.array(eligibilityRule, { error: 'eligibility.error.rules' })
	.max(50)
	.superRefine((rules, ctx) => {
		const ids = new Set<string>();
		rules.forEach((r, i) => {
			if (ids.has(r.id)) {
				ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'eligibility.error.duplicateId' });
			}
			ids.add(r.id);
		});
	});
export type EligibilityRules = z.output<typeof eligibilityRules>;

/** A parameter of a message: plain, in both languages, or itself a message key. */
export type MessageParam = string | number | Localized | { key: string };
export type FindingMessage =
	{ key: string; params?: Record<string, MessageParam> } | { text: Localized };

export type Finding = {
	ruleId: string;
	kind: RuleKind;
	severity: Severity;
	message: FindingMessage;
};

export type EligibilityResult = { blocking: Finding[]; review: Finding[] };

export type EligibilityContext = {
	organisation: {
		type: OrganisationType;
		headcountBand: HeadcountBand;
		/** INSEE region code derived from the postal code, or null when unknown. */
		region: string | null;
	} | null;
	/** The application's answers (checked ones). */
	answers: AnyAnswers;
	/** The form version the application answers. */
	definition: FormDefinition;
};

const YES: Localized = { fr: 'oui', en: 'yes' };
const NO: Localized = { fr: 'non', en: 'no' };

function displayValue(q: Question | undefined, value: string | number | boolean): MessageParam {
	if (typeof value === 'boolean') return value ? YES : NO;
	if (typeof value === 'number') return value;
	const option = q?.options?.find((o) => o.value === value);
	return option ? option.label : value;
}

/** Why the rule fails for this application, or null when it holds. */
function failure(rule: EligibilityRule, ctx: EligibilityContext): FindingMessage | null {
	const s = rule.severity;
	const org = ctx.organisation;
	switch (rule.kind) {
		case 'applicant_type':
			if (!org) return { key: 'eligibility.organisationMissing' };
			return rule.allowed.includes(org.type)
				? null
				: { key: `eligibility.applicantType.${s}.${org.type}` };
		case 'headcount_band':
			if (!org) return { key: 'eligibility.organisationMissing' };
			return rule.allowed.includes(org.headcountBand)
				? null
				: {
						key: `eligibility.headcountBand.${s}`,
						params: { band: { key: HEADCOUNT_BAND_LABEL_KEYS[org.headcountBand] } }
					};
		case 'region':
			if (!org) return { key: 'eligibility.organisationMissing' };
			if (!org.region) return { key: `eligibility.regionUnknown.${s}` };
			return rule.allowed.includes(org.region)
				? null
				: {
						key: `eligibility.region.${s}`,
						params: { region: regionName(org.region) ?? org.region }
					};
		case 'required_answer': {
			const located = allQuestions(ctx.definition).find((l) => l.question.key === rule.question);
			const q = located?.question;
			const visible = visibilityMap(ctx.definition, ctx.answers).get(rule.question) === true;
			const value =
				q && visible && Object.hasOwn(ctx.answers, rule.question)
					? ctx.answers[rule.question]
					: undefined;
			const ok = rule.equals === undefined ? hasAnswer(value) : answerMatches(value, rule.equals);
			if (ok) return null;
			const question: MessageParam = q ? q.label : rule.question;
			return rule.equals === undefined
				? { key: `eligibility.requiredAnswer.${s}`, params: { question } }
				: {
						key: `eligibility.requiredAnswerValue.${s}`,
						params: { question, value: displayValue(q, rule.equals) }
					};
		}
	}
}

/**
 * Evaluates the rules: the failed ones, split into blocking and to review, in the rules' order.
 * A required answer to a question hidden by a condition (or absent from the form) counts as not
 * given.
 */
export function evaluateEligibility(
	rules: readonly EligibilityRule[],
	ctx: EligibilityContext
): EligibilityResult {
	const result: EligibilityResult = { blocking: [], review: [] };
	for (const rule of rules) {
		const message = failure(rule, ctx);
		if (!message) continue;
		result[rule.severity].push({
			ruleId: rule.id,
			kind: rule.kind,
			severity: rule.severity,
			message: rule.message ? { text: rule.message } : message
		});
	}
	return result;
}

/** The sentence of a finding, in `locale`; `t` translates message keys (the app's translator). */
export function findingText(finding: Finding, locale: 'fr' | 'en', t: Translate): string {
	const translate = (key: string, params?: Record<string, string | number>) =>
		t(key as MessageKey, params);
	const local = (l: Localized) => localize(l, locale);
	const m = finding.message;
	if ('text' in m) return local(m.text);
	const params: Record<string, string | number> = {};
	for (const [name, p] of Object.entries(m.params ?? {})) {
		params[name] =
			typeof p === 'string' || typeof p === 'number' ? p : 'key' in p ? translate(p.key) : local(p);
	}
	return translate(m.key, params);
}

/**
 * Problems of a call's rules against its form (for the team's editor): a required answer naming a
 * question that is not in the form, or a value that question cannot have. Paths like
 * `rules.2.question`; messages are i18n keys.
 */
export function checkEligibilityRules(
	rules: readonly EligibilityRule[],
	def: FormDefinition
): { path: string; message: string }[] {
	const problems: { path: string; message: string }[] = [];
	const questions = new Map(allQuestions(def).map((l) => [l.question.key, l.question]));
	rules.forEach((rule, i) => {
		if (rule.kind !== 'required_answer') return;
		const q = questions.get(rule.question);
		if (!q) {
			problems.push({ path: `rules.${i}.question`, message: 'eligibility.check.unknownQuestion' });
		} else if (rule.equals !== undefined && valueCanAnswer(q, rule.equals) !== true) {
			problems.push({ path: `rules.${i}.equals`, message: 'eligibility.check.valueMismatch' });
		}
	});
	return problems;
}

// ---------------------------------------------------------------------------------------------
// The demo call (PRODUCT.md)

/** Question keys the demo rules assume: the demo form must use the same. */
export const DEMO_QUESTION_KEYS = {
	/** yes/no: the project involves employees or their representatives. */
	involvesEmployees: 'implique_salaries',
	/** yes/no: the project combines technological and social innovation. */
	socialAndTechnologicalInnovation: 'innovation_sociale_et_technologique'
} as const;

/** The two yes/no questions the demo rules rely on, ready to put in the demo form. */
export function demoEligibilityQuestions(): Question[] {
	return [
		{
			key: DEMO_QUESTION_KEYS.socialAndTechnologicalInnovation,
			kind: 'yes_no',
			label: {
				fr: 'Votre projet combine-t-il innovation technologique et innovation sociale au service de la qualité de vie et des conditions de travail ?',
				en: 'Does your project combine technological and social innovation for quality of life and working conditions?'
			},
			help: {
				fr: 'Par exemple : un outil numérique conçu et déployé avec les équipes qui l’utiliseront.',
				en: 'For example: a digital tool designed and deployed with the teams who will use it.'
			},
			required: true
		},
		{
			key: DEMO_QUESTION_KEYS.involvesEmployees,
			kind: 'yes_no',
			label: {
				fr: 'Le projet implique-t-il des salarié·es ou leurs représentant·es ?',
				en: 'Does the project involve employees or their representatives?'
			},
			help: {
				fr: 'Dans sa conception, son expérimentation ou son évaluation.',
				en: 'In its design, its experimentation or its evaluation.'
			},
			required: true
		}
	];
}

/** The eligibility rules of the Transformateur demo call, following PRODUCT.md. */
export function defaultDemoRules(): EligibilityRule[] {
	return [
		{
			id: 'innovation_sociale_et_technologique',
			kind: 'required_answer',
			severity: 'blocking',
			question: DEMO_QUESTION_KEYS.socialAndTechnologicalInnovation,
			equals: true,
			message: {
				fr: 'Cet appel s’adresse aux projets qui combinent innovation technologique et innovation sociale au service de la qualité de vie et des conditions de travail.',
				en: 'This call is for projects that combine technological and social innovation for quality of life and working conditions.'
			}
		},
		{
			id: 'type_structure',
			kind: 'applicant_type',
			severity: 'review',
			allowed: ORGANISATION_TYPES.filter((t) => t !== 'other'),
			message: {
				fr: 'Votre type de structure n’est pas l’un de ceux prévus par l’appel : l’équipe du programme examinera votre candidature au cas par cas.',
				en: 'Your type of organisation is not one of those the call plans for: the programme team will look at your application case by case.'
			}
		},
		{
			id: 'effectif_moins_de_300',
			kind: 'headcount_band',
			severity: 'review',
			allowed: HEADCOUNT_BANDS.filter((b) => !HEADCOUNT_300_OR_MORE.includes(b)),
			message: {
				fr: 'Votre structure compte 300 salarié·es ou plus : l’équipe du programme vérifiera ce point, car les financements visés ensuite (fonds FACT) sont réservés aux structures de moins de 300 salarié·es.',
				en: 'Your organisation has 300 employees or more: the programme team will check this, as the funding aimed at later (the FACT fund) is for organisations under 300 employees.'
			}
		},
		{
			id: 'implique_salaries',
			kind: 'required_answer',
			severity: 'review',
			question: DEMO_QUESTION_KEYS.involvesEmployees,
			equals: true,
			message: {
				fr: 'Le projet doit impliquer des salarié·es ou leurs représentant·es : l’équipe du programme examinera ce point avec vous.',
				en: 'The project must involve employees or their representatives: the programme team will look at this with you.'
			}
		}
	];
}
