/**
 * Zod schemas of what the API answers: the views of the domains and the error shape. They build
 * the OpenAPI document, and the API tests check real answers against them.
 */
import { z } from 'zod';
import { ROLES } from '../accounts/actor.ts';
import { SCOPES } from '../accounts/apiTokens.ts';
import { PHASE_KINDS } from '../programmes/schemas.ts';
import { ERROR_CODES } from './http.ts';
import { CALL_STATUSES } from '../calls/schemas.ts';
import { QUESTION_KINDS, formDefinition, showIf } from '../calls/form/definition.ts';
import { ORGANISATION_TYPES } from '../applications/organisation.ts';
import { eligibilityRule } from '../applications/eligibility.ts';

const id = z.uuid().meta({ description: 'Identifiant (UUID).' });
const instant = z.iso.datetime({ offset: true }).meta({ description: 'Date ISO 8601.' });

export const apiError = z
	.strictObject({
		error: z.strictObject({
			code: z.enum(ERROR_CODES as [string, ...string[]]).meta({
				description: 'Code stable, à tester par les programmes clients.'
			}),
			message: z.string().meta({ description: 'Message lisible, dans la langue de la requête.' }),
			fields: z.record(z.string(), z.array(z.string())).meta({
				description:
					'Messages par champ invalide (`phases.call_open.startsAt`…), vide quand l’erreur ne porte sur aucun champ.'
			})
		})
	})
	.meta({ description: 'Toute réponse d’erreur de l’API.' });

export const roleGrantView = z.strictObject({
	role: z.enum(ROLES),
	programmeId: id.nullable().meta({ description: 'null : le rôle vaut pour tous les programmes.' }),
	regionCode: z
		.string()
		.nullable()
		.meta({ description: 'Code INSEE de la région (chargé·e de mission régional·e).' }),
	partnerId: id.nullable().meta({
		description: 'Le partenaire régional dont la personne est membre (rôle regional_partner).'
	})
});

export const meView = z.strictObject({
	id,
	email: z.email(),
	name: z.string(),
	locale: z.enum(['fr', 'en']),
	roles: z.array(roleGrantView),
	scopes: z.array(z.enum(SCOPES)).nullable().meta({
		description:
			'Portées du jeton utilisé ; null pour une session du navigateur ou un jeton sans restriction.'
	})
});

export const programmeView = z.strictObject({
	id,
	slug: z.string(),
	name: z.string(),
	operators: z
		.string()
		.meta({ description: 'Opérateurs du programme, par exemple « Anact, Fing ».' }),
	description: z.string().meta({ description: 'Présentation (texte ou Markdown).' }),
	hasLogo: z.boolean(),
	logoUrl: z.string().nullable(),
	createdAt: instant,
	updatedAt: instant
});

export const phaseView = z.strictObject({
	kind: z.enum(PHASE_KINDS),
	startsAt: instant,
	endsAt: instant.nullable()
});

export const cycleView = z.strictObject({
	id,
	programmeId: id,
	name: z.string(),
	description: z.string(),
	phases: z.array(phaseView).meta({ description: 'Calendrier, dans l’ordre des phases.' }),
	currentPhase: z
		.enum([...PHASE_KINDS, 'not_started', 'over'])
		.meta({ description: 'Phase en cours aujourd’hui.' }),
	createdAt: instant,
	updatedAt: instant
});

// Calls for projects.

const localizedView = z.strictObject({ fr: z.string(), en: z.string() });

