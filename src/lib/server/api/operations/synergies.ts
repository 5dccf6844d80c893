/**
 * REST operations of the selection session issue (synergies); spread into `operations`
 * (../operations.ts). The synergies between a call's shortlisted projects are the programme
 * team's (anyone else: 404).
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { parseInput } from '../../programmes/schemas.ts';
import { APPLICATION_STATUSES } from '../../applications/status.ts';
import {
	SYNERGY_DECISIONS,
	SYNERGY_KINDS,
	synergyDecisionInput
} from '../../synergy/synergySchemas.ts';

const TAG = 'Synergies';

const callId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' })
});
const linkRef = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' }),
	linkId: z.uuid().meta({ description: 'Identifiant (UUID) de la décision.' })
});

const cover = z.strictObject({
	offer: z.string().meta({ description: 'Ce que `from` offre.' }),
	need: z.string().meta({ description: 'Le besoin de `to` que cela couvre.' }),
	from: z.uuid(),
	to: z.uuid()
});

export const synergyLinkView = z
	.strictObject({
		id: z.uuid(),
		a: z.uuid(),
		b: z.uuid(),
		kind: z.enum(SYNERGY_KINDS),
		score: z.number(),
		reasons: z.array(z.string()),
		decision: z.enum(SYNERGY_DECISIONS),
		continuingId: z
			.uuid()
			.nullable()
			.meta({ description: 'Pour une fusion : le projet qui continue.' }),
		note: z.string(),
		decidedBy: z.string().nullable(),
		decidedAt: z.iso.datetime({ offset: true })
	})
	.meta({ id: 'SynergyLink' });

const overview = z.strictObject({
	call: z.strictObject({ id: z.uuid(), programmeId: z.uuid(), title: z.string() }),
	projects: z.array(
		z.strictObject({
			id: z.uuid(),
			reference: z.string(),
			title: z.string(),
			status: z.enum(APPLICATION_STATUSES),
			hasCanvas: z.boolean()
		})
	),
	suggestions: z.array(
		z.strictObject({
			a: z.uuid(),
			b: z.uuid(),
			kind: z.enum(SYNERGY_KINDS),
			score: z.number().meta({ description: 'Dans [0, 1].' }),
			reasons: z.array(z.string()).meta({ description: 'Les raisons, en français.' }),
			covers: z.array(cover)
		})
	),
	links: z.array(synergyLinkView),
	groups: z
		.array(
			z.strictObject({
				projects: z
					.array(z.uuid())
					.meta({ description: 'Les 3 ou 4 projets du groupe, par identifiant croissant.' }),
				score: z
					.number()
					.meta({ description: 'La moyenne des scores de ses paires, dans [0, 1].' }),
				reasons: z
					.array(z.string())
					.meta({ description: 'Une phrase par paire, la meilleure d’abord, en français.' }),
				pairs: z.array(
					z.strictObject({
						a: z.uuid(),
						b: z.uuid(),
						kind: z.enum(SYNERGY_KINDS),
						score: z.number()
					})
				)
			})
		)
		.meta({
			description:
				'Petits groupes de projets dont toutes les paires sont suggérées, du meilleur au moins ' +
				'bon ; aucun avec un projet fusionné ou une paire écartée. Lecture seule : les ' +
				'décisions restent par paire.'
		})
});

export const synergiesOperations = {
	listSynergies: defineOperation({
		id: 'listSynergies',
		method: 'GET',
		path: '/calls/{id}/synergies',
		tag: TAG,
		summary: 'Les synergies entre les projets présélectionnés d’un appel',
		description:
			'Les paires suggérées (semblables ou complémentaires, avec leur score et leurs raisons), ' +
			'calculées sur les réponses et les canevas, moins celles déjà décidées ; les petits groupes ' +
			'de projets dont toutes les paires sont suggérées ; et les décisions prises. 404 hors de l’équipe du programme.',
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: { status: 200, name: 'Synergies', description: 'Les synergies.', schema: overview }
	}),

	decideSynergy: defineOperation({
		id: 'decideSynergy',
		method: 'POST',
		path: '/calls/{id}/synergies',
		tag: TAG,
		summary: 'Décider d’une synergie : écarter, coopération ou fusion',
		description:
			'Une fusion fait continuer `continuingId` avec les deux équipes : l’autre projet passe au ' +
			'statut `merged`, ses porteur·ses deviennent co-porteur·ses, les deux équipes sont ' +
			'prévenues par courriel avec le motif (obligatoire). Une paire déjà décidée : 409 ; deux ' +
			'projets qui ne sont plus présélectionnés ne fusionnent pas (409).',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'SynergyDecision',
			schema: synergyDecisionInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'SynergyLinkCreated',
			description: 'La décision.',
			schema: synergyLinkView
		},
		errors: [409]
	}),

	removeSynergyLink: defineOperation({
		id: 'removeSynergyLink',
		method: 'DELETE',
		path: '/calls/{id}/synergies/{linkId}',
		tag: TAG,
		summary: 'Annuler une décision (sauf une fusion)',
		description: 'La suggestion revient dans la liste. Une fusion ne s’annule pas : 409.',
		access: 'user',
		scope: 'reviews:write',
		params: linkRef,
		response: {
			status: 200,
			name: 'RemovedSynergyLink',
			description: 'La décision annulée.',
			schema: z.strictObject({ id: z.uuid() })
		},
		errors: [409]
	})
};
