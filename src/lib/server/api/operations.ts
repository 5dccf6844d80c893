/**
 * Every operation of the REST API, in one place. A route's `+server.ts` runs its operation with
 * `route(operations.x, …)`; the OpenAPI document lists them all. To add an endpoint: declare it
 * here, then write the route.
 */
import { z } from 'zod';
import {
	cycleInput,
	cycleUpdate,
	parseInput,
	programmeInput,
	programmeUpdate
} from '../programmes/schemas.ts';
import { defineOperation } from './operation.ts';
import { pageQuery } from './pagination.ts';
import { cycleView, meView, pageOf, programmeView } from './schemas.ts';
import { callInput, callUpdate, listQuery, parseCall, statusInput } from '../calls/schemas.ts';
import { formDefinition } from '../calls/form/definition.ts';
import { parseFormDefinition } from '../calls/form/parse.ts';
import { callDetailView, callView, formVersionView } from './schemas.ts';
import {
	applicationListQuery,
	extensionInput,
	invitationInput,
	saveDraftInput,
	startInput,
	transitionInput,
	withdrawInput
} from '../applications/schemas.ts';
import {
	applicationDetailView,
	applicationSummaryView,
	applicationView,
	submissionReceiptView
} from './schemas.ts';
import { attachmentView } from './schemas.ts';
import { termsInput } from '../calls/schemas.ts';
import { parseTerms } from '../calls/saveTerms.ts';
import { screeningApiQuery } from '../applications/screening.ts';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../applications/status.ts';
import { HEADCOUNT_BANDS, ORGANISATION_TYPES } from '../applications/organisation.ts';
import { partnersOperations } from './operations/partners.ts';
import { opinionsOperations } from './operations/opinions.ts';
import { funnelOperations } from './operations/funnel.ts';
import { juryOperations } from './operations/jury.ts';
import { conflictsOperations } from './operations/conflicts.ts';
import { assignmentsOperations } from './operations/assignments.ts';
import { reviewingOperations } from './operations/reviewing.ts';
import { rankingOperations } from './operations/ranking.ts';
import { decisionsOperations } from './operations/decisions.ts';
import { eventsOperations } from './operations/events.ts';
import { canvasOperations } from './operations/canvas.ts';
import { synergiesOperations } from './operations/synergies.ts';
import { finalSelectionOperations } from './operations/finalSelection.ts';

/** The organisation profile as a client sends it (checked by the use case, field by field). */
const organisationBody = z.object({
	legalName: z.string().meta({ description: 'Raison sociale (2 à 200 caractères).' }),
	type: z.enum(ORGANISATION_TYPES),
	siret: z
		.string()
		.optional()
		.meta({ description: 'SIRET (14 chiffres, clé de Luhn) ; facultatif pour certains types.' }),
	headcountBand: z.enum(HEADCOUNT_BANDS),
	postalCode: z
		.string()
		.meta({ description: 'Code postal ; la région en est déduite (code INSEE).' }),
	website: z.string().optional()
});

const invitationView = z.strictObject({
	id: z.uuid(),
	email: z.email(),
	expiresAt: z.iso.datetime({ offset: true })
});

const programmeRef = z.object({
	id: z
		.string()
		.min(1)
		.max(200)
		.meta({ description: 'Identifiant (UUID) ou adresse (slug) du programme.' })
});
const callId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' })
});
const applicationId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de la candidature.' })
});
const cycleId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de la promotion.' })
});

// The programme's editable lists (QVCT themes, project typology).
const termView = z.strictObject({
	value: z.string().meta({ description: 'Clé stable du terme : celle que citent les réponses.' }),
	label: z.strictObject({ fr: z.string(), en: z.string() }),
	position: z.number().int().meta({ description: 'Rang dans la liste, à partir de 0.' }),
	archived: z.boolean().meta({
		description:
			'Archivé : retiré des formulaires pour les nouvelles réponses, gardé par celles qui le citent.'
	})
});
const termListRef = programmeRef.extend({
	kind: z
		.enum(['qvct_themes', 'typology'])
		.meta({ description: '`qvct_themes` (thèmes QVCT) ou `typology` (typologie des projets).' })
});