export const callView = z.strictObject({
	id,
	programmeId: id,
	cycleId: id.meta({ description: 'La promotion (cycle) de l’appel.' }),
	slug: z.string().meta({ description: 'Adresse de l’appel, unique dans son programme.' }),
	title: z.string(),
	body: z.string().meta({ description: 'Texte public, en Markdown (sans HTML brut).' }),
	opensAt: instant.nullable(),
	closesAt: instant.nullable(),
	eligibleTypes: z.array(z.enum(ORGANISATION_TYPES)),
	faq: z.array(z.strictObject({ question: z.string(), answer: z.string() })),
	contactEmail: z.string(),
	contactText: z.string(),
	status: z.enum(CALL_STATUSES),
	availability: z.enum(['draft', 'upcoming', 'open', 'closed', 'archived']).meta({
		description:
			'`open` : publié et dans ses dates ; `upcoming` : publié, pas encore ouvert ; `closed` : clos ou passé sa clôture.'
	}),
	eligibilityRules: z.array(eligibilityRule).meta({
		description: 'Règles d’éligibilité évaluées au dépôt : bloquantes ou à examiner.'
	}),
	juryReadsRegionalOpinions: z.boolean().meta({
		description: 'Le jury peut lire les avis régionaux des candidatures de cet appel.'
	}),
	createdAt: instant,
	updatedAt: instant
});

export const questionView = z.strictObject({
	key: z.string().meta({ description: 'Clé de la réponse (`answers.<key>`).' }),
	type: z.enum(QUESTION_KINDS),
	label: localizedView,
	help: localizedView,
	required: z.boolean().meta({ description: 'Obligatoire quand la question est affichée.' }),
	options: z
		.array(z.strictObject({ value: z.string(), label: localizedView }))
		.nullable()
		.meta({
			description:
				'Valeurs possibles : celles de la question (choix), les listes du programme (thèmes QVCT, typologie) ou les stades.'
		}),
	multiple: z.boolean().meta({ description: 'La réponse est une liste de valeurs.' }),
	maxLength: z.number().int().nullable(),
	min: z.number().nullable(),
	max: z.number().nullable(),
	accept: z.array(z.string()).nullable().meta({ description: 'Types MIME acceptés (fichier).' }),
	maxBytes: z.number().int().nullable(),
	showIf: showIf.nullable().meta({
		description:
			'Affichée seulement si la réponse à `question` vaut `equals` (pour une liste : la contient).'
	})
});

export const formView = z.strictObject({
	version: z.number().int().meta({ description: 'Numéro de version du formulaire.' }),
	sections: z.array(
		z.strictObject({
			key: z.string(),
			title: localizedView,
			description: localizedView,
			questions: z.array(questionView)
		})
	)
});

export const callDetailView = callView
	.extend({
		form: formView
			.nullable()
			.meta({ description: 'Le formulaire actuel ; null s’il n’y en a pas.' })
	})
	.meta({ description: 'Un appel à projets et son formulaire de candidature actuel.' });

export const formVersionView = z.strictObject({
	callId: id,
	number: z.number().int(),
	definition: formDefinition,
	createdAt: instant
});

/** The answer of a list: one page of items and the cursor of the next page. */
export function pageOf<T extends z.ZodType>(item: T) {
	return z.strictObject({
		data: z.array(item),
		nextCursor: z
			.string()
			.nullable()
			.meta({ description: 'À passer en `cursor` pour la page suivante ; null sur la dernière.' })
	});
}

/** Named schemas of the OpenAPI document (`#/components/schemas/<name>`). */
export const responseSchemas = {
	Error: apiError,
	Me: meView,
	RoleGrant: roleGrantView,
	Programme: programmeView,
	Cycle: cycleView,
	Phase: phaseView,
	Call: callView,
	CallForm: formView,
	Question: questionView
} as const;

// Applications.
import { APPLICATION_STATUSES } from '../applications/status.ts';
import { HEADCOUNT_BANDS } from '../applications/organisation.ts';

export const organisationView = z.strictObject({
	legalName: z.string(),
	type: z.enum(ORGANISATION_TYPES),
	siret: z.string().nullable(),
	headcountBand: z.enum(HEADCOUNT_BANDS),
	postalCode: z.string(),
	regionCode: z
		.string()
		.nullable()
		.meta({ description: 'Code INSEE de la région, tiré du code postal.' }),
	website: z.string().nullable()
});

