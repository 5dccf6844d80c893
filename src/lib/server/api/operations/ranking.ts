/**
 * REST operations of the jury selection issue (ranking); spread into `operations` (../operations.ts).
 * The programme team only: anybody else gets 404.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';

const TAG = 'Jury';
const RANKING_SORTS = ['calibrated', 'raw'] as const;

const callId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' })
});

const sort = z
	.enum(RANKING_SORTS, { error: 'ranking.error.sort' })
	.default('calibrated')
	.meta({
		description:
			'`calibrated` (par défaut) : par score calibré ; `raw` : par moyenne brute ; à égalité, ' +
			'par référence. Les candidatures sans note viennent en dernier.'
	});

const scale = z.strictObject({ min: z.number(), max: z.number() });
const score = z.number().nullable();

export const rankingView = z
	.strictObject({
		call: z.strictObject({
			id: z.uuid(),
			programmeId: z.uuid(),
			title: z.string(),
			slug: z.string(),
			shortlistTarget: z.number().int().meta({
				description: 'Le nombre de candidatures que le jury doit présélectionner.'
			})
		}),
		sort: z.enum(RANKING_SORTS),
		scale: scale.meta({
			description: 'L’échelle des notes pondérées, des moyennes et des scores calibrés.'
		}),
		criteria: z.array(
			z.strictObject({
				key: z.string(),
				label: z.strictObject({ fr: z.string(), en: z.string() }),
				weight: z.number(),
				scale
			})
		),
		rows: z.array(
			z.strictObject({
				id: z.uuid(),
				reference: z.string(),
				title: z.string(),
				status: z.string().meta({ description: 'Le statut de la candidature.' }),
				rank: z.number().int().nullable().meta({
					description: 'Position dans l’ordre choisi (1 : la meilleure) ; `null` sans note.'
				}),
				reviews: z.number().int().meta({ description: 'Évaluations déposées et notées.' }),
				assigned: z.number().int().meta({ description: 'Membres du jury affectés.' }),
				rawMean: score.meta({ description: 'Moyenne des notes pondérées des évaluations.' }),
				calibrated: score.meta({
					description: 'Score calibré : la note qu’un·e juré·e moyen·ne aurait donnée.'
				}),
				uncertainty: score.meta({ description: 'Écart-type a posteriori du score calibré.' }),
				disagreement: score.meta({
					description:
						'Écart-type des notes corrigées des biais ; `null` avec moins de deux évaluations.'
				}),
				range: score.meta({ description: 'Écart entre la plus haute et la plus basse note.' }),
				discuss: z.boolean().meta({ description: 'Désaccord fort : à discuter.' }),
				criteria: z
					.array(
						z.strictObject({
							key: z.string(),
							mean: score,
							count: z.number().int()
						})
					)
					.meta({
						description:
							'Moyenne par critère, dans l’ordre de la grille, sur les notes données (« non ' +
							'concerné » exclu) ; `count` : le nombre de ces notes.'
					}),
				opinions: z.array(
					z.strictObject({
						partnerId: z.uuid(),
						partnerName: z.string(),
						recommendation: z.string().meta({
							description: '`strong_support`, `support`, `reservations` ou `against`.'
						})
					})
				)
			})
		),
		reviewers: z
			.array(
				z.strictObject({
					juryMemberId: z.uuid(),
					name: z.string(),
					reviews: z.number().int(),
					bias: z.number().meta({
						description: 'Ajouté à chaque note du membre : négatif, sévère ; positif, indulgent.'
					}),
					uncertainty: z.number(),
					rawMean: z.number()
				})
			)
			.meta({ description: 'Les biais des membres du jury, du plus sévère au plus indulgent.' }),
		shortlisted: z.number().int().meta({ description: 'Candidatures déjà présélectionnées.' }),
		noiseSd: z.number().nullable().meta({ description: 'Bruit σ estimé sur tout l’appel.' })
	})
	.meta({ description: 'Le classement des candidatures d’un appel.' });

export const rankingOperations = {
	getCallRanking: defineOperation({
		id: 'getCallRanking',
		method: 'GET',
		path: '/calls/{id}/ranking',
		tag: TAG,
		summary: 'Le classement des candidatures d’un appel',
		description:
			'Réservé à l’équipe du programme ; 404 pour toute autre personne. Calculé sur les ' +
			'évaluations déposées seulement (jamais les brouillons) : la note pondérée de chacune, ' +
			'calibrée sur tout l’appel (sévérité et indulgence des juré·es corrigées), la moyenne ' +
			'brute, le désaccord et le drapeau « à discuter », les moyennes par critère, les avis ' +
			'régionaux, le statut ; les biais des membres du jury ; l’objectif de présélection.',
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		query: z.object({ sort }),
		response: {
			status: 200,
			name: 'Ranking',
			description: 'Le classement.',
			schema: rankingView
		}
	}),

	exportCallRanking: defineOperation({
		id: 'exportCallRanking',
		method: 'GET',
		path: '/calls/{id}/ranking/export',
		tag: TAG,
		summary: 'Exporter le classement d’un appel (CSV ou XLSX)',
		description:
			'Les colonnes du tableau de l’équipe : rang, référence, titre, statut, score calibré, ' +
			'incertitude, moyenne brute, désaccord, écart max, à discuter, évaluations déposées et ' +
			'attribuées, une colonne par critère, avis régionaux. Même accès que ' +
			'`GET /calls/{id}/ranking`.',
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		query: z.object({
			sort,
			format: z.enum(['csv', 'xlsx'], { error: 'ranking.error.format' }).default('csv').meta({
				description: '`csv` (par défaut) : UTF-8 avec BOM, séparateur `;` ; `xlsx` : Excel.'
			})
		}),
		response: {
			status: 200 as const,
			name: 'RankingExport',
			description: 'Le fichier, en pièce jointe.',
			schema: z.string(),
			files: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
		}
	})
};
