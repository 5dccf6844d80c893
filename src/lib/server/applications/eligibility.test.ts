import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { checkDefinition } from '../calls/form/check.ts';
import { formDefinition, type FormDefinition } from '../calls/form/definition.ts';
import {
	DEMO_QUESTION_KEYS,
	checkEligibilityRules,
	defaultDemoRules,
	demoEligibilityQuestions,
	eligibilityRule,
	eligibilityRules,
	evaluateEligibility,
	findingText,
	type EligibilityContext,
	type EligibilityRule
} from './eligibility.ts';
import { ORGANISATION_TYPES } from './organisation.ts';

const fr = translator('fr');
const en = translator('en');

/** The demo call's form: a project section, then the eligibility questions. */
const demoForm: FormDefinition = formDefinition.parse({
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet' },
			questions: [
				{ key: 'titre', kind: 'short_text', required: true, label: { fr: 'Titre du projet' } },
				{
					key: 'canal',
					kind: 'single_choice',
					label: { fr: 'Comment avez-vous connu l’appel ?', en: 'How did you hear of the call?' },
					options: [
						{ value: 'aract', label: { fr: 'Par une Aract', en: 'Through an Aract' } },
						{ value: 'presse', label: { fr: 'Par la presse', en: 'Through the press' } }
					]
				},
				{
					key: 'a_partenaires',
					kind: 'yes_no',
					label: { fr: 'Avez-vous des partenaires ?', en: 'Do you have partners?' }
				},
				{
					key: 'partenaire_nom',
					kind: 'short_text',
					label: { fr: 'Nom du partenaire principal', en: 'Main partner’s name' },
					showIf: { question: 'a_partenaires', equals: true }
				}
			]
		},
		{ key: 'eligibilite', title: { fr: 'Éligibilité' }, questions: demoEligibilityQuestions() }
	]
});

const startup: EligibilityContext['organisation'] = {
	type: 'startup',
	headcountBand: '1-9',
	region: '53'
};
const yes = {
	[DEMO_QUESTION_KEYS.socialAndTechnologicalInnovation]: true,
	[DEMO_QUESTION_KEYS.involvesEmployees]: true
};
const ctx = (over: Partial<EligibilityContext> = {}): EligibilityContext => ({
	organisation: startup,
	answers: yes,
	definition: demoForm,
	...over
});
const ids = (r: ReturnType<typeof evaluateEligibility>) => ({
	blocking: r.blocking.map((f) => f.ruleId),
	review: r.review.map((f) => f.ruleId)
});

describe('demo rules (PRODUCT.md)', () => {
	const rules = defaultDemoRules();

	it('are valid rules, on questions of the demo form', () => {
		expect(eligibilityRules.parse(rules)).toEqual(rules);
		expect(checkEligibilityRules(rules, demoForm)).toEqual([]);
		expect(checkDefinition(demoForm)).toEqual([]);
		expect(demoEligibilityQuestions().map((q) => q.key)).toEqual([
			'innovation_sociale_et_technologique',
			'implique_salaries'
		]);
	});

	it('let every applicant type of the seed through, and flag "other" for review', () => {
		for (const type of ORGANISATION_TYPES) {
			const r = evaluateEligibility(rules, ctx({ organisation: { ...startup!, type } }));
			expect(ids(r)).toEqual({
				blocking: [],
				review: type === 'other' ? ['type_structure'] : []
			});
		}
	});

	it('flag 300 employees or more for review (FACT funding is for fewer)', () => {
		for (const band of ['300-999', '1000+'] as const) {
			const r = evaluateEligibility(
				rules,
				ctx({ organisation: { ...startup!, headcountBand: band } })
			);
			expect(ids(r)).toEqual({ blocking: [], review: ['effectif_moins_de_300'] });
			expect(findingText(r.review[0], 'fr', fr)).toContain('300 salarié·es');
		}
		expect(
			ids(
				evaluateEligibility(rules, ctx({ organisation: { ...startup!, headcountBand: '250-299' } }))
			)
		).toEqual({
			blocking: [],
			review: []
		});
	});

	it('flag a project that does not involve employees or their representatives', () => {
		const r = evaluateEligibility(rules, ctx({ answers: { ...yes, implique_salaries: false } }));
		expect(ids(r)).toEqual({ blocking: [], review: ['implique_salaries'] });
	});

	it('block a project that does not combine technological and social innovation, in plain words', () => {
		const r = evaluateEligibility(
			rules,
			ctx({ answers: { ...yes, innovation_sociale_et_technologique: false } })
		);
		expect(ids(r)).toEqual({ blocking: ['innovation_sociale_et_technologique'], review: [] });
		expect(findingText(r.blocking[0], 'fr', fr)).toBe(
			'Cet appel s’adresse aux projets qui combinent innovation technologique et innovation sociale au service de la qualité de vie et des conditions de travail.'
		);
		expect(findingText(r.blocking[0], 'en', en)).toMatch(/^This call is for projects/);
	});

	it('treat missing answers like wrong ones', () => {
		const r = evaluateEligibility(rules, ctx({ answers: {} }));
		expect(ids(r)).toEqual({
			blocking: ['innovation_sociale_et_technologique'],
			review: ['implique_salaries']
		});
	});
});

