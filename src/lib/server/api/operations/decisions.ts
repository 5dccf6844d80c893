/**
 * REST operations of the jury selection issue (decisions); spread into `operations` (../operations.ts).
 * The shortlist decisions and their notification are the programme team's (anyone else: 404); the
 * discussion of an application is the team's and that of the jurors who submitted their review.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { parseInput } from '../../programmes/schemas.ts';
import { applicationView } from '../schemas.ts';
import { decisionInput, discussionInput, notifyInput } from '../../review/decisionSchemas.ts';

const TAG = 'Jury';
const instant = z.iso.datetime({ offset: true });

const applicationId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de la candidature.' })
});
const callId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' })
});

const byDecision = z.strictObject({
	shortlisted: z.number().int(),
	waitlisted: z.number().int(),
	not_shortlisted: z.number().int()
});

const discussionMessage = z
	.strictObject({
		id: z.uuid(),
		authorName: z.string(),
		body: z.string(),
		createdAt: instant,
		mine: z.boolean()
	})
	.meta({ description: 'Un message de la discussion du jury.' });

const DISCUSSION_ACCESS =
	'Réservé à l’équipe du programme et aux membres du jury de l’appel qui ont soumis leur ' +
	'évaluation de la candidature (sans conflit d’intérêts) ; 404 pour toute autre personne.';

export const decisionsOperations = {
	decideApplication: defineOperation({
		id: 'decideApplication',
		method: 'POST',
		path: '/applications/{id}/decision',
		tag: TAG,
		summary: 'Décider de la présélection d’une candidature (équipe)',
		description:
			'`under_review → shortlisted | waitlisted | not_shortlisted`, `waitlisted → shortlisted | ' +
			'not_shortlisted`, et révision entre les trois tant que la décision n’a pas été ' +
			'communiquée (sinon 409). Motif obligatoire ; `from` est le statut vu : s’il a changé, 409. ' +
			'Les porteur·ses ne sont pas prévenu·es ici (voir `notifyDecisions`). Le jeton doit porter ' +
			'aussi `applications:write` (sinon 403). 404 hors de l’équipe du programme.',
		access: 'user',
		scope: 'reviews:write',
		params: applicationId,
		body: {
			name: 'ShortlistDecision',
			schema: decisionInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'Application',
			description: 'La candidature avec son nouveau statut.',
			schema: applicationView
		},
		errors: [403, 409]
	}),

	listDiscussion: defineOperation({
		id: 'listDiscussion',
		method: 'GET',
		path: '/applications/{id}/discussion',
		tag: TAG,
		summary: 'La discussion du jury sur une candidature',
		description: `Les messages, du plus ancien au plus récent. ${DISCUSSION_ACCESS}`,
		access: 'user',
		scope: 'reviews:read',
		params: applicationId,
		response: {
			status: 200,
			name: 'Discussion',
			description: 'Les messages.',
			schema: z.strictObject({ data: z.array(discussionMessage) })
		}
	}),

	postDiscussion: defineOperation({
		id: 'postDiscussion',
		method: 'POST',
		path: '/applications/{id}/discussion',
		tag: TAG,
		summary: 'Écrire dans la discussion du jury',
		description: `Un message de 1 à 5 000 caractères (422 sinon), journalisé. ${DISCUSSION_ACCESS}`,
		access: 'user',
		scope: 'reviews:write',
		params: applicationId,
		body: {
			name: 'DiscussionInput',
			schema: discussionInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'DiscussionMessage',
			description: 'Le message publié.',
			schema: discussionMessage
		},
		errors: [403]
	}),

	notifyDecisions: defineOperation({
		id: 'notifyDecisions',
		method: 'POST',
		path: '/calls/{id}/decisions/notify',
		tag: TAG,
		summary: 'Informer toutes les candidatures des décisions (équipe)',
		description:
			'Un e-mail par porteur·se de chaque candidature décidée dont la décision n’a pas encore ' +
			'été communiquée, dans sa langue : la décision, son motif et les commentaires des ' +
			'évaluateur·rices destinés à la candidature (jamais les commentaires privés ni les noms). ' +
			'409 tant qu’une candidature est en cours d’examen, ou quand tout a déjà été communiqué. ' +
			'`dryRun: true` compte sans rien envoyer. 404 hors de l’équipe du programme.',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'DecisionNotification',
			schema: notifyInput,
			parse: (schema, raw) => parseInput(schema, raw ?? {})
		},
		response: {
			status: 200,
			name: 'DecisionNotificationResult',
			description: 'Ce qui a été (ou serait) envoyé.',
			schema: z.strictObject({
				dryRun: z.boolean(),
				undecided: z.number().int(),
				notified: byDecision,
				alreadyNotified: z.number().int(),
				emails: z.number().int()
			})
		},
		errors: [403, 409]
	})
};
