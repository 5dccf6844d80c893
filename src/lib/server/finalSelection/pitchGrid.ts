/**
 * The pitch grid (second-stage criteria, scored by the jury at the selection session) and the final
 * selection's settings: the weighting of the first stage's calibrated score against the pitch
 * score (percent, adding up to 100) and the number of projects to retain. Pure. The grid has the
 * shape of the evaluation grid (`review/grid.ts`), whose validation it reuses.
 */
import { z } from 'zod';
import { DEFAULT_SCALE, type Criterion, type Grid } from '../review/grid.ts';

const c = (
	key: string,
	fr: string,
	en: string,
	guidanceFr: string,
	guidanceEn: string,
	weight: number
): Criterion => ({
	key,
	label: { fr, en },
	guidance: { fr: guidanceFr, en: guidanceEn },
	weight,
	scale: { ...DEFAULT_SCALE },
	allowNotApplicable: false,
	commentRequired: false
});

/** The pitch grid proposed when the call has none yet. */
export function defaultPitchGrid(): Grid {
	return [
		c(
			'clarte-feuille-de-route',
			'Clarté du projet et de la feuille de route',
			'Clarity of the project and roadmap',
			'Le projet est-il clairement présenté ? Les étapes, jalons et livrables sont-ils réalistes ?',
			'Is the project clearly presented? Are the steps, milestones and deliverables realistic?',
			2
		),
		c(
			'impact-qvt-confirme',
			'Impact QVT confirmé',
			'QVT impact confirmed',
			'Le pitch confirme-t-il des effets concrets sur la qualité de vie et les conditions de travail ?',
			'Does the pitch confirm concrete effects on the quality of working life and conditions?',
			2
		),
		c(
			'equipe-capacite',
			'Équipe et capacité à faire',
			'Team and capacity',
			'L’équipe a-t-elle les compétences, le temps et les appuis pour mener le projet ?',
			'Does the team have the skills, time and backing to carry the project?',
			1
		),
		c(
			'adequation-accompagnement',
			'Adéquation avec l’accompagnement du programme',
			'Fit with the programme’s support',
			'Le projet tirera-t-il parti de l’accompagnement proposé par le programme ?',
			'Will the project make good use of the programme’s support?',
			1
		)
	];
}

export type FinalSettings = { reviewWeight: number; pitchWeight: number; retentionTarget: number };

const percent = z.coerce
	.number({ error: 'finalSelection.settings.error.weight' })
	.int('finalSelection.settings.error.weight')
	.min(0, 'finalSelection.settings.error.weight')
	.max(100, 'finalSelection.settings.error.weight');

/** The settings as sent (the form or the API): both weights, adding up to 100, and the target. */
export const finalSettingsInput = z
	.object({
		reviewWeight: percent.meta({
			description: 'Poids (en %) du score calibré de la première étape.'
		}),
		pitchWeight: percent.meta({ description: 'Poids (en %) du score de pitch.' }),
		retentionTarget: z.coerce
			.number({ error: 'finalSelection.settings.error.target' })
			.int('finalSelection.settings.error.target')
			.min(1, 'finalSelection.settings.error.target')
			.max(100, 'finalSelection.settings.error.target')
			.meta({ description: 'Nombre de projets à retenir (3 ou 4 d’ordinaire).' })
	})
	.refine((s) => s.reviewWeight + s.pitchWeight === 100, {
		message: 'finalSelection.settings.error.sum',
		path: ['pitchWeight']
	});
export type FinalSettingsInput = z.input<typeof finalSettingsInput>;