describe('default messages', () => {
	const rule = (r: Record<string, unknown>): EligibilityRule =>
		eligibilityRule.parse({ id: 'r1', severity: 'blocking', ...r });
	const text = (r: EligibilityRule, c: EligibilityContext, locale: 'fr' | 'en' = 'fr') => {
		const result = evaluateEligibility([r], c);
		const f = [...result.blocking, ...result.review];
		return f.map((x) => findingText(x, locale, locale === 'fr' ? fr : en));
	};
	const publicBody = { type: 'public_body', headcountBand: '50-249', region: '11' } as const;

	it('applicant type', () => {
		const r = rule({ kind: 'applicant_type', allowed: ['company', 'association'] });
		expect(text(r, ctx({ organisation: publicBody }))).toEqual([
			'Les organismes publics ne peuvent pas candidater à cet appel.'
		]);
		expect(text(r, ctx({ organisation: publicBody }), 'en')).toEqual([
			'Public bodies cannot apply to this call.'
		]);
		expect(text({ ...r, severity: 'review' }, ctx({ organisation: publicBody }))[0]).toContain(
			'l’équipe du programme examinera'
		);
		expect(text(r, ctx({ organisation: { ...publicBody, type: 'association' } }))).toEqual([]);
	});

	it('headcount band, with the band in words', () => {
		const r = rule({ kind: 'headcount_band', allowed: ['0', '1-9', '10-49'] });
		expect(text(r, ctx({ organisation: publicBody }))).toEqual([
			'Cet appel n’est pas ouvert aux structures dont l’effectif est de 50 à 249 salarié·es.'
		]);
		expect(text(r, ctx({ organisation: publicBody }), 'en')).toEqual([
			'This call is not open to organisations with 50 to 249 employees.'
		]);
	});

	it('region, including an unknown one', () => {
		const r = rule({ kind: 'region', allowed: ['53', '52'] });
		expect(text(r, ctx({ organisation: publicBody }))).toEqual([
			'Cet appel n’est pas ouvert aux structures de la région Île-de-France.'
		]);
		expect(text(r, ctx({ organisation: { ...publicBody, region: '53' } }))).toEqual([]);
		expect(text(r, ctx({ organisation: { ...publicBody, region: null } }))[0]).toContain(
			'n’a pas pu être déterminée'
		);
	});

	it('required answer, with or without a value, naming the question', () => {
		const any = rule({ kind: 'required_answer', question: 'canal' });
		expect(text(any, ctx())).toEqual([
			'Pour candidater à cet appel, répondez à la question « Comment avez-vous connu l’appel ? ».'
		]);
		expect(text(any, ctx({ answers: { canal: 'presse' } }))).toEqual([]);

		const aract = rule({ kind: 'required_answer', question: 'canal', equals: 'aract' });
		expect(text(aract, ctx({ answers: { canal: 'presse' } }))).toEqual([
			'Pour candidater à cet appel, la réponse à la question « Comment avez-vous connu l’appel ? » doit être « Par une Aract ».'
		]);
		expect(text(aract, ctx({ answers: { canal: 'presse' } }), 'en')).toEqual([
			'To apply to this call, the answer to the question “How did you hear of the call?” must be “Through an Aract”.'
		]);
		const partners = rule({ kind: 'required_answer', question: 'a_partenaires', equals: true });
		expect(text(partners, ctx({ answers: { a_partenaires: false } }))[0]).toContain('« oui »');
	});

	it('a required answer to a hidden question counts as not given', () => {
		const r = rule({ kind: 'required_answer', question: 'partenaire_nom' });
		expect(text(r, ctx({ answers: { a_partenaires: true, partenaire_nom: 'LIRSA' } }))).toEqual([]);
		expect(
			text(r, ctx({ answers: { a_partenaires: false, partenaire_nom: 'LIRSA' } }))
		).toHaveLength(1);
	});

	it('asks for the organisation first', () => {
		const r = rule({ kind: 'applicant_type', allowed: ['company'] });
		expect(text(r, ctx({ organisation: null }))).toEqual([
			'Renseignez d’abord votre structure : l’éligibilité en dépend.'
		]);
	});

	it('a custom message wins, with English falling back to French', () => {
		const r = rule({
			kind: 'applicant_type',
			allowed: ['company'],
			message: { fr: 'Réservé aux entreprises.' }
		});
		expect(text(r, ctx({ organisation: publicBody }), 'en')).toEqual(['Réservé aux entreprises.']);
	});

	it('every default key exists in both languages', () => {
		const keys: string[] = ['eligibility.organisationMissing'];
		for (const s of ['blocking', 'review']) {
			for (const t of ORGANISATION_TYPES) keys.push(`eligibility.applicantType.${s}.${t}`);
			for (const k of [
				'headcountBand',
				'region',
				'regionUnknown',
				'requiredAnswer',
				'requiredAnswerValue'
			]) {
				keys.push(`eligibility.${k}.${s}`);
			}
		}
		for (const key of keys) {
			expect(fr(key as never)).not.toBe(key);
			expect(en(key as never)).not.toBe(key);
		}
	});
});

