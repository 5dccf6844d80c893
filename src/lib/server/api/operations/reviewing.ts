/**
 * REST operations of the jury selection issue (reviewing); spread into `operations`
 * (../operations.ts). Only the jury member an assignment names opens its review (anyone else:
 * 404); the same rules as the juror's pages.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { parseInput } from '../../programmes/schemas.ts';
import { reviewInput } from '../../review/reviewSchemas.ts';

const TAG = 'Jury';
const instant = z.iso.datetime({ offset: true });
const localized = z.strictObject({ fr: z.string(), en: z.string() });

const callId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' })
});
const assignmentRef = z.object({
	assignmentId: z.uuid().meta({ description: 'Identifiant (UUID) de l’affectation.' })
});

const progress = z.enum(['not_started', 'draft', 'submitted']);

const scoresView = z
	.record(
		z.string(),
		z.strictObject({
			score: z.number().nullable().optional(),
			comment: z.string()
		})
	)
	.meta({
		description:
			'Par clé de critère : la note (`null` : « non concerné » ; absente : pas encore notée) et ' +
			'le commentaire.'
	});

const reviewView = z
	.strictObject({
		status: progress,
		scores: scoresView,
		commentToApplicant: z.string(),
		privateComment: z.string(),
		revision: z.number().int().meta({ description: 'À renvoyer avec le prochain enregistrement.' }),
		submittedAt: instant.nullable(),
		updatedAt: instant.nullable(),
		total: z
			.number()
			.nullable()
			.meta({ description: 'Note pondérée ramenée sur 1–4 (null sans note).' })
	})
	.meta({ description: 'L’évaluation du membre du jury.' });

const otherReviewView = z
	.strictObject({
		reviewerName: z.string(),
		status: z.enum(['draft', 'submitted']),
		scores: scoresView,
		commentToApplicant: z.string(),
		privateComment: z.string(),
		submittedAt: instant.nullable(),
		total: z.number().nullable()
	})
	.meta({ description: 'L’évaluation soumise d’un autre membre du jury.' });

const criterionView = z.strictObject({
	key: z.string(),
	label: localized,
	guidance: localized,
	weight: z.number(),
	scale: z.strictObject({ min: z.number(), max: z.number() }),
	allowNotApplicable: z.boolean(),
	commentRequired: z.boolean()
});

const myReviewItem = z.union([
	z.strictObject({
		assignmentId: z.uuid(),
		withdrawn: z.literal(false),
		applicationId: z.uuid(),
		reference: z.string(),
		title: z.string(),
		progress,
		updatedAt: instant.nullable(),
		submittedAt: instant.nullable()
	}),
	z
		.strictObject({ assignmentId: z.uuid(), withdrawn: z.literal(true) })
		.meta({ description: 'Retirée : conflit d’intérêts apparu après l’affectation.' })
]);

const reviewPage = z
	.strictObject({
		assignmentId: z.uuid(),
		call: z.strictObject({
			id: z.uuid(),
			title: z.string(),
			blindReview: z.boolean(),
			reviewsHiddenUntilSubmitted: z.boolean(),
			reviewDeadline: instant.nullable()
		}),
		grid: z.array(criterionView),
		application: z.strictObject({
			id: z.uuid(),
			reference: z.string(),
			title: z.string(),
			answers: z.record(z.string(), z.unknown()),
			organisation: z
				.strictObject({
					legalName: z.string(),
					type: z.string(),
					siret: z.string().nullable(),
					headcountBand: z.string(),
					postalCode: z.string(),
					website: z.string().nullable()
				})
				.nullable()
				.meta({ description: 'Null en évaluation à l’aveugle.' }),
			regionName: z.string().nullable(),
			holders: z
				.array(z.strictObject({ name: z.string(), email: z.string(), role: z.string() }))
				.meta({ description: 'Vide en évaluation à l’aveugle.' }),
			attachments: z.array(
				z.strictObject({ id: z.uuid(), questionKey: z.string(), fileName: z.string() })
			)
		}),
		review: reviewView,
		others: z
			.array(otherReviewView)
			.nullable()
			.meta({
				description:
					'Les évaluations soumises des autres membres ; null tant qu’elles sont masquées (l’appel ' +
					'les masque jusqu’à la soumission de la sienne). Jamais de brouillon.'
			})
	})
	.meta({ description: 'Une candidature à évaluer, la grille et l’évaluation.' });

const ONLY_ASSIGNED =
	'Seul le membre du jury affecté (accepté, non retiré, sans conflit d’intérêts) y accède ; 404 ' +
	'pour toute autre personne.';

export const reviewingOperations = {
	listMyReviews: defineOperation({
		id: 'listMyReviews',
		method: 'GET',
		path: '/calls/{id}/my-reviews',
		tag: TAG,
		summary: 'Mes évaluations dans un appel',
		description:
			'Les candidatures confiées au membre du jury, avec l’avancement de chaque évaluation, les ' +
			'totaux et la date limite. Une affectation devenue en conflit est marquée retirée, sans ' +
			'contenu. 404 pour qui n’est pas du jury de l’appel.',
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: {
			status: 200,
			name: 'MyReviews',
			description: 'Les évaluations du membre.',
			schema: z.strictObject({
				call: z.strictObject({
					id: z.uuid(),
					title: z.string(),
					reviewDeadline: instant.nullable()
				}),
				data: z.array(myReviewItem),
				counts: z.strictObject({
					total: z.number().int(),
					notStarted: z.number().int(),
					draft: z.number().int(),
					submitted: z.number().int()
				})
			})
		}
	}),

	getReview: defineOperation({
		id: 'getReview',
		method: 'GET',
		path: '/reviews/{assignmentId}',
		tag: TAG,
		summary: 'Une évaluation et sa candidature',
		description: ONLY_ASSIGNED,
		access: 'user',
		scope: 'reviews:read',
		params: assignmentRef,
		response: {
			status: 200,
			name: 'ReviewPage',
			description: 'La candidature, la grille, l’évaluation et celles des autres.',
			schema: reviewPage
		}
	}),

	saveReview: defineOperation({
		id: 'saveReview',
		method: 'PUT',
		path: '/reviews/{assignmentId}',
		tag: TAG,
		summary: 'Enregistrer le brouillon d’une évaluation',
		description:
			`${ONLY_ASSIGNED} Le brouillon peut être incomplet ; une note hors échelle ou « non ` +
			'concerné » là où le critère ne le permet pas : 422 sous `scores.<clé>.score`. `revision` ' +
			'doit être celle lue (0 avant le premier enregistrement) : sinon 409 et rien ne change. ' +
			'Une évaluation soumise : 409.',
		access: 'user',
		scope: 'reviews:write',
		params: assignmentRef,
		body: {
			name: 'ReviewInput',
			schema: reviewInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Review',
			description: 'L’évaluation enregistrée.',
			schema: reviewView
		},
		errors: [403, 409]
	}),

	submitReview: defineOperation({
		id: 'submitReview',
		method: 'POST',
		path: '/reviews/{assignmentId}/submit',
		tag: TAG,
		summary: 'Soumettre une évaluation',
		description:
			`${ONLY_ASSIGNED} Enregistre et soumet l’évaluation envoyée : chaque critère noté sur son ` +
			'échelle (ou « non concerné » s’il le permet) et commenté s’il l’exige, sinon 422 avec un ' +
			'message par champ (`scores.<clé>.score`, `scores.<clé>.comment`) et rien ne change. Même ' +
			'règle de révision que l’enregistrement. Une fois soumise, l’évaluation ne change plus (409).',
		access: 'user',
		scope: 'reviews:write',
		params: assignmentRef,
		body: {
			name: 'ReviewInput',
			schema: reviewInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Review',
			description: 'L’évaluation soumise.',
			schema: reviewView
		},
		errors: [403, 409]
	})
};
