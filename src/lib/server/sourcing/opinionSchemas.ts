/**
 * Input of regional opinions (avis régionaux), shared by the partner's page and the REST API.
 * Messages are i18n keys (`opinions.error.…`), translated at the edge.
 */
import { z } from 'zod';

/** A regional opinion's recommendation, from the warmest to the coldest. */
export const RECOMMENDATIONS = ['strong_support', 'support', 'reservations', 'against'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const RECOMMENDATION_LABEL_KEYS = {
	strong_support: 'opinions.recommendation.strong_support',
	support: 'opinions.recommendation.support',
	reservations: 'opinions.recommendation.reservations',
	against: 'opinions.recommendation.against'
} as const satisfies Record<Recommendation, string>;

export const OPINION_TEXT_MIN = 20;
export const OPINION_TEXT_MAX = 5000;

export const regionalOpinionInput = z.object({
	partnerId: z.preprocess(
		(v) => (v === '' || v === null ? undefined : v),
		z.uuid({ error: 'opinions.error.partner' }).optional().meta({
			description:
				'Le partenaire au nom duquel l’avis est donné (UUID) ; facultatif quand la personne n’est membre que d’un partenaire qui lit la candidature.'
		})
	),
	recommendation: z.enum(RECOMMENDATIONS, { error: 'opinions.error.recommendation' }).meta({
		description:
			'`strong_support` (très favorable), `support` (favorable), `reservations` (réservé), `against` (défavorable).'
	}),
	text: z
		.string({ error: 'opinions.error.textLength' })
		.trim()
		.min(OPINION_TEXT_MIN, 'opinions.error.textLength')
		.max(OPINION_TEXT_MAX, 'opinions.error.textLength')
		.meta({ description: 'L’avis, en texte libre (20 à 5 000 caractères).' })
});
export type RegionalOpinionInput = z.input<typeof regionalOpinionInput>;
