/**
 * REST operations of the selection session issue (finalSelection); spread into `operations`
 * (../operations.ts). The pitch grid, the settings, the consolidation, the final decisions and
 * their notification are the programme team's (anyone else: 404); the pitch score sheets are each
 * jury member's own (call's jury, not in conflict with the project: otherwise 404).
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { parseInput } from '../../programmes/schemas.ts';
import { applicationView } from '../schemas.ts';
import { gridInput } from '../../review/grid.ts';
import { notifyInput } from '../../review/decisionSchemas.ts';
import { finalSettingsInput } from '../../finalSelection/pitchGrid.ts';
import { pitchScoresInput } from '../../finalSelection/pitchMerge.ts';
import { finalDecisionInput } from '../../finalSelection/decisions.ts';
import { CONSOLIDATION_SORTS } from '../../finalSelection/consolidation.ts';

const TAG = 'Jury';
const TEAM_ONLY = 'Réservé à l’équipe du programme (404 pour toute autre personne).';
const JUROR_ONLY =
	'Réservé aux membres du jury de l’appel (invitation acceptée, non retirés) sans conflit ' +
	'd’intérêts avec le projet, sur les projets présélectionnés, retenus ou non retenus ; 404 pour ' +
	'toute autre personne. Chaque membre ne voit que sa propre fiche.';

const callId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' })
});
const applicationId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) du projet (candidature).' })
});
const localized = z.strictObject({ fr: z.string(), en: z.string() });
const scale = z.strictObject({ min: z.number(), max: z.number() });
const criterionView = z.strictObject({
	key: z.string(),
	label: localized,
	guidance: localized,
	weight: z.number(),
	scale,
	allowNotApplicable: z.boolean(),
	commentRequired: z.boolean()
});
const settingsView = z.strictObject({
	reviewWeight: z.number().int(),
	pitchWeight: z.number().int(),
	retentionTarget: z.number().int()
});

const pitchSetupView = z
	.strictObject({
		callId: z.uuid(),
		grid: z
			.array(criterionView)
			.meta({ description: 'La grille de pitch ; `[]` tant qu’elle n’est pas définie.' }),
		proposal: z
			.array(criterionView)
			.meta({ description: 'La grille à proposer (la grille par défaut tant qu’elle est vide).' }),
		settings: settingsView,
		editable: z
			.boolean()
			.meta({ description: 'Faux dès qu’une note de pitch existe : la grille est figée.' })
	})
	.meta({ description: 'La grille de pitch et les réglages de la sélection finale.' });

const pitchEntry = z.strictObject({
	score: z.number().nullable(),
	comment: z.string(),
	at: z.string().meta({ description: 'Heure de la modification sur l’appareil.' })
});

const project = z.strictObject({
	id: z.uuid(),
	reference: z.string(),
	title: z.string(),
	status: z.string()
});

const myPitchView = z
	.strictObject({
		call: z.strictObject({ id: z.uuid(), title: z.string() }),
		application: project,
		grid: z.array(criterionView),
		scores: z.record(z.string(), pitchEntry),
		scored: z.number().int(),
		revision: z.number().int(),
		editable: z
			.boolean()
			.meta({ description: 'Vrai tant que le projet est présélectionné et la grille définie.' })
	})
	.meta({ description: 'La fiche de notes de pitch du membre du jury.' });

const consolidationView = z
	.strictObject({
		call: z.strictObject({
			id: z.uuid(),
			programmeId: z.uuid(),
			title: z.string(),
			slug: z.string()
		}),
		settings: settingsView,
		sort: z.enum(CONSOLIDATION_SORTS),
		reviewScale: scale,
		pitchGrid: z.array(criterionView),
		rows: z.array(
			z.strictObject({
				id: z.uuid(),
				reference: z.string(),
				title: z.string(),
				status: z.string(),
				notified: z.boolean(),
				rank: z.number().int().nullable(),
				calibrated: z
					.number()
					.nullable()
					.meta({ description: 'Score calibré de la première étape, sur l’échelle de la grille.' }),
				review: z.number().nullable().meta({ description: 'Le score calibré ramené sur 0–100.' }),
				pitch: z
					.number()
					.nullable()
					.meta({ description: 'Score de pitch sur 0–100 (moyenne des juré·es).' }),
				pitchJurors: z.number().int(),
				pitchCriteria: z.array(
					z.strictObject({ key: z.string(), mean: z.number().nullable(), count: z.number().int() })
				),
				consolidated: z
					.number()
					.nullable()
					.meta({ description: 'Score consolidé sur 0–100 selon la pondération de l’appel.' }),
				opinions: z.array(
					z.strictObject({
						partnerId: z.uuid(),
						partnerName: z.string(),
						recommendation: z.string()
					})
				)
			})
		),
		counts: z.strictObject({
			shortlisted: z.number().int(),
			retained: z.number().int(),
			not_retained: z.number().int()
		}),
		toNotify: z.number().int()
	})
	.meta({ description: 'La consolidation de la sélection finale.' });

const sort = z
	.enum(CONSOLIDATION_SORTS, { error: 'finalSelection.error.sort' })
	.default('consolidated')
	.meta({ description: '`consolidated` (par défaut), `review`, `pitch` ou `reference`.' });

export const finalSelectionOperations = {
	getPitchSetup: defineOperation({
		id: 'getPitchSetup',
		method: 'GET',
		path: '/calls/{id}/pitch-grid',
		tag: TAG,
		summary: 'La grille de pitch et les réglages de la sélection finale',
		description: TEAM_ONLY,
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: {
			status: 200,
			name: 'PitchSetup',
			description: 'Grille et réglages.',
			schema: pitchSetupView
		}
	}),

	savePitchGrid: defineOperation({
		id: 'savePitchGrid',
		method: 'PUT',
		path: '/calls/{id}/pitch-grid',
		tag: TAG,
		summary: 'Remplacer la grille de pitch d’un appel',
		description: `${TEAM_ONLY} Même format que la grille d’évaluation. Refusé (409) dès qu’une note de pitch existe.`,
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'PitchGridInput',
			schema: gridInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'PitchSetup',
			description: 'Grille et réglages.',
			schema: pitchSetupView
		},
		errors: [409]
	}),

	saveFinalSettings: defineOperation({
		id: 'saveFinalSettings',
		method: 'PUT',
		path: '/calls/{id}/final-settings',
		tag: TAG,
		summary: 'Pondération et objectif de la sélection finale',
		description: `${TEAM_ONLY} Les deux poids (en %) doivent faire 100 (422 sinon).`,
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'FinalSettingsInput',
			schema: finalSettingsInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'PitchSetup',
			description: 'Grille et réglages.',
			schema: pitchSetupView
		}
	}),

	getMyPitchScores: defineOperation({
		id: 'getMyPitchScores',
		method: 'GET',
		path: '/applications/{id}/pitch-scores',
		tag: TAG,
		summary: 'Ma fiche de notes de pitch d’un projet',
		description: JUROR_ONLY,
		access: 'user',
		scope: 'reviews:read',
		params: applicationId,
		response: { status: 200, name: 'PitchSheet', description: 'La fiche.', schema: myPitchView }
	}),

	saveMyPitchScores: defineOperation({
		id: 'saveMyPitchScores',
		method: 'PUT',
		path: '/applications/{id}/pitch-scores',
		tag: TAG,
		summary: 'Envoyer des notes de pitch (fusion par critère)',
		description:
			`${JUROR_ONLY} Fusion par critère : une modification remplace la note enregistrée seulement ` +
			'si son `at` est plus récent ; une modification plus ancienne ou renvoyée ne change rien ' +
			'(on peut renvoyer sans risque). Critère inconnu ou note hors échelle : 422 et rien ' +
			'n’est gardé. Projet déjà décidé ou grille non définie : 409.',
		access: 'user',
		scope: 'reviews:write',
		params: applicationId,
		body: {
			name: 'PitchScoresInput',
			schema: pitchScoresInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'PitchSheetMerged',
			description: 'La fiche après fusion, avec les critères changés.',
			schema: myPitchView.extend({ changed: z.array(z.string()) })
		},
		errors: [403, 409]
	}),

	getFinalConsolidation: defineOperation({
		id: 'getFinalConsolidation',
		method: 'GET',
		path: '/calls/{id}/final-selection',
		tag: TAG,
		summary: 'La consolidation de la sélection finale',
		description:
			`${TEAM_ONLY} Pour chaque projet présélectionné, retenu ou non retenu : score calibré de la ` +
			'première étape et score de pitch ramenés sur 0–100, score consolidé selon la pondération, ' +
			'avis régionaux, décision communiquée ou non.',
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		query: z.object({ sort }),
		response: {
			status: 200,
			name: 'FinalConsolidation',
			description: 'La consolidation.',
			schema: consolidationView
		}
	}),

	exportFinalConsolidation: defineOperation({
		id: 'exportFinalConsolidation',
		method: 'GET',
		path: '/calls/{id}/final-selection/export',
		tag: TAG,
		summary: 'Exporter la consolidation (CSV ou XLSX)',
		description: `${TEAM_ONLY} Les colonnes du tableau de l’équipe.`,
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
			name: 'FinalConsolidationExport',
			description: 'Le fichier, en pièce jointe.',
			schema: z.string(),
			files: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
		}
	}),

	decideFinal: defineOperation({
		id: 'decideFinal',
		method: 'POST',
		path: '/applications/{id}/final-decision',
		tag: TAG,
		summary: 'Retenir ou non un projet présélectionné (équipe)',
		description:
			'`shortlisted → retained | not_retained`, et révision entre les deux tant que la décision ' +
			'n’a pas été communiquée (409 ensuite). Motif obligatoire ; `from` est le statut vu : s’il a ' +
			'changé, 409. Les porteur·ses ne sont pas prévenu·es ici. Le jeton doit porter aussi ' +
			'`applications:write` (sinon 403). 404 hors de l’équipe du programme.',
		access: 'user',
		scope: 'reviews:write',
		params: applicationId,
		body: {
			name: 'FinalDecision',
			schema: finalDecisionInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Application',
			description: 'Le projet avec son nouveau statut.',
			schema: applicationView
		},
		errors: [403, 409]
	}),

	notifyFinalDecisions: defineOperation({
		id: 'notifyFinalDecisions',
		method: 'POST',
		path: '/calls/{id}/final-selection/notify',
		tag: TAG,
		summary: 'Informer les porteur·ses des décisions finales (équipe)',
		description:
			'Un e-mail par porteur·se de chaque projet retenu ou non retenu dont la décision n’a pas ' +
			'encore été communiquée, dans sa langue, avec la décision et son motif. 409 tant qu’un ' +
			'projet reste présélectionné sans décision, ou quand tout a déjà été communiqué. ' +
			'`dryRun: true` compte sans rien envoyer. 404 hors de l’équipe du programme.',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'FinalDecisionNotification',
			schema: notifyInput,
			parse: (schema, raw) => parseInput(schema, raw ?? {})
		},
		response: {
			status: 200,
			name: 'FinalDecisionNotificationResult',
			description: 'Ce qui a été (ou serait) envoyé.',
			schema: z.strictObject({
				dryRun: z.boolean(),
				undecided: z.number().int(),
				notified: z.strictObject({ retained: z.number().int(), not_retained: z.number().int() }),
				alreadyNotified: z.number().int(),
				emails: z.number().int()
			})
		},
		errors: [403, 409]
	})
};
