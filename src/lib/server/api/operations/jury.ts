/**
 * REST operations of the jury selection issue (jury): a call's evaluation grid, its review settings
 * and its jury members; spread into `operations` (../operations.ts). For the programme's team
 * only: anyone else gets 404.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { parseInput } from '../../programmes/schemas.ts';
import { gridInput } from '../../review/grid.ts';
import {
	juryInviteInput,
	juryMemberUpdateInput,
	reviewSettingsInput
} from '../../review/juryShared.ts';

const callId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' })
});
const memberParams = callId.extend({
	memberId: z.uuid().meta({ description: 'Identifiant (UUID) du membre du jury.' })
});
const instant = z.iso.datetime({ offset: true });
const localized = z.strictObject({ fr: z.string(), en: z.string() });

const criterionView = z.strictObject({
	key: z.string(),
	label: localized,
	guidance: localized,
	weight: z.number(),
	scale: z.strictObject({ min: z.number(), max: z.number() }),
	allowNotApplicable: z.boolean(),
	commentRequired: z.boolean()
});

const settingsView = z.strictObject({
	reviewsPerApplication: z.number().int(),
	blindReview: z.boolean(),
	reviewsHiddenUntilSubmitted: z.boolean(),
	reviewDeadline: instant.nullable(),
	shortlistTarget: z.number().int()
});

const jurySetupView = z
	.strictObject({
		callId: z.uuid(),
		grid: z.array(criterionView),
		settings: settingsView,
		editable: z
			.boolean()
			.meta({ description: 'Faux dès qu’une évaluation a commencé : la grille est figée.' })
	})
	.meta({ description: 'La grille d’évaluation et les réglages de l’évaluation d’un appel.' });

const juryMemberView = z
	.strictObject({
		id: z.uuid(),
		email: z.string(),
		name: z.string().nullable().meta({ description: 'Le nom du compte, une fois accepté.' }),
		state: z.enum(['invited', 'accepted', 'removed']),
		expertise: z.array(z.string()).meta({
			description: 'Étiquettes `theme:<valeur>`, `typology:<valeur>` ou `skill:<texte libre>`.'
		}),
		minReviews: z.number().int(),
		maxReviews: z.number().int(),
		invitedAt: instant,
		acceptedAt: instant.nullable(),
		removedAt: instant.nullable()
	})
	.meta({ description: 'Un membre du jury d’un appel.' });

const juryMembersView = z.strictObject({ data: z.array(juryMemberView) });

const TAG = 'Jury';
const TEAM_ONLY = 'Réservé à l’équipe du programme (404 pour toute autre personne).';

export const juryOperations = {
	getCallGrid: defineOperation({
		id: 'getCallGrid',
		method: 'GET',
		path: '/calls/{id}/grid',
		tag: TAG,
		summary: 'La grille d’évaluation d’un appel',
		description: `${TEAM_ONLY} Avec les réglages de l’évaluation. Une grille vide (\`[]\`) n’est pas encore définie.`,
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: {
			status: 200,
			name: 'JurySetup',
			description: 'Grille et réglages.',
			schema: jurySetupView
		}
	}),

	saveCallGrid: defineOperation({
		id: 'saveCallGrid',
		method: 'PUT',
		path: '/calls/{id}/grid',
		tag: TAG,
		summary: 'Remplacer la grille d’évaluation d’un appel',
		description:
			`${TEAM_ONLY} De 1 à 12 critères ; un critère sans \`key\` en reçoit une tirée de son libellé ` +
			'français. Erreurs sous `criteria.<n>.<champ>` (422). Refusé (409) dès qu’une évaluation a commencé.',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'GridInput',
			schema: gridInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'JurySetup',
			description: 'Grille et réglages.',
			schema: jurySetupView
		},
		errors: [409]
	}),

	getReviewSettings: defineOperation({
		id: 'getReviewSettings',
		method: 'GET',
		path: '/calls/{id}/review-settings',
		tag: TAG,
		summary: 'Les réglages de l’évaluation d’un appel',
		description: TEAM_ONLY,
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: {
			status: 200,
			name: 'ReviewSettings',
			description: 'Les réglages.',
			schema: settingsView
		}
	}),

	updateReviewSettings: defineOperation({
		id: 'updateReviewSettings',
		method: 'PATCH',
		path: '/calls/{id}/review-settings',
		tag: TAG,
		summary: 'Modifier les réglages de l’évaluation d’un appel',
		description: `${TEAM_ONLY} Seuls les champs envoyés changent. Refusé (409) dès qu’une évaluation a commencé.`,
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'ReviewSettingsInput',
			schema: reviewSettingsInput,
			patch: true,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'ReviewSettings',
			description: 'Les réglages.',
			schema: settingsView
		},
		errors: [409]
	}),

	listJuryMembers: defineOperation({
		id: 'listJuryMembers',
		method: 'GET',
		path: '/calls/{id}/jury',
		tag: TAG,
		summary: 'Les membres du jury d’un appel',
		description: `${TEAM_ONLY} Invités, ayant accepté et retirés (ces derniers en fin de liste).`,
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: {
			status: 200,
			name: 'JuryMembers',
			description: 'Les membres.',
			schema: juryMembersView
		}
	}),

	inviteJuryMembers: defineOperation({
		id: 'inviteJuryMembers',
		method: 'POST',
		path: '/calls/{id}/jury',
		tag: TAG,
		summary: 'Inviter des membres au jury d’un appel',
		description:
			`${TEAM_ONLY} Chaque adresse reçoit un e-mail avec un lien personnel. Une adresse déjà membre ` +
			'(invitée ou ayant accepté) est refusée (422 sous `emails`) et rien n’est envoyé ; un membre ' +
			'retiré est invité à nouveau. Les expertises `theme:` et `typology:` nomment des termes du programme.',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'JuryInvite',
			schema: juryInviteInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'JuryMembers',
			description: 'Les membres invités.',
			schema: juryMembersView
		}
	}),

	updateJuryMember: defineOperation({
		id: 'updateJuryMember',
		method: 'PATCH',
		path: '/calls/{id}/jury/{memberId}',
		tag: TAG,
		summary: 'Modifier l’expertise et la charge d’un membre du jury',
		description: `${TEAM_ONLY} Remplace l’expertise et les charges minimale et maximale ; 409 pour un membre retiré.`,
		access: 'user',
		scope: 'reviews:write',
		params: memberParams,
		body: {
			name: 'JuryMemberUpdate',
			schema: juryMemberUpdateInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'JuryMember',
			description: 'Le membre.',
			schema: juryMemberView
		},
		errors: [409]
	}),

	removeJuryMember: defineOperation({
		id: 'removeJuryMember',
		method: 'DELETE',
		path: '/calls/{id}/jury/{memberId}',
		tag: TAG,
		summary: 'Retirer un membre du jury',
		description: `${TEAM_ONLY} Le membre reste dans l’historique (état \`removed\`) ; son lien d’invitation ne fonctionne plus.`,
		access: 'user',
		scope: 'reviews:write',
		params: memberParams,
		response: {
			status: 200,
			name: 'JuryMember',
			description: 'Le membre retiré.',
			schema: juryMemberView
		}
	})
};