export const findingView = z.strictObject({
	ruleId: z.string(),
	kind: z.string(),
	severity: z.enum(['blocking', 'review']),
	message: z.unknown(),
	text: z.string().meta({ description: 'La raison en clair, dans la langue de la personne.' })
});

export const attributionView = z
	.strictObject({
		partnerId: id,
		partnerName: z.string(),
		sourcing: z.enum(['referral', 'declared']).meta({
			description:
				'`referral` : commencée (ou rattachée) par le lien d’invitation du partenaire, jamais remplacée ; `declared` : partenaire nommé par la personne qui candidate.'
		})
	})
	.meta({ description: 'Le partenaire régional auquel la candidature est attribuée.' });

export const applicationView = z.strictObject({
	id,
	reference: z.string().meta({ description: 'Numéro de dossier, par exemple `TN-2026-0042`.' }),
	callId: id,
	callTitle: z.string(),
	formVersion: z
		.number()
		.int()
		.meta({ description: 'Version du formulaire à laquelle elle répond.' }),
	title: z.string(),
	status: z.enum(APPLICATION_STATUSES),
	organisation: organisationView.nullable(),
	answers: z.record(z.string(), z.unknown()),
	revision: z.number().int().meta({
		description: 'À renvoyer avec une modification pour ne pas écraser celle d’un autre.'
	}),
	flags: z.array(findingView).meta({ description: 'Points d’éligibilité « à examiner ».' }),
	extensionUntil: instant.nullable(),
	submittedAt: instant.nullable(),
	withdrawnAt: instant.nullable(),
	attribution: attributionView.nullable(),
	createdAt: instant,
	updatedAt: instant
});

export const applicationSummaryView = z.strictObject({
	id,
	reference: z.string(),
	callId: id,
	callTitle: z.string(),
	title: z.string(),
	status: z.enum(APPLICATION_STATUSES),
	organisation: z
		.strictObject({
			legalName: z.string(),
			type: z.enum(ORGANISATION_TYPES),
			regionCode: z.string().nullable()
		})
		.nullable(),
	flagCount: z.number().int(),
	submittedAt: instant.nullable(),
	attribution: attributionView.nullable(),
	createdAt: instant,
	updatedAt: instant
});

export const attachmentView = z.strictObject({
	id,
	questionKey: z.string(),
	fileName: z.string(),
	mime: z.string(),
	size: z.number().int(),
	createdAt: instant
});

export const applicationDetailView = applicationView.extend({
	viewerRole: z.enum(['owner', 'coholder', 'team', 'partner']).meta({
		description:
			'`owner`, `coholder` : porteur·ses ; `team` : équipe du programme ; `partner` : partenaire régional (lecture seule).'
	}),
	missingAnswers: z.array(
		z.strictObject({
			sectionKey: z.string(),
			sectionTitle: localizedView,
			questionKey: z.string(),
			label: localizedView
		})
	),
	organisationMissing: z.boolean(),
	eligibility: z.strictObject({ blocking: z.array(findingView), review: z.array(findingView) }),
	allowedTransitions: z.array(z.enum(APPLICATION_STATUSES)),
	members: z.array(
		z.strictObject({
			userId: id,
			name: z.string(),
			email: z.string(),
			role: z.enum(['owner', 'coholder'])
		})
	),
	attachments: z.array(attachmentView),
	history: z.array(
		z.strictObject({
			fromStatus: z.string(),
			toStatus: z.string(),
			reason: z.string().nullable(),
			actorName: z.string().nullable(),
			at: instant
		})
	)
});

export const submissionReceiptView = z.strictObject({
	applicationId: id,
	reference: z.string(),
	title: z.string(),
	callTitle: z.string(),
	submittedAt: instant,
	flags: z.array(findingView),
	attachments: z.array(attachmentView)
});
