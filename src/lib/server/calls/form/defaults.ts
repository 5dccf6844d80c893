/**
 * Default values of a programme's editable lists (its QVCT themes and its project typology), and
 * the labels of the fixed list of stages. A programme gets the default lists when they are first
 * read or when its first call is created; its team may then rename, add and archive terms.
 */
import type { Localized, Stage } from './definition.ts';

export type DefaultTerm = { value: string; label: Localized };

/** The seven QVCT themes used by the Anact. */
export const DEFAULT_QVCT_THEMES: readonly DefaultTerm[] = [
	{
		value: 'organisation_travail',
		label: {
			fr: 'Organisation, contenu et réalisation du travail',
			en: 'Organisation, content and performance of work'
		}
	},
	{ value: 'sante_travail', label: { fr: 'Santé au travail', en: 'Health at work' } },
	{
		value: 'competences_parcours',
		label: { fr: 'Compétences et parcours professionnels', en: 'Skills and career paths' }
	},
	{
		value: 'egalite_professionnelle',
		label: { fr: 'Égalité professionnelle', en: 'Equality at work' }
	},
	{
		value: 'management_projet',
		label: { fr: 'Management et projet d’entreprise', en: 'Management and company project' }
	},
	{
		value: 'dialogue_social',
		label: {
			fr: 'Dialogue social et professionnel',
			en: 'Social and professional dialogue'
		}
	},
	{
		value: 'conciliation_vies',
		label: {
			fr: 'Conciliation vie professionnelle et vie personnelle',
			en: 'Work–life balance'
		}
	}
];

/** The five kinds of project named by the 2016 call for projects. */
export const DEFAULT_TYPOLOGY: readonly DefaultTerm[] = [
	{
		value: 'application_sensibilisation',
		label: {
			fr: 'Application numérique de sensibilisation à la QVT',
			en: 'Digital app raising awareness of quality of working life'
		}
	},
	{
		value: 'evaluation_charge_travail',
		label: {
			fr: 'Outillage d’une démarche participative d’évaluation de la charge de travail',
			en: 'Tooling for a participatory assessment of workload'
		}
	},
	{
		value: 'etude_action',
		label: {
			fr: 'Protocole d’étude-action associant entreprises et chercheurs',
			en: 'Study-action protocol with companies and researchers'
		}
	},
	{
		value: 'experimentation_in_vivo',
		label: {
			fr: 'Expérimentation in vivo de nouvelles méthodes de travail',
			en: 'In-vivo experimentation of new ways of working'
		}
	},
	{
		value: 'conduite_changement',
		label: {
			fr: 'Outils de conduite du changement',
			en: 'Change-management tools'
		}
	}
];

export const DEFAULT_TERMS = {
	qvct_theme: DEFAULT_QVCT_THEMES,
	typology: DEFAULT_TYPOLOGY
} as const;

/** The stages of the seed: prototype, accelerate or finalise a project. */
export const STAGE_LABELS: Record<Stage, Localized> = {
	prototype: { fr: 'Prototyper', en: 'Prototype' },
	accelerate: { fr: 'Accélérer', en: 'Accelerate' },
	finalise: { fr: 'Finaliser', en: 'Finalise' }
};
