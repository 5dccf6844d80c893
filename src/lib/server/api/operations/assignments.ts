/**
 * REST operations of the jury's assignment (preview, application, manual adjustments); spread
 * into `operations` (../operations.ts). Reserved to the programme's team: 404 for anyone else.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { parseInput } from '../../applications/schemas.ts';
import {
	applyAssignmentInput,
	lockAssignmentInput,
	manualAssignmentInput,
	swapAssignmentInput
} from '../../review/assignSchemas.ts';

const TAG = 'Jury';

const callId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' })
});
const assignmentRef = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de l’appel à projets.' }),
	assignmentId: z.uuid().meta({ description: 'Identifiant (UUID) de l’affectation.' })
});
const localized = z.strictObject({ fr: z.string(), en: z.string() });

export const assignmentView = z
	.strictObject({
		id: z.uuid(),
		juryMemberId: z.uuid(),
		applicationId: z.uuid(),
		locked: z.boolean().meta({ description: 'Gardée par tout nouveau calcul.' }),
		affinity: z.number().nullable().meta({ description: 'Affinité de la paire, dans [0, 1].' }),
		source: z.enum(['solver', 'manual']),
		started: z.boolean().meta({ description: 'L’évaluation a commencé (brouillon ou soumise).' })
	})
	.meta({ description: 'Un membre du jury affecté à une candidature.' });

const reasonView = z.union([
	z.strictObject({ kind: z.literal('bid'), level: z.enum(['eager', 'willing', 'rather_not']) }),
	z.strictObject({
		kind: z.enum(['theme', 'typology']),
		value: z.string(),
		label: localized
	}),
	z.strictObject({ kind: z.literal('text'), terms: z.array(z.string()) })
]);

const unfilledView = z.strictObject({
	id: z.uuid(),
	reference: z.string(),
	title: z.string(),
	missing: z.number().int()
});

export const assignmentPreview = z.strictObject({
	fingerprint: z.string().meta({ description: 'À renvoyer à `apply` (`expectedFingerprint`).' }),
	objective: z.number().meta({ description: 'Somme des affinités des paires affectées.' }),
	filled: z.number().int(),
	demand: z.number().int(),
	applications: z.array(
		z.strictObject({
			id: z.uuid(),
			reference: z.string(),
			title: z.string(),
			demand: z.number().int(),
			totalAffinity: z.number(),
			missing: z.number().int(),
			reviewers: z.array(
				z.strictObject({
					assignmentId: z.uuid().nullable(),
					juryMemberId: z.uuid(),
					memberName: z.string(),
					affinity: z.number(),
					locked: z.boolean(),
					started: z.boolean(),
					added: z.boolean(),
					reasons: z.array(reasonView)
				})
			)
		})
	),
	reviewers: z.array(
		z.strictObject({
			id: z.uuid(),
			name: z.string(),
			email: z.string(),
			min: z.number().int(),
			max: z.number().int(),
			load: z.number().int(),
			currentLoad: z.number().int(),
			added: z.number().int(),
			removed: z.number().int(),
			underloaded: z.boolean()
		})
	),
	worstServed: z.array(
		z.strictObject({
			id: z.uuid(),
			reference: z.string(),
			title: z.string(),
			totalAffinity: z.number()
		})
	),
	unfilled: z.array(unfilledView),
	conflictedKept: z.array(
		z.strictObject({ assignmentId: z.uuid(), juryMemberId: z.uuid(), applicationId: z.uuid() })
	),
	changes: z.strictObject({
		add: z.array(
			z.strictObject({ juryMemberId: z.uuid(), applicationId: z.uuid(), affinity: z.number() })
		),
		remove: z.array(z.uuid())
	})
});

export const appliedAssignment = z.strictObject({
	fingerprint: z.string(),
	objective: z.number(),
	filled: z.number().int(),
	demand: z.number().int(),
	added: z.number().int(),
	removed: z.number().int(),
	unfilled: z.array(unfilledView),
	notified: z.number().int()
});

export const assignmentsOperations = {
	listAssignments: defineOperation({
		id: 'listAssignments',
		method: 'GET',
		path: '/calls/{id}/assignments',
		tag: TAG,
		summary: 'L’affectation actuelle du jury d’un appel',
		description:
			'Réservé à l’équipe du programme : chaque affectation (verrouillée, commencée, affinité) ' +
			'et la charge de chaque membre du jury face à son minimum et son maximum.',
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: {
			status: 200,
			name: 'AssignmentList',
			description: 'Les affectations et les charges.',
			schema: z.strictObject({
				data: z.array(assignmentView),
				reviewers: z.array(
					z.strictObject({
						id: z.uuid(),
						name: z.string(),
						email: z.string(),
						min: z.number().int(),
						max: z.number().int(),
						load: z.number().int()
					})
				)
			})
		}
	}),

	previewAssignment: defineOperation({
		id: 'previewAssignment',
		method: 'POST',
		path: '/calls/{id}/assignments/preview',
		tag: TAG,
		summary: 'Prévisualiser l’affectation calculée',
		description:
			'Calcule l’affectation optimale sans rien écrire : charges, affinité totale par ' +
			'candidature, paires avec leurs raisons, candidatures les moins bien servies et manquantes, ' +
			'changements. Les affectations verrouillées ou commencées sont gardées.',
		access: 'user',
		scope: 'reviews:read',
		params: callId,
		response: {
			status: 200,
			name: 'AssignmentPreview',
			description: 'L’aperçu.',
			schema: assignmentPreview
		}
	}),

	applyAssignment: defineOperation({
		id: 'applyAssignment',
		method: 'POST',
		path: '/calls/{id}/assignments/apply',
		tag: TAG,
		summary: 'Appliquer l’affectation calculée',
		description:
			'Recalcule et écrit l’affectation en une fois : garde les affectations verrouillées ou ' +
			'commencées, retire les autres que la solution écarte, ajoute les nouvelles ; prévient ' +
			'par courriel les membres du jury dont l’affectation change. Avec `expectedFingerprint`, ' +
			'409 si le résultat diffère de l’aperçu.',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'ApplyAssignmentInput',
			schema: applyAssignmentInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'AppliedAssignment',
			description: 'Ce qui a été écrit.',
			schema: appliedAssignment
		},
		errors: [409]
	}),

	addAssignment: defineOperation({
		id: 'addAssignment',
		method: 'POST',
		path: '/calls/{id}/assignments',
		tag: TAG,
		summary: 'Affecter à la main un membre du jury à une candidature',
		description:
			'Refusé (422, sous le champ fautif) en cas de conflit d’intérêts, de charge maximale ' +
			'atteinte ou de paire déjà affectée.',
		access: 'user',
		scope: 'reviews:write',
		params: callId,
		body: {
			name: 'ManualAssignmentInput',
			schema: manualAssignmentInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'Assignment',
			description: 'L’affectation ajoutée.',
			schema: assignmentView
		}
	}),

	lockAssignment: defineOperation({
		id: 'lockAssignment',
		method: 'PATCH',
		path: '/calls/{id}/assignments/{assignmentId}',
		tag: TAG,
		summary: 'Verrouiller ou déverrouiller une affectation',
		access: 'user',
		scope: 'reviews:write',
		params: assignmentRef,
		body: {
			name: 'LockAssignmentInput',
			schema: lockAssignmentInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'LockedAssignment',
			description: 'L’affectation.',
			schema: assignmentView
		}
	}),

	removeAssignment: defineOperation({
		id: 'removeAssignment',
		method: 'DELETE',
		path: '/calls/{id}/assignments/{assignmentId}',
		tag: TAG,
		summary: 'Retirer une affectation',
		description: 'Seulement si l’évaluation n’a pas commencé (sinon 409).',
		access: 'user',
		scope: 'reviews:write',
		params: assignmentRef,
		response: {
			status: 200,
			name: 'RemovedAssignment',
			description: 'L’affectation retirée.',
			schema: assignmentView
		},
		errors: [409]
	}),

	swapAssignment: defineOperation({
		id: 'swapAssignment',
		method: 'POST',
		path: '/calls/{id}/assignments/{assignmentId}/swap',
		tag: TAG,
		summary: 'Confier une affectation à un autre membre du jury',
		description:
			'En une seule opération : l’affectation (pas encore commencée, sinon 409) passe au membre ' +
			'indiqué, verrou compris ; la candidature garde son nombre d’évaluateur·rices. Refusé (400, ' +
			'sous le champ `juryMemberId`) pour un membre en conflit, à sa charge maximale ou qui ' +
			'l’évalue déjà. Les deux membres sont prévenus par courriel.',
		access: 'user',
		scope: 'reviews:write',
		params: assignmentRef,
		body: {
			name: 'SwapAssignmentInput',
			schema: swapAssignmentInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'SwappedAssignment',
			description: 'La nouvelle affectation.',
			schema: assignmentView
		},
		errors: [409]
	})
};
