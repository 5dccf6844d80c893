/**
 * The demo calls for projects of « Transformateur numérique »: their public text, FAQ and the
 * application form (French and English), following the 2016 call. The eligibility questions and
 * rules come from `applications/eligibility.ts`, so that the rules and the form agree.
 */
import { demoEligibilityQuestions } from '../applications/eligibility.ts';
import { ORGANISATION_TYPES } from '../applications/organisation.ts';
import type { FormDefinition, Question } from '../calls/form/definition.ts';

const none = { fr: '', en: '' };

const q = (
	key: string,
	kind: Question['kind'],
	fr: string,
	en: string,
	more: Partial<Question> = {}
): Question => ({ key, kind, label: { fr, en }, help: none, required: false, ...more });

/** The demo application form. */
export function demoCallForm(): FormDefinition {
	return {
		sections: [
			{
				key: 'organisation',
				title: { fr: 'Votre organisation', en: 'Your organisation' },
				description: {
					fr: 'Le profil de votre structure (raison sociale, type, SIRET, effectif, code postal) se renseigne à part, une fois pour toutes vos candidatures.',
					en: 'Your organisation’s profile (name, type, SIRET, headcount, postal code) is filled in separately, once for all your applications.'
				},
				questions: []
			},
			{
				key: 'projet',
				title: { fr: 'Le projet', en: 'The project' },
				description: none,
				questions: [
					q('titre', 'short_text', 'Titre du projet', 'Project title', {
						required: true,
						maxLength: 150
					}),
					q('resume', 'long_text', 'Résumé du projet', 'Project summary', {
						required: true,
						maxLength: 1500,
						help: {
							fr: 'Le problème de travail que le projet traite, la solution, les personnes concernées.',
							en: 'The work problem the project tackles, the solution, the people concerned.'
						}
					}),
					q('typologie', 'typology', 'Type de projet', 'Kind of project', { required: true }),
					q('stade', 'stage', 'Stade du projet', 'Project stage', {
						required: true,
						help: {
							fr: 'Souhaitez-vous prototyper, accélérer ou finaliser votre projet ?',
							en: 'Do you want to prototype, accelerate or finalise your project?'
						}
					}),
					q('themes', 'qvct_themes', 'Thèmes QVCT concernés', 'QWL themes concerned', {
						required: true
					})
				]
			},
			{
				key: 'innovation',
				title: { fr: 'Innovation', en: 'Innovation' },
				description: {
					fr: 'Les projets soutenus combinent innovation technologique et innovation sociale au bénéfice de la qualité de vie et des conditions de travail.',
					en: 'Supported projects combine technological and social innovation for quality of life and working conditions.'
				},
				questions: [
					q(
						'innovation_technologique',
						'long_text',
						'En quoi le projet est-il innovant sur le plan technologique ?',
						'How is the project technologically innovative?',
						{ required: true, maxLength: 1500 }
					),
					q(
						'innovation_sociale',
						'long_text',
						'En quoi le projet est-il innovant sur le plan social et organisationnel ?',
						'How is the project socially and organisationally innovative?',
						{ required: true, maxLength: 1500 }
					),
					...demoEligibilityQuestions()
				]
			},
			{
				key: 'equipe',
				title: { fr: 'Équipe et partenaires', en: 'Team and partners' },
				description: none,
				questions: [
					q('equipe', 'long_text', 'L’équipe du projet', 'The project team', {
						required: true,
						maxLength: 1500
					}),
					q(
						'partenaires',
						'long_text',
						'Partenaires (entreprises, Aract, financeurs…)',
						'Partners (companies, Aract, funders…)',
						{ maxLength: 1000 }
					),
					q(
						'chercheurs',
						'yes_no',
						'Des chercheurs sont-ils associés au projet ?',
						'Are researchers involved in the project?'
					),
					q('laboratoire', 'short_text', 'Laboratoire ou université', 'Laboratory or university', {
						required: true,
						showIf: { question: 'chercheurs', equals: true }
					})
				]
			},
			{
				key: 'pieces',
				title: { fr: 'Pièces jointes', en: 'Attachments' },
				description: none,
				questions: [
					q('presentation', 'file', 'Présentation du projet (PDF)', 'Project presentation (PDF)', {
						accept: ['application/pdf'],
						maxBytes: 10 * 1024 * 1024,
						help: {
							fr: 'Facultative, 10 Mo au plus.',
							en: 'Optional, 10 MB at most.'
						}
					})
				]
			}
		]
	};
}

/** Every type of organisation named by the 2016 call. */
export const DEMO_ELIGIBLE_TYPES = ORGANISATION_TYPES.filter((t) => t !== 'other');

export const DEMO_CALL_BODY = [
	'Le **Transformateur numérique**, porté par l’Anact et la Fing, accélère des projets qui mettent la qualité de vie et des conditions de travail au cœur de la transformation numérique.',
	'## Qui peut candidater ?',
	'Start-up, travailleurs indépendants, entreprises, organisations professionnelles, associations et organismes publics qui souhaitent **prototyper, accélérer ou finaliser** un projet innovant.',
	'## Quels projets ?',
	'Les projets combinent innovation technologique et innovation sociale. La typologie est volontairement large :',
	[
		'- application numérique de sensibilisation à la QVT ;',
		'- outillage d’une démarche participative d’évaluation de la charge de travail ;',
		'- protocole d’étude-action associant entreprises et chercheurs ;',
		'- expérimentation in vivo de nouvelles méthodes de travail ;',
		'- outils de conduite du changement.'
	].join('\n'),
	'## Ce que le programme apporte',
	'Une sélection en deux temps (une douzaine de projets présélectionnés, une session de deux jours, trois à quatre projets retenus), une feuille de route construite avec des experts, puis trois mois de **droit de tirage** en expertise et une orientation vers les financements utiles (par exemple le FACT).',
	'Plus d’informations sur https://www.anact.fr et https://fing.org.'
].join('\n\n');

export const DEMO_CALL_FAQ = [
	{
		question: 'Faut-il être une entreprise pour candidater ?',
		answer:
			'Non : start-up, indépendants, entreprises, organisations professionnelles, associations et organismes publics peuvent candidater.'
	},
	{
		question: 'Le programme finance-t-il les projets ?',
		answer:
			'Il apporte des jours d’expertise (droit de tirage) et oriente les porteurs vers les financements publics et privés utiles, comme le FACT.'
	},
	{
		question: 'Qui peut m’aider à préparer ma candidature ?',
		answer:
			'L’Aract de votre région repère et accompagne les porteurs de projet : n’hésitez pas à la contacter.'
	}
];