export const operations = {
	getOpenApi: defineOperation({
		id: 'getOpenApi',
		method: 'GET',
		path: '/openapi.json',
		tag: 'Documentation',
		summary: 'Ce document OpenAPI',
		access: 'public',
		scope: null,
		response: {
			status: 200,
			name: 'OpenApiDocument',
			description: 'Le document OpenAPI 3.1 de l’API.',
			schema: z.record(z.string(), z.unknown())
		}
	}),

	getMe: defineOperation({
		id: 'getMe',
		method: 'GET',
		path: '/me',
		tag: 'Compte',
		summary: 'La personne connectée',
		description:
			'Identité, langue, rôles (par programme et par région) et portées du jeton utilisé.',
		access: 'user',
		scope: 'profile:read',
		response: { status: 200, name: 'Me', description: 'La personne connectée.', schema: meView }
	}),

	listProgrammes: defineOperation({
		id: 'listProgrammes',
		method: 'GET',
		path: '/programmes',
		tag: 'Programmes',
		summary: 'Les programmes, par nom',
		description: 'Liste publique, paginée par curseur.',
		access: 'public',
		scope: 'programmes:read',
		query: pageQuery,
		response: {
			status: 200,
			name: 'ProgrammePage',
			description: 'Une page de programmes.',
			schema: pageOf(programmeView)
		}
	}),

	createProgramme: defineOperation({
		id: 'createProgramme',
		method: 'POST',
		path: '/programmes',
		tag: 'Programmes',
		summary: 'Créer un programme',
		description:
			'Réservé à l’équipe programme de la plateforme (rôle `team` sur tous les programmes). ' +
			'L’adresse (`slug`) est tirée du nom quand elle n’est pas donnée.',
		access: 'user',
		scope: 'programmes:write',
		body: { name: 'ProgrammeInput', schema: programmeInput, parse: parseInput },
		response: {
			status: 201,
			name: 'Programme',
			description: 'Le programme créé ; son adresse est dans l’en-tête Location.',
			schema: programmeView
		}
	}),

	getProgramme: defineOperation({
		id: 'getProgramme',
		method: 'GET',
		path: '/programmes/{id}',
		tag: 'Programmes',
		summary: 'Un programme',
		access: 'public',
		scope: 'programmes:read',
		params: programmeRef,
		response: {
			status: 200,
			name: 'Programme',
			description: 'Le programme.',
			schema: programmeView
		}
	}),

	updateProgramme: defineOperation({
		id: 'updateProgramme',
		method: 'PATCH',
		path: '/programmes/{id}',
		tag: 'Programmes',
		summary: 'Modifier un programme',
		description: 'Réservé à l’équipe du programme. Seuls les champs envoyés changent.',
		access: 'user',
		scope: 'programmes:write',
		params: programmeRef,
		body: { name: 'ProgrammeUpdate', schema: programmeUpdate, patch: true, parse: parseInput },
		response: {
			status: 200,
			name: 'Programme',
			description: 'Le programme modifié.',
			schema: programmeView
		}
	}),

	listProgrammeTerms: defineOperation({
		id: 'listProgrammeTerms',
		method: 'GET',
		path: '/programmes/{id}/terms',
		tag: 'Programmes',
		summary: 'Les listes d’un programme : thèmes QVCT et typologie des projets',
		description:
			'Les deux listes qui alimentent les questions « Thèmes QVCT » (`qvct_themes`) et ' +
			'« Typologie » (`typology`) des formulaires, dans leur ordre, termes archivés compris ' +
			'(`archived`) : les réponses déjà données peuvent les citer.',
		access: 'public',
		scope: 'calls:read',
		params: programmeRef,
		response: {
			status: 200,
			name: 'ProgrammeTerms',
			description: 'Les deux listes du programme.',
			schema: z.strictObject({ qvct_themes: z.array(termView), typology: z.array(termView) })
		}
	}),

	saveProgrammeTerms: defineOperation({
		id: 'saveProgrammeTerms',
		method: 'PUT',
		path: '/programmes/{id}/terms/{kind}',
		tag: 'Programmes',
		summary: 'Remplacer une liste d’un programme (thèmes QVCT ou typologie)',
		description:
			'Réservé à l’équipe du programme. `terms` donne la liste dans l’ordre voulu ; un terme ' +
			'existant est désigné par sa clé (`value`), un nouveau n’en a pas (elle est tirée de son ' +
			'intitulé français). Un terme absent de la liste, ou envoyé avec `archived: true`, est ' +
			'archivé, jamais supprimé : il disparaît des formulaires pour les nouvelles réponses et ' +
			'les réponses qui le citent le gardent ; renvoyé sans `archived`, il est rétabli. ' +
			'Chaque erreur est rapportée sous son champ (`terms.2.labelFr`).',
		access: 'user',
		scope: 'calls:write',
		params: termListRef,
		body: {
			name: 'TermsInput',
			schema: termsInput,
			parse: (_schema, raw) => parseTerms(raw)
		},
		response: {
			status: 200,
			name: 'TermList',
			description: 'La liste enregistrée, termes archivés compris.',
			schema: z.strictObject({ kind: termListRef.shape.kind, terms: z.array(termView) })
		}
	}),

	listCycles: defineOperation({
		id: 'listCycles',
		method: 'GET',
		path: '/programmes/{id}/cycles',
		tag: 'Promotions',
		summary: 'Les promotions d’un programme',
		access: 'public',
		scope: 'programmes:read',
		params: programmeRef,
		query: pageQuery,
		response: {
			status: 200,
			name: 'CyclePage',
			description: 'Une page de promotions, avec leur calendrier.',
			schema: pageOf(cycleView)
		}
	}),

	createCycle: defineOperation({
		id: 'createCycle',
		method: 'POST',
		path: '/programmes/{id}/cycles',
		tag: 'Promotions',
		summary: 'Créer une promotion',
		description:
			'Réservé à l’équipe du programme. Les dates sont en ISO 8601 avec décalage ' +
			'(`2026-03-02T09:00:00+01:00`) ou en heure de Paris (`2026-03-02`, `2026-03-02T09:00`).',
		access: 'user',
		scope: 'programmes:write',
		params: programmeRef,
		body: { name: 'CycleInput', schema: cycleInput, parse: parseInput },
		response: {
			status: 201,
			name: 'Cycle',
			description: 'La promotion créée ; son adresse est dans l’en-tête Location.',
			schema: cycleView
		}
	}),

	getCycle: defineOperation({
		id: 'getCycle',
		method: 'GET',
		path: '/cycles/{id}',
		tag: 'Promotions',
		summary: 'Une promotion et son calendrier',
		access: 'public',
		scope: 'programmes:read',
		params: cycleId,
		response: { status: 200, name: 'Cycle', description: 'La promotion.', schema: cycleView }
	}),

	updateCycle: defineOperation({
		id: 'updateCycle',
		method: 'PATCH',
		path: '/cycles/{id}',
		tag: 'Promotions',
		summary: 'Modifier une promotion',
		description:
			'Réservé à l’équipe du programme. Seuls les champs envoyés changent ; `phases`, quand il ' +
			'est envoyé, remplace tout le calendrier.',
		access: 'user',
		scope: 'programmes:write',
		params: cycleId,
		body: { name: 'CycleUpdate', schema: cycleUpdate, patch: true, parse: parseInput },
		response: {
			status: 200,
			name: 'Cycle',
			description: 'La promotion modifiée.',
			schema: cycleView
		}
	}),

	listCalls: defineOperation({
		id: 'listCalls',
		method: 'GET',
		path: '/calls',
		tag: 'Appels à projets',
		summary: 'Les appels à projets',
		description:
			'Liste publique des appels publiés ou clos (l’équipe d’un programme voit aussi ses ' +
			'brouillons et ses appels archivés), la clôture la plus proche d’abord, paginée par curseur. ' +
			'`status=open` : les appels ouverts aux candidatures en ce moment.',
		access: 'public',
		scope: 'calls:read',
		query: pageQuery.extend(listQuery.shape),
		response: {
			status: 200,
			name: 'CallPage',
			description: 'Une page d’appels à projets.',
			schema: pageOf(callView)
		}
	}),

	createCall: defineOperation({
		id: 'createCall',
		method: 'POST',
		path: '/programmes/{id}/calls',
		tag: 'Appels à projets',
		summary: 'Créer un appel à projets (brouillon)',
		description:
			'Réservé à l’équipe du programme. L’appel naît en brouillon ; son adresse (`slug`) est ' +
			'tirée du titre quand elle n’est pas donnée. Dates en ISO 8601 avec décalage ou en heure de Paris.',
		access: 'user',
		scope: 'calls:write',
		params: programmeRef,
		body: { name: 'CallInput', schema: callInput, parse: parseCall },
		response: {
			status: 201,
			name: 'Call',
			description: 'L’appel créé ; son adresse est dans l’en-tête Location.',
			schema: callView
		}
	}),

	getCall: defineOperation({
		id: 'getCall',
		method: 'GET',
		path: '/calls/{id}',
		tag: 'Appels à projets',
		summary: 'Un appel à projets et son formulaire',
		description:
			'Public quand l’appel est publié ou clos. Le formulaire actuel donne, pour chaque question, ' +
			'sa clé, son type, son caractère obligatoire, ses options et sa condition d’affichage.',
		access: 'public',
		scope: 'calls:read',
		params: callId,
		response: {
			status: 200,
			name: 'CallDetail',
			description: 'L’appel et son formulaire actuel.',
			schema: callDetailView
		}
	}),

	updateCall: defineOperation({
		id: 'updateCall',
		method: 'PATCH',
		path: '/calls/{id}',
		tag: 'Appels à projets',
		summary: 'Modifier un appel à projets',
		description: 'Réservé à l’équipe du programme. Seuls les champs envoyés changent.',
		access: 'user',
		scope: 'calls:write',
		params: callId,
		body: { name: 'CallUpdate', schema: callUpdate, patch: true, parse: parseCall },
		response: { status: 200, name: 'Call', description: 'L’appel modifié.', schema: callView }
	}),

	saveCallForm: defineOperation({
		id: 'saveCallForm',
		method: 'PUT',
		path: '/calls/{id}/form',
		tag: 'Appels à projets',
		summary: 'Enregistrer le formulaire de candidature',
		description:
			'Remplace le formulaire de l’appel. Tant qu’aucune candidature n’a commencé, la version ' +
			'actuelle est modifiée ; sinon une nouvelle version est créée. Chaque erreur est rapportée ' +
			'sous le chemin de son champ (`sections.0.questions.2.options`).',
		access: 'user',
		scope: 'calls:write',
		params: callId,
		body: {
			name: 'FormDefinition',
			schema: formDefinition,
			parse: (_schema, raw) => parseFormDefinition(raw)
		},
		response: {
			status: 200,
			name: 'FormVersion',
			description: 'La version enregistrée.',
			schema: formVersionView
		}
	}),

	changeCallStatus: defineOperation({
		id: 'changeCallStatus',
		method: 'POST',
		path: '/calls/{id}/status',
		tag: 'Appels à projets',
		summary: 'Publier, clore, rouvrir ou archiver un appel',
		description:
			'`draft → published → closed → archived`, `closed → published` pour rouvrir, ' +
			'`draft → archived` pour écarter un brouillon. Publier demande les deux dates et un ' +
			'formulaire d’au moins une question (422 sinon) ; un changement impossible répond 409.',
		access: 'user',
		scope: 'calls:write',
		params: callId,
		body: {
			name: 'CallStatusInput',
			schema: statusInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: { status: 200, name: 'Call', description: 'L’appel.', schema: callView },
		errors: [409]
	}),

	createApplication: defineOperation({
		id: 'createApplication',
		method: 'POST',
		path: '/calls/{id}/applications',
		tag: 'Candidatures',
		summary: 'Commencer une candidature (brouillon)',
		description:
			'Toute personne connectée, sur un appel publié et ouvert. Le brouillon répond à la version ' +
			'actuelle du formulaire ; le corps peut porter `title`, `organisation` (profil de la ' +
			'structure) et `answers` (réponses par clé de question). Chaque erreur est rapportée sous ' +
			'son champ (`organisation.siret`, `answers.resume`) ; un appel fermé répond 409.',
		access: 'user',
		scope: 'applications:write',
		params: callId,
		body: {
			name: 'ApplicationStart',
			schema: startInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'Application',
			description: 'Le brouillon créé ; son adresse est dans l’en-tête Location.',
			schema: applicationView
		},
		errors: [409]
	}),

	listApplications: defineOperation({
		id: 'listApplications',
		method: 'GET',
		path: '/applications',
		tag: 'Candidatures',
		summary: 'Les candidatures',
		description:
			'L’équipe d’un programme voit toutes les candidatures de ses appels ; un·e porteur·se, les ' +
			'siennes ; un partenaire régional, hors brouillons, celles de ses régions et celles qui lui ' +
			'sont attribuées. Les plus récentes d’abord, paginées par curseur. `q` : recherche plein ' +
			'texte en français (titre, réponses écrites, nom de la structure) ; `typology` et `theme` : une ' +
			'valeur des listes du programme choisie dans une question de ce type ; `flagged` : avec ' +
			'(`true`) ou sans (`false`) point à vérifier relevé au dépôt.',
		access: 'user',
		scope: 'applications:read',
		query: pageQuery.extend(applicationListQuery.shape),
		response: {
			status: 200,
			name: 'ApplicationPage',
			description: 'Une page de candidatures.',
			schema: pageOf(applicationSummaryView)
		}
	}),

	exportCallApplications: defineOperation({
		id: 'exportCallApplications',
		method: 'GET',
		path: '/calls/{id}/applications/export',
		tag: 'Candidatures',
		summary: 'Exporter les candidatures d’un appel (CSV ou XLSX)',
		description:
			'Réservé à l’équipe du programme (404 sinon). Toutes les candidatures qui correspondent ' +
			'aux filtres (mêmes paramètres que le tableau de suivi ; sans `status`, toutes sauf les ' +
			'brouillons), dans l’ordre de `sort`, une ligne chacune : référence, statut, titre, date ' +
			'de dépôt (heure de Paris), structure, points à vérifier, puis une colonne par question ' +
			'(toutes les versions du formulaire utilisées). `format=csv` (par défaut) : UTF-8 avec ' +
			'BOM, séparateur `;` ; `format=xlsx` : classeur Excel.',
		access: 'user',
		scope: 'applications:read',
		params: callId,
		query: screeningApiQuery.extend({
			format: z
				.enum(['csv', 'xlsx'], { error: 'screening.error.format' })
				.default('csv')
				.meta({ description: '`csv` (par défaut) ou `xlsx`.' })
		}),
		response: {
			status: 200,
			name: 'ApplicationExport',
			description: 'Le fichier, en pièce jointe.',
			schema: z.string(),
			files: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
		}
	}),

	countCallApplications: defineOperation({
		id: 'countCallApplications',
		method: 'GET',
		path: '/calls/{id}/applications/counts',
		tag: 'Candidatures',
		summary: 'Le nombre de candidatures d’un appel, par statut',
		description:
			'Réservé à l’équipe du programme (404 sinon). Brouillons compris ; les filtres (sauf ' +
			'`status`) sont ceux de l’export.',
		access: 'user',
		scope: 'applications:read',
		params: callId,
		query: screeningApiQuery.omit({ status: true, sort: true }),
		response: {
			status: 200,
			name: 'ApplicationCounts',
			description: 'Les effectifs par statut.',
			schema: z.strictObject({
				callId: z.uuid(),
				counts: z
					.strictObject(
						Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, z.number().int()])) as Record<
							ApplicationStatus,
							z.ZodNumber
						>
					)
					.meta({ description: 'Nombre de candidatures par statut.' }),
				total: z
					.number()
					.int()
					.meta({ description: 'Toutes les candidatures, brouillons compris.' }),
				pipeline: z.number().int().meta({
					description: 'Les candidatures du tableau de suivi : toutes sauf les brouillons.'
				})
			})
		}
	}),

	getApplication: defineOperation({
		id: 'getApplication',
		method: 'GET',
		path: '/applications/{id}',
		tag: 'Candidatures',
		summary: 'Une candidature',
		description:
			'Pour ses porteur·ses, l’équipe du programme et, hors brouillons, les partenaires régionaux ' +
			'de sa région ou celui auquel elle est attribuée, en lecture seule (404 pour toute autre ' +
			'personne). Avec ce qui manque avant le dépôt, l’aperçu de l’éligibilité et l’historique ' +
			'des statuts.',
		access: 'user',
		scope: 'applications:read',
		params: applicationId,
		response: {
			status: 200,
			name: 'ApplicationDetail',
			description: 'La candidature.',
			schema: applicationDetailView
		}
	}),

	updateApplication: defineOperation({
		id: 'updateApplication',
		method: 'PATCH',
		path: '/applications/{id}',
		tag: 'Candidatures',
		summary: 'Enregistrer les réponses d’un brouillon',
		description:
			'Les réponses envoyées complètent celles déjà enregistrées (une clé à `null` efface sa ' +
			'réponse) ; les réponses aux questions masquées sont ignorées. `revision` est facultatif : ' +
			'quand il est donné et n’est plus la dernière révision (quelqu’un a enregistré entre-temps), ' +
			'la réponse est 409 et rien ne change. Chaque enregistrement incrémente la révision.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'ApplicationDraft',
			schema: saveDraftInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Application',
			description: 'Le brouillon enregistré.',
			schema: applicationView
		},
		errors: [403, 409]
	}),

	submitApplication: defineOperation({
		id: 'submitApplication',
		method: 'POST',
		path: '/applications/{id}/submit',
		tag: 'Candidatures',
		summary: 'Déposer une candidature',
		description:
			'Avant la date limite (horloge du serveur ; une prolongation accordée par l’équipe la ' +
			'repousse), sinon 409. Une candidature incomplète répond 422 en listant chaque réponse ' +
			'manquante (`answers.<clé>`) et `organisation` ; une règle d’éligibilité bloquante, 422 avec ' +
			'ses raisons sous `eligibility`. Envoie un accusé de réception par e-mail.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		response: {
			status: 200,
			name: 'SubmissionReceipt',
			description: 'L’accusé de réception.',
			schema: submissionReceiptView
		},
		errors: [403, 409, 422]
	}),

	withdrawApplication: defineOperation({
		id: 'withdrawApplication',
		method: 'POST',
		path: '/applications/{id}/withdraw',
		tag: 'Candidatures',
		summary: 'Retirer une candidature',
		description: 'Par ses porteur·ses, avec un motif (`reason`, obligatoire).',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'ApplicationWithdrawal',
			schema: withdrawInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Application',
			description: 'La candidature retirée.',
			schema: applicationView
		},
		errors: [403, 409]
	}),

	transitionApplication: defineOperation({
		id: 'transitionApplication',
		method: 'POST',
		path: '/applications/{id}/transitions',
		tag: 'Candidatures',
		summary: 'Changer le statut d’une candidature (équipe)',
		description:
			'Réservé à l’équipe du programme : `submitted → eligible | ineligible`, `eligible ↔ ' +
			'ineligible`, `eligible → under_review`, avec un motif (`reason`). Un changement impossible ' +
			'répond 422 (champ `to`). Les porteur·ses sont prévenu·es par e-mail quand cela les concerne.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'ApplicationTransition',
			schema: transitionInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Application',
			description: 'La candidature.',
			schema: applicationView
		},
		errors: [403, 409]
	}),

	saveApplicationOrganisation: defineOperation({
		id: 'saveApplicationOrganisation',
		method: 'PUT',
		path: '/applications/{id}/organisation',
		tag: 'Candidatures',
		summary: 'Enregistrer la structure d’un brouillon',
		description:
			'Par ses porteur·ses, tant que la candidature est un brouillon. Le SIRET est vérifié (clé ' +
			'de Luhn) et la région déduite du code postal. Chaque champ invalide est listé (422) et ' +
			'rien ne change.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'OrganisationInput',
			schema: organisationBody,
			// The use case checks the profile itself, with the same messages as the pages.
			parse: (_schema, raw) => raw as z.output<typeof organisationBody>
		},
		response: {
			status: 200,
			name: 'Application',
			description: 'Le brouillon, avec sa structure.',
			schema: applicationView
		},
		errors: [403, 409, 422]
	}),

	grantExtension: defineOperation({
		id: 'grantExtension',
		method: 'POST',
		path: '/applications/{id}/extension',
		tag: 'Candidatures',
		summary: 'Prolonger le dépôt d’un brouillon (équipe)',
		description:
			'Réservé à l’équipe du programme : ce brouillon pourra être déposé jusqu’à `until` ' +
			'(date ISO 8601, dans le futur), même après la clôture de l’appel. Motif facultatif.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'ApplicationExtension',
			schema: extensionInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Application',
			description: 'Le brouillon, avec sa prolongation.',
			schema: applicationView
		},
		errors: [403, 409]
	}),

	inviteCoholder: defineOperation({
		id: 'inviteCoholder',
		method: 'POST',
		path: '/applications/{id}/invitations',
		tag: 'Candidatures',
		summary: 'Inviter un·e co-porteur·se',
		description:
			'Par le porteur ou la porteuse principal·e : un e-mail part avec un lien personnel ; la ' +
			'personne invitée, connectée avec cette adresse, rejoint la candidature en suivant le lien.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'CoholderInvitation',
			schema: invitationInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'Invitation',
			description: 'L’invitation envoyée.',
			schema: invitationView
		},
		errors: [403, 409]
	}),

	addAttachment: defineOperation({
		id: 'addAttachment',
		method: 'POST',
		path: '/applications/{id}/attachments',
		tag: 'Candidatures',
		summary: 'Joindre un fichier à un brouillon',
		description:
			'Par ses porteur·ses, tant que la candidature est un brouillon (sinon 409). Corps en ' +
			'`multipart/form-data` : `question` (clé d’une question de type fichier du formulaire) et ' +
			'`file` (le fichier). Le type est reconnu au contenu, jamais au nom ni au type déclaré ; ' +
			'il doit être accepté par la question (PDF par défaut) et la taille ne pas dépasser sa ' +
			'limite (10 Mo par défaut) : sinon 422, avec le motif sous `file`, et rien ne change. La ' +
			'réponse à la question liste alors la pièce (`{"attachmentId": …}`) et la révision de ' +
			'la candidature augmente. Téléchargement : `GET /candidatures/{id}/pieces/{attachmentId}`.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'AttachmentUpload',
			multipart: true,
			schema: z.object({
				question: z
					.string({ error: 'applications.error.notFileQuestion' })
					.min(1, { error: 'applications.error.notFileQuestion' })
					.meta({ description: 'Clé de la question de type fichier.' }),
				file: z
					.file({ error: 'applications.error.fileMissing' })
					.meta({ description: 'Le fichier, avec son nom.' })
			})
		},
		response: {
			status: 201,
			name: 'Attachment',
			description: 'La pièce jointe ; son adresse de téléchargement est dans l’en-tête Location.',
			schema: attachmentView
		},
		errors: [403, 409]
	}),

	removeAttachment: defineOperation({
		id: 'removeAttachment',
		method: 'DELETE',
		path: '/applications/{id}/attachments/{attachmentId}',
		tag: 'Candidatures',
		summary: 'Retirer une pièce jointe d’un brouillon',
		description:
			'Par ses porteur·ses, tant que la candidature est un brouillon (sinon 409). La réponse à ' +
			'la question ne la liste plus ; la révision de la candidature augmente.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId.extend({
			attachmentId: z.uuid().meta({ description: 'Identifiant (UUID) de la pièce jointe.' })
		}),
		response: {
			status: 200,
			name: 'Application',
			description: 'La candidature.',
			schema: applicationView
		},
		errors: [403, 409]
	}),

	...partnersOperations,
	...opinionsOperations,
	...funnelOperations,
	...juryOperations,
	...conflictsOperations,
	...assignmentsOperations,
	...reviewingOperations,
	...rankingOperations,
	...decisionsOperations,
	...eventsOperations,
	...canvasOperations,
	...synergiesOperations,
	...finalSelectionOperations
};

export type Operations = typeof operations;