describe('rule schema', () => {
	it('refuses unknown kinds, values and duplicates', () => {
		const issues = (input: unknown) =>
			eligibilityRules.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
		expect(issues([{ id: 'a', kind: 'taille', severity: 'blocking' }])).toEqual([
			['0.kind', 'eligibility.error.kind']
		]);
		expect(issues([{ id: 'a', kind: 'region', severity: 'blocking', allowed: ['99'] }])).toEqual([
			['0.allowed.0', 'eligibility.error.region']
		]);
		expect(
			issues([{ id: 'a', kind: 'applicant_type', severity: 'blocking', allowed: [] }])
		).toEqual([['0.allowed', 'eligibility.error.allowed']]);
		expect(issues([{ id: 'a', kind: 'headcount_band', severity: 'soft', allowed: ['0'] }])).toEqual(
			[['0.severity', 'eligibility.error.severity']]
		);
		expect(
			issues([
				{ id: 'a', kind: 'region', severity: 'review', allowed: ['53'] },
				{ id: 'a', kind: 'region', severity: 'review', allowed: ['52'] }
			])
		).toEqual([['1.id', 'eligibility.error.duplicateId']]);
		expect(issues('règles')).toEqual([['', 'eligibility.error.rules']]);
		for (const [, message] of [
			...issues([{ id: 'A B', kind: 'required_answer', severity: 'review', question: '1x' }])!
		]) {
			expect(fr(message as never)).not.toBe(message);
		}
	});

	it('checks rules against the form', () => {
		const rules = eligibilityRules.parse([
			{ id: 'a', kind: 'required_answer', severity: 'review', question: 'budget' },
			{ id: 'b', kind: 'required_answer', severity: 'review', question: 'canal', equals: 'radio' },
			{
				id: 'c',
				kind: 'required_answer',
				severity: 'review',
				question: 'a_partenaires',
				equals: 'oui'
			},
			{ id: 'd', kind: 'required_answer', severity: 'review', question: 'canal', equals: 'presse' }
		]);
		expect(checkEligibilityRules(rules, demoForm)).toEqual([
			{ path: 'rules.0.question', message: 'eligibility.check.unknownQuestion' },
			{ path: 'rules.1.equals', message: 'eligibility.check.valueMismatch' },
			{ path: 'rules.2.equals', message: 'eligibility.check.valueMismatch' }
		]);
	});
});
