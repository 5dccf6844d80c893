/**
 * REST operations of the regional sourcing issue (partners, their members, prospects, contacts,
 * referrals); spread into `operations` (../operations.ts). The programme's team manages the
 * partners; a partner's members and the team read and write the partner's prospects. A partner's
 * token sees only its partner's data: anything else answers 404.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { pageQuery } from '../pagination.ts';
import { pageOf } from '../schemas.ts';
import { ORGANISATION_TYPES } from '../../applications/organisation.ts';
import {
	PROSPECT_CHANNELS,
	contactInput,
	memberInput,
	parseInput,
	partnerInput,
	partnerUpdate,
	prospectInput,
	prospectListQuery,
	prospectUpdate,
	referralInput
} from '../../sourcing/partnerSchemas.ts';
import { PROSPECT_STAGES } from '../../sourcing/prospectStage.ts';

const id = z.uuid().meta({ description: 'Identifiant (UUID).' });
const instant = z.iso.datetime({ offset: true }).meta({ description: 'Date ISO 8601.' });
const day = z.iso.date().meta({ description: 'Date (AAAA-MM-JJ).' });

const programmeId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) du programme.' })
});
const partnerId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) du partenaire.' })
});
const memberRef = partnerId.extend({
	userId: z.uuid().meta({ description: 'Identifiant (UUID) de la personne.' })
});
const prospectId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) du prospect.' })
});

const regionView = z.strictObject({
	code: z.string().meta({ description: 'Code INSEE de la région.' }),
	name: z.string()
});

export const partnerMemberView = z.strictObject({
	userId: id,
	email: z.email(),
	name: z.string(),
	disabled: z
		.boolean()
		.meta({ description: 'Compte désactivé : la personne ne peut se connecter.' }),
	since: instant
});

export const partnerView = z.strictObject({
	id,
	programmeId: id,
	programmeName: z.string(),
	name: z.string(),
	regions: z.array(regionView),
	contactEmail: z.string(),
	archived: z.boolean(),
	archivedAt: instant.nullable(),
	createdAt: instant,
	updatedAt: instant,
	members: z.array(partnerMemberView)
});

const applicationRef = z.strictObject({
	id,
	callId: id,
	reference: z.string(),
	title: z.string(),
	status: z.string().meta({ description: 'Statut de la candidature (voir `Application`).' }),
	submittedAt: instant.nullable()
});

export const prospectView = z.strictObject({
	id,
	partnerId: id,
	partnerName: z.string(),
	programmeId: id,
	call: z.strictObject({ id, title: z.string() }).nullable(),
	organisationName: z.string(),
	contactName: z.string(),
	email: z.string(),
	phone: z.string(),
	notes: z.string(),
	channel: z.enum(PROSPECT_CHANNELS),
	regionCode: z.string(),
	regionName: z.string(),
	applicantType: z.enum(ORGANISATION_TYPES).nullable(),
	firstContactOn: day,
	nextStep: z.string(),
	nextStepOn: day.nullable(),
	stage: z.enum(PROSPECT_STAGES).meta({
		description:
			'Étape la plus avancée atteinte : `prospect` (enregistré), `invited` (invitation envoyée), ' +
			'`started` (candidature commencée par le lien), `submitted`, `eligible` (recevable ou ' +
			'au-delà), puis `shortlisted` et `retained`.'
	}),
	referralCount: z.number().int(),
	lastReferralAt: instant.nullable(),
	application: applicationRef
		.nullable()
		.meta({ description: 'La candidature commencée par une invitation, une fois commencée.' }),
	archived: z.boolean(),
	archivedAt: instant.nullable(),
	createdAt: instant,
	updatedAt: instant
});

export const contactView = z.strictObject({
	id,
	on: day,
	channel: z.enum(PROSPECT_CHANNELS),
	summary: z.string(),
	author: z.strictObject({ id, name: z.string() }).nullable(),
	createdAt: instant
});

export const referralView = z.strictObject({
	id,
	prospectId: id,
	call: z.strictObject({ id, title: z.string() }),
	email: z.email(),
	message: z.string(),
	state: z.enum(['sent', 'used', 'expired']).meta({
		description:
			'`sent` : en attente ; `used` : une candidature a été commencée par le lien ; `expired`.'
	}),
	expiresAt: instant,
	usedAt: instant.nullable(),
	application: z.strictObject({ id, reference: z.string().nullable() }).nullable(),
	sentBy: z.strictObject({ id, name: z.string() }).nullable(),
	createdAt: instant
});

export const prospectDetailView = prospectView.extend({
	contacts: z.array(contactView),
	referrals: z.array(referralView)
});

const TAG = 'Sourcing régional';

export const partnersOperations = {
	listPartners: defineOperation({
		id: 'listPartners',
		method: 'GET',
		path: '/programmes/{id}/partners',
		tag: TAG,
		summary: 'Les partenaires régionaux d’un programme',
		description:
			'Réservé à l’équipe du programme (404 pour toute autre personne). Les partenaires actifs ' +
			'd’abord, par nom, avec leurs régions et leurs membres.',
		access: 'user',
		scope: 'sourcing:read',
		params: programmeId,
		query: pageQuery,
		response: {
			status: 200,
			name: 'PartnerPage',
			description: 'Une page de partenaires.',
			schema: pageOf(partnerView)
		}
	}),

	createPartner: defineOperation({
		id: 'createPartner',
		method: 'POST',
		path: '/programmes/{id}/partners',
		tag: TAG,
		summary: 'Créer un partenaire régional',
		description:
			'Réservé à l’équipe du programme. Nom unique dans le programme, au moins une région ' +
			'(codes INSEE). Le partenaire n’a pas encore de membre.',
		access: 'user',
		scope: 'sourcing:write',
		params: programmeId,
		body: {
			name: 'PartnerInput',
			schema: partnerInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'Partner',
			description: 'Le partenaire créé ; son adresse est dans l’en-tête Location.',
			schema: partnerView
		}
	}),

	getPartner: defineOperation({
		id: 'getPartner',
		method: 'GET',
		path: '/partners/{id}',
		tag: TAG,
		summary: 'Un partenaire régional et ses membres',
		description: 'Pour l’équipe du programme et les membres du partenaire ; 404 sinon.',
		access: 'user',
		scope: 'sourcing:read',
		params: partnerId,
		response: { status: 200, name: 'Partner', description: 'Le partenaire.', schema: partnerView }
	}),

	updatePartner: defineOperation({
		id: 'updatePartner',
		method: 'PATCH',
		path: '/partners/{id}',
		tag: TAG,
		summary: 'Renommer un partenaire, changer ses régions, l’archiver',
		description:
			'Réservé à l’équipe du programme. Seuls les champs envoyés changent. Changer les régions ' +
			'change dans la même opération les droits de chaque membre (un rôle par région). ' +
			'`archived: true` retire leurs droits à tous ses membres ; ses prospects restent.',
		access: 'user',
		scope: 'sourcing:write',
		params: partnerId,
		body: {
			name: 'PartnerUpdate',
			schema: partnerUpdate,
			patch: true,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Partner',
			description: 'Le partenaire modifié.',
			schema: partnerView
		}
	}),

	listPartnerMembers: defineOperation({
		id: 'listPartnerMembers',
		method: 'GET',
		path: '/partners/{id}/members',
		tag: TAG,
		summary: 'Les membres d’un partenaire',
		description: 'Pour l’équipe du programme et les membres du partenaire ; 404 sinon.',
		access: 'user',
		scope: 'sourcing:read',
		params: partnerId,
		query: pageQuery,
		response: {
			status: 200,
			name: 'PartnerMemberPage',
			description: 'Une page de membres, par nom.',
			schema: pageOf(partnerMemberView)
		}
	}),

	addPartnerMember: defineOperation({
		id: 'addPartnerMember',
		method: 'POST',
		path: '/partners/{id}/members',
		tag: TAG,
		summary: 'Ajouter un membre à un partenaire',
		description:
			'Réservé à l’équipe du programme. La personne reçoit le rôle de chargé·e de mission ' +
			'régional·e sur chacune des régions du partenaire et en est prévenue par e-mail ; une ' +
			'adresse sans compte en reçoit un (sans mot de passe : connexion par lien). 409 pour un ' +
			'partenaire archivé ; 422 sous `email` pour un membre déjà présent ou un compte désactivé.',
		access: 'user',
		scope: 'sourcing:write',
		params: partnerId,
		body: {
			name: 'PartnerMemberInput',
			schema: memberInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'PartnerMember',
			description: 'Le membre ajouté.',
			schema: partnerMemberView
		},
		errors: [409]
	}),

	removePartnerMember: defineOperation({
		id: 'removePartnerMember',
		method: 'DELETE',
		path: '/partners/{id}/members/{userId}',
		tag: TAG,
		summary: 'Retirer un membre d’un partenaire',
		description:
			'Réservé à l’équipe du programme : les rôles que le partenaire donnait à la personne ' +
			'disparaissent (ses autres rôles restent).',
		access: 'user',
		scope: 'sourcing:write',
		params: memberRef,
		response: {
			status: 200,
			name: 'PartnerMemberList',
			description: 'Les membres restants.',
			schema: z.strictObject({ data: z.array(partnerMemberView) })
		}
	}),

	listProspects: defineOperation({
		id: 'listProspects',
		method: 'GET',
		path: '/partners/{id}/prospects',
		tag: TAG,
		summary: 'Les prospects d’un partenaire',
		description:
			'Pour les membres du partenaire et l’équipe du programme ; 404 sinon. La prochaine étape ' +
			'la plus proche d’abord. Les archivés seulement avec `archived=true`.',
		access: 'user',
		scope: 'sourcing:read',
		params: partnerId,
		query: pageQuery.extend(prospectListQuery.shape),
		response: {
			status: 200,
			name: 'ProspectPage',
			description: 'Une page de prospects, avec l’étape atteinte par chacun.',
			schema: pageOf(prospectView)
		}
	}),

	createProspect: defineOperation({
		id: 'createProspect',
		method: 'POST',
		path: '/partners/{id}/prospects',
		tag: TAG,
		summary: 'Enregistrer un prospect',
		description:
			'Par un membre du partenaire ou l’équipe du programme. La région est l’une de celles du ' +
			'partenaire ; sans `callId`, le prospect est rattaché à l’appel ouvert du programme. ' +
			'Dates au format AAAA-MM-JJ. 409 pour un partenaire archivé.',
		access: 'user',
		scope: 'sourcing:write',
		params: partnerId,
		body: {
			name: 'ProspectInput',
			schema: prospectInput,
			// The use case checks it, with the partner's regions, and reports every field at once.
			parse: (_schema, raw) => raw as never
		},
		response: {
			status: 201,
			name: 'Prospect',
			description: 'Le prospect enregistré ; son adresse est dans l’en-tête Location.',
			schema: prospectView
		},
		errors: [409]
	}),

	getProspect: defineOperation({
		id: 'getProspect',
		method: 'GET',
		path: '/prospects/{id}',
		tag: TAG,
		summary: 'Un prospect, ses contacts et ses invitations',
		description: 'Pour les membres de son partenaire et l’équipe du programme ; 404 sinon.',
		access: 'user',
		scope: 'sourcing:read',
		params: prospectId,
		response: {
			status: 200,
			name: 'ProspectDetail',
			description: 'Le prospect, l’historique de ses contacts et les invitations envoyées.',
			schema: prospectDetailView
		}
	}),

	updateProspect: defineOperation({
		id: 'updateProspect',
		method: 'PATCH',
		path: '/prospects/{id}',
		tag: TAG,
		summary: 'Modifier ou archiver un prospect',
		description:
			'Par un membre de son partenaire ou l’équipe du programme. Seuls les champs envoyés ' +
			'changent ; `archived` l’archive ou le rétablit.',
		access: 'user',
		scope: 'sourcing:write',
		params: prospectId,
		body: {
			name: 'ProspectUpdate',
			schema: prospectUpdate,
			patch: true,
			parse: (_schema, raw) => raw as never
		},
		response: {
			status: 200,
			name: 'Prospect',
			description: 'Le prospect modifié.',
			schema: prospectView
		}
	}),

	listProspectContacts: defineOperation({
		id: 'listProspectContacts',
		method: 'GET',
		path: '/prospects/{id}/contacts',
		tag: TAG,
		summary: 'L’historique des contacts d’un prospect',
		description: 'Du plus récent au plus ancien.',
		access: 'user',
		scope: 'sourcing:read',
		params: prospectId,
		query: pageQuery,
		response: {
			status: 200,
			name: 'ProspectContactPage',
			description: 'Une page de contacts.',
			schema: pageOf(contactView)
		}
	}),

	addProspectContact: defineOperation({
		id: 'addProspectContact',
		method: 'POST',
		path: '/prospects/{id}/contacts',
		tag: TAG,
		summary: 'Ajouter un échange à l’historique d’un prospect',
		description:
			'Par un membre de son partenaire ou l’équipe du programme, qui en est l’auteur. 409 pour ' +
			'un prospect archivé.',
		access: 'user',
		scope: 'sourcing:write',
		params: prospectId,
		body: {
			name: 'ProspectContactInput',
			schema: contactInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'ProspectContact',
			description: 'L’échange enregistré.',
			schema: contactView
		},
		errors: [409]
	}),

	listReferrals: defineOperation({
		id: 'listReferrals',
		method: 'GET',
		path: '/prospects/{id}/referrals',
		tag: TAG,
		summary: 'Les invitations à candidater envoyées à un prospect',
		description: 'Les plus récentes d’abord, avec leur état (envoyée, utilisée, expirée).',
		access: 'user',
		scope: 'sourcing:read',
		params: prospectId,
		query: pageQuery,
		response: {
			status: 200,
			name: 'ReferralPage',
			description: 'Une page d’invitations.',
			schema: pageOf(referralView)
		}
	}),

	sendReferral: defineOperation({
		id: 'sendReferral',
		method: 'POST',
		path: '/prospects/{id}/referrals',
		tag: TAG,
		summary: 'Inviter un prospect à candidater',
		description:
			'Un e-mail part avec un lien personnel (`/candidater/<jeton>`) vers l’appel du prospect ' +
			'(à défaut, l’appel ouvert du programme), valable jusqu’à sa clôture (90 jours sans date ' +
			'de clôture). Une candidature commencée par ce lien est attribuée au partenaire. Sans ' +
			'`email`, l’adresse du prospect. 409 sans appel ouvert, ou pour un prospect archivé.',
		access: 'user',
		scope: 'sourcing:write',
		params: prospectId,
		body: {
			name: 'ReferralInput',
			schema: referralInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'Referral',
			description: 'L’invitation envoyée.',
			schema: referralView
		},
		errors: [409]
	})
};
