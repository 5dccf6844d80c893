/**
 * REST operations of the regional sourcing issue (referral links, attribution, regional
 * opinions); spread into `operations` (../operations.ts). A partner's token sees only what the
 * partner sees: the use cases apply the same rules as the pages.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { applicationView } from '../schemas.ts';
import { declarePartnerInput } from '../../sourcing/attribution.ts';
import { referralAcceptInput } from '../../sourcing/referralLink.ts';
import { RECOMMENDATIONS, regionalOpinionInput } from '../../sourcing/opinionSchemas.ts';
import { parseInput } from '../../applications/schemas.ts';

const applicationId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de la candidature.' })
});

const instant = z.iso.datetime({ offset: true });

export const regionalOpinionView = z
	.strictObject({
		id: z.uuid(),
		applicationId: z.uuid(),
		partnerId: z.uuid(),
		partnerName: z.string(),
		recommendation: z.enum(RECOMMENDATIONS),
		text: z.string(),
		authorName: z.string().nullable().meta({ description: 'Qui l’a écrit en dernier.' }),
		createdAt: instant,
		updatedAt: instant
	})
	.meta({ description: 'L’avis régional d’un partenaire sur une candidature.' });

export const regionalOpinionsView = z.strictObject({
	data: z.array(regionalOpinionView),
	writableAs: z
		.array(z.strictObject({ partnerId: z.uuid(), name: z.string() }))
		.meta({ description: 'Les partenaires au nom desquels la personne peut donner un avis ici.' })
});

export const referredApplicationView = z.strictObject({
	outcome: z.enum(['started', 'attributed', 'kept', 'already']).meta({
		description:
			'`started` : brouillon commencé et attribué au partenaire ; `attributed` : le brouillon ' +
			'déjà commencé sur cet appel lui est désormais attribué ; `kept` : ce brouillon était déjà ' +
			'attribué à un autre partenaire par son lien, rien n’a changé ; `already` : lien déjà ' +
			'utilisé par cette personne, rien n’a changé.'
	}),
	application: applicationView
});

export const opinionsOperations = {
	listRegionalOpinions: defineOperation({
		id: 'listRegionalOpinions',
		method: 'GET',
		path: '/applications/{id}/regional-opinions',
		tag: 'Sourcing régional',
		summary: 'Les avis régionaux d’une candidature',
		description:
			'L’équipe du programme lit tous les avis ; les membres d’un partenaire régional, celui de ' +
			'leur partenaire (sur une candidature qu’il lit : sa région, ou qui lui est attribuée) ; le ' +
			'jury, tous, si l’appel le permet. Pour toute autre personne (porteur·ses compris) : 404.',
		access: 'user',
		scope: 'sourcing:read',
		params: applicationId,
		response: {
			status: 200,
			name: 'RegionalOpinions',
			description: 'Les avis lisibles, et les partenaires au nom desquels écrire.',
			schema: regionalOpinionsView
		}
	}),

	saveRegionalOpinion: defineOperation({
		id: 'saveRegionalOpinion',
		method: 'PUT',
		path: '/applications/{id}/regional-opinion',
		tag: 'Sourcing régional',
		summary: 'Donner ou modifier l’avis régional de son partenaire',
		description:
			'Par un membre d’un partenaire régional qui lit la candidature (hors brouillons) ; un avis ' +
			'par partenaire, remplacé à chaque envoi. `partnerId` est requis quand la personne est ' +
			'membre de plusieurs partenaires qui la lisent. Texte de 20 à 5 000 caractères (422 sinon, ' +
			'sous `text`) ; 403 pour qui lit la candidature sans parler au nom d’un partenaire ; 409 ' +
			'pour une candidature retirée.',
		access: 'user',
		scope: 'sourcing:write',
		params: applicationId,
		body: {
			name: 'RegionalOpinionInput',
			schema: regionalOpinionInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'RegionalOpinion',
			description: 'L’avis enregistré.',
			schema: regionalOpinionView
		},
		errors: [403, 409]
	}),

	declareApplicationPartner: defineOperation({
		id: 'declareApplicationPartner',
		method: 'PUT',
		path: '/applications/{id}/partner',
		tag: 'Candidatures',
		summary: 'Nommer le partenaire régional qui a accompagné la candidature',
		description:
			'Par ses porteur·ses, brouillon ou déposée : un partenaire actif du programme (UUID), ou ' +
			'`null` pour aucun (422 pour un partenaire inconnu, sous `partnerId`). Une candidature ' +
			'commencée par le lien d’invitation d’un partenaire garde ce partenaire (409). ' +
			'L’attribution est portée par la candidature : modifier la structure ne la change pas.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'ApplicationPartner',
			schema: declarePartnerInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Application',
			description: 'La candidature, avec son attribution.',
			schema: applicationView
		},
		errors: [403, 409]
	}),

	acceptReferral: defineOperation({
		id: 'acceptReferral',
		method: 'POST',
		path: '/referrals/accept',
		tag: 'Sourcing régional',
		summary: 'Candidater par le lien d’invitation d’un partenaire',
		description:
			'Le jeton du lien `/candidater/<token>` commence un brouillon attribué au partenaire sur ' +
			'l’appel de l’invitation (ou lui attribue le brouillon que la personne y a déjà). Un lien ' +
			'inconnu, expiré ou déjà utilisé par une autre personne répond 422 (sous `token`), un appel ' +
			'clos 409 ; rien ne change alors.',
		access: 'user',
		scope: 'applications:write',
		body: {
			name: 'ReferralAccept',
			schema: referralAcceptInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'ReferredApplication',
			description: 'Ce qui s’est passé, et la candidature.',
			schema: referredApplicationView
		},
		errors: [409]
	})
};
