/**
 * REST operations of the jury selection issue (bids and conflicts of interest); spread into
 * `operations` (../operations.ts). A conflicted pair never sees each other: a juror's token gets
 * the same answers as the juror's pages.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { parseInput } from '../../applications/schemas.ts';
import {
	BID_LEVELS,
	bidsInput,
	CONFLICT_SOURCES,
	conflictInput
} from '../../review/conflictSchemas.ts';

const TAG = 'Jury';
const instant = z.iso.datetime({ offset: true });

const callId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' })
});
const conflictRef = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' }),
	conflictId: z.uuid().meta({ description: 'Identifiant (UUID) du conflit d’intérêts.' })
});

export const conflictView = z
	.strictObject({
		id: z.uuid(),
		juryMemberId: z.uuid(),
		memberEmail: z.string(),
		memberName: z.string().nullable(),
		applicationId: z.uuid(),
		applicationReference: z.string(),
		applicationTitle: z.string(),
		source: z.enum(CONFLICT_SOURCES).meta({
			description:
				'`declared` (déclaré par le juré), `team` (posé par l’équipe), `organisation` (même ' +
				'structure : domaine du site web), `email_domain` (même domaine de messagerie qu’un·e ' +
				'porteur·se), `holder` (porteur·se de la candidature), `partner` (membre du partenaire ' +
				'ayant orienté la candidature).'
		}),
		reason: z.string(),
		createdByName: z.string().nullable(),
		createdAt: instant
	})
	.meta({ description: 'Un conflit d’intérêts entre un membre du jury et une candidature.' });

export const bidView = z.strictObject({
	juryMemberId: z.uuid(),
	applicationId: z.uuid(),
	level: z.enum(BID_LEVELS),
	updatedAt: instant
});

export const conflictsOperations = {
	listConflicts: defineOperation({
		id: 'listConflicts',
		method: 'GET',
		path: '/calls/{id}/conflicts',
		tag: TAG,
		summary: 'Les conflits d’intérêts d’un appel',
		description:
			'Réservé à l’équipe du programme : chaque conflit avec son origine, sa raison, son auteur ' +
			'et sa date. 404 pour toute autre personne.',
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: {
			status: 200,
			name: 'ConflictList',
			description: 'Les conflits.',
			schema: z.strictObject({ data: z.array(conflictView) })
		}
	}),

	addConflict: defineOperation({
		id: 'addConflict',
		method: 'POST',
		path: '/calls/{id}/conflicts',
		tag: TAG,
		summary: 'Poser ou déclarer un conflit d’intérêts',
		description:
			'L’équipe pose un conflit pour un membre du jury (`juryMemberId`) et une candidature de ' +
			'l’appel ; un membre du jury déclare le sien (sans `juryMemberId`) sur une candidature ' +
			'qu’il peut voir. Raison de 5 à 500 caractères. 422 sous le champ fautif ; 404 pour qui ' +
			'n’est ni de l’équipe ni du jury de l’appel.',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'ConflictInput',
			schema: conflictInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'Conflict',
			description: 'Le conflit enregistré.',
			schema: conflictView
		}
	}),

	removeConflict: defineOperation({
		id: 'removeConflict',
		method: 'DELETE',
		path: '/calls/{id}/conflicts/{conflictId}',
		tag: TAG,
		summary: 'Retirer un conflit d’intérêts',
		description:
			'L’équipe retire un conflit déclaré ou posé à la main (un conflit automatique : 409) ; un ' +
			'membre du jury retire sa propre déclaration (toute autre : 404).',
		access: 'user',
		scope: 'reviews:write',
		params: conflictRef,
		response: {
			status: 200,
			name: 'RemovedConflict',
			description: 'Le conflit retiré.',
			schema: conflictView
		},
		errors: [409]
	}),

	refreshConflicts: defineOperation({
		id: 'refreshConflicts',
		method: 'POST',
		path: '/calls/{id}/conflicts/refresh',
		tag: TAG,
		summary: 'Recalculer les conflits d’intérêts automatiques',
		description:
			'Réservé à l’équipe : ajoute les conflits automatiques nouveaux, retire ceux qui ne tiennent ' +
			'plus ; les conflits déclarés ou posés par l’équipe ne changent pas. Le relancer ne change ' +
			'rien.',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		response: {
			status: 200,
			name: 'ConflictRefresh',
			description: 'Ce qui a changé.',
			schema: z.strictObject({
				added: z.number().int(),
				removed: z.number().int(),
				total: z.number().int()
			})
		}
	}),

	listBids: defineOperation({
		id: 'listBids',
		method: 'GET',
		path: '/calls/{id}/bids',
		tag: TAG,
		summary: 'Les souhaits d’évaluation',
		description:
			'L’équipe lit tous les souhaits de l’appel ; un membre du jury, les siens. 404 pour toute ' +
			'autre personne.',
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: {
			status: 200,
			name: 'BidList',
			description: 'Les souhaits.',
			schema: z.strictObject({ data: z.array(bidView) })
		}
	}),

	saveBids: defineOperation({
		id: 'saveBids',
		method: 'PUT',
		path: '/calls/{id}/bids',
		tag: TAG,
		summary: 'Donner ses souhaits d’évaluation',
		description:
			'Par un membre du jury de l’appel, pour des candidatures qu’il peut voir (recevables ou en ' +
			'instruction, sans conflit) : `eager`, `willing`, `rather_not`, ou `conflict` avec une ' +
			'raison (déclare un conflit d’intérêts). Les candidatures non nommées gardent leur souhait. ' +
			'Tout ou rien : 422 sous `bids.<rang>.<champ>`.',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'BidsInput',
			schema: bidsInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'SavedBids',
			description: 'Les souhaits du membre après l’enregistrement.',
			schema: z.strictObject({ data: z.array(bidView), declared: z.number().int() })
		}
	})
};
