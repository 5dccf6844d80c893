/**
 * REST operations of the selection session issue (canvas); spread into `operations` (../operations.ts).
 * The canvas of an application that reached the selection session (shortlisted, retained, not
 * retained, merged): its holders read and save it, the programme team and experts read and
 * annotate it, the team shares it, the call's jury reads it; a shared canvas is read by the
 * holders of the call's other projects in the session. Anyone else: 404 (see `canvas/policy.ts`).
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { parseInput } from '../../programmes/schemas.ts';
import { APPLICATION_STATUSES } from '../../applications/status.ts';
import {
	annotationInput,
	CANVAS_SECTIONS,
	canvasSaveInput,
	shareInput
} from '../../canvas/sections.ts';

const TAG = 'Canevas';
const instant = z.iso.datetime({ offset: true });

const applicationId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de la candidature.' })
});
const versionParams = applicationId.extend({
	number: z.coerce.number().int().min(1).meta({ description: 'Numéro de la version (1, 2…).' })
});

const content = z
	.strictObject(
		Object.fromEntries(CANVAS_SECTIONS.map((s) => [s, z.string()])) as Record<
			(typeof CANVAS_SECTIONS)[number],
			z.ZodString
		>
	)
	.meta({
		description: 'Le texte de chaque rubrique (`offers`, `needs` : une ligne par élément).'
	});

export const canvasVersionSummary = z
	.strictObject({
		number: z.number().int(),
		authorName: z.string(),
		createdAt: instant
	})
	.meta({ description: 'Une version du canevas : numéro, auteur·rice, date.' });

export const canvasVersionView = canvasVersionSummary
	.extend({ content })
	.meta({ description: 'Une version du canevas avec son contenu.' });

export const canvasAnnotationView = z
	.strictObject({
		id: z.uuid(),
		versionNumber: z.number().int(),
		section: z.enum(CANVAS_SECTIONS),
		body: z.string(),
		authorName: z.string(),
		createdAt: instant
	})
	.meta({ description: 'Une annotation de l’équipe ou d’un·e expert·e sur une rubrique.' });

const canvasApplication = z.strictObject({
	id: z.uuid(),
	reference: z.string(),
	title: z.string(),
	status: z.enum(APPLICATION_STATUSES),
	callId: z.uuid(),
	callTitle: z.string(),
	programmeId: z.uuid()
});

const rights = z
	.strictObject({
		role: z.enum(['team', 'expert', 'holder', 'jury', 'peer']),
		edit: z.boolean(),
		annotate: z.boolean(),
		share: z.boolean(),
		readAnnotations: z.boolean(),
		readOnlyReason: z.string().nullable()
	})
	.meta({
		description:
			'Ce que la personne peut faire : `peer` est le ou la porteur·se d’un autre projet de ' +
			'l’appel qui lit un canevas partagé. `readOnlyReason` : pourquoi les porteur·ses ne ' +
			'modifient plus (projet non retenu ou fusionné).'
	});

export const canvasView = z
	.strictObject({
		application: canvasApplication,
		rights,
		shared: z.boolean(),
		current: canvasVersionView.nullable(),
		versions: z.array(canvasVersionSummary),
		annotations: z.array(canvasAnnotationView)
	})
	.meta({
		description: 'Le canevas actuel, ses versions (la plus récente d’abord), ses annotations.'
	});

const diffPart = z.strictObject({
	kind: z.enum(['same', 'added', 'removed']),
	text: z.string()
});

export const canvasDiffView = z
	.strictObject({
		from: canvasVersionSummary,
		to: canvasVersionSummary,
		sections: z.array(
			z.strictObject({
				section: z.enum(CANVAS_SECTIONS),
				changed: z.boolean(),
				parts: z.array(diffPart)
			})
		)
	})
	.meta({
		description:
			'Les différences mot à mot, rubrique par rubrique : les morceaux inchangés, ajoutés et ' +
			'supprimés, dans l’ordre du texte.'
	});

const ACCESS =
	'Lisent : les porteur·ses de la candidature (une fois informé·es de la présélection), ' +
	'l’équipe du programme, ses expert·es, le jury de l’appel, et — si l’équipe le partage — ' +
	'les porteur·ses des autres projets de l’appel en session. 404 pour toute autre personne, et ' +
	'pour une candidature qui n’a pas atteint la session de sélection.';

export const canvasOperations = {
	getCanvas: defineOperation({
		id: 'getCanvas',
		method: 'GET',
		path: '/applications/{id}/canvas',
		tag: TAG,
		summary: 'Le canevas d’un projet présélectionné',
		description: `La version actuelle (null avant le premier enregistrement), la liste des versions et les annotations (vides pour les porteur·ses d’autres projets). ${ACCESS}`,
		access: 'user',
		scope: 'applications:read',
		params: applicationId,
		response: { status: 200, name: 'Canvas', description: 'Le canevas.', schema: canvasView }
	}),

	saveCanvas: defineOperation({
		id: 'saveCanvas',
		method: 'POST',
		path: '/applications/{id}/canvas/versions',
		tag: TAG,
		summary: 'Enregistrer une nouvelle version du canevas (porteur·ses)',
		description:
			'Crée la version `base + 1` ; aucune version n’est jamais modifiée. Si une autre version ' +
			'a été enregistrée depuis `base`, 409 et rien n’est enregistré. Textes trop longs : 422 ' +
			'avec un message par rubrique. 403 pour qui lit sans pouvoir modifier (équipe, jury, ' +
			'projet non retenu ou fusionné). Journalisé.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'CanvasSave',
			schema: canvasSaveInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'CanvasVersion',
			description: 'La version créée.',
			schema: canvasVersionView
		},
		errors: [403, 409]
	}),

	listCanvasVersions: defineOperation({
		id: 'listCanvasVersions',
		method: 'GET',
		path: '/applications/{id}/canvas/versions',
		tag: TAG,
		summary: 'Les versions du canevas',
		description: `Numéro, auteur·rice et date de chaque version, la plus récente d’abord. ${ACCESS}`,
		access: 'user',
		scope: 'applications:read',
		params: applicationId,
		response: {
			status: 200,
			name: 'CanvasVersions',
			description: 'Les versions.',
			schema: z.strictObject({ data: z.array(canvasVersionSummary) })
		}
	}),

	getCanvasVersion: defineOperation({
		id: 'getCanvasVersion',
		method: 'GET',
		path: '/applications/{id}/canvas/versions/{number}',
		tag: TAG,
		summary: 'Une version du canevas',
		description: `La version telle qu’elle a été enregistrée ; 404 si elle n’existe pas. ${ACCESS}`,
		access: 'user',
		scope: 'applications:read',
		params: versionParams,
		response: {
			status: 200,
			name: 'CanvasVersion',
			description: 'La version.',
			schema: canvasVersionView
		}
	}),

	diffCanvasVersions: defineOperation({
		id: 'diffCanvasVersions',
		method: 'GET',
		path: '/applications/{id}/canvas/diff',
		tag: TAG,
		summary: 'Les différences entre deux versions du canevas',
		description: `Mot à mot, rubrique par rubrique, de la version \`from\` à la version \`to\`. 404 si l’une n’existe pas. ${ACCESS}`,
		access: 'user',
		scope: 'applications:read',
		params: applicationId,
		query: z.object({
			from: z.coerce
				.number({ error: 'canvas.error.compareVersion' })
				.int({ error: 'canvas.error.compareVersion' })
				.min(1, { error: 'canvas.error.compareVersion' })
				.meta({ description: 'Version de départ.' }),
			to: z.coerce
				.number({ error: 'canvas.error.compareVersion' })
				.int({ error: 'canvas.error.compareVersion' })
				.min(1, { error: 'canvas.error.compareVersion' })
				.meta({ description: 'Version d’arrivée.' })
		}),
		response: {
			status: 200,
			name: 'CanvasDiff',
			description: 'Les différences.',
			schema: canvasDiffView
		}
	}),

	listCanvasAnnotations: defineOperation({
		id: 'listCanvasAnnotations',
		method: 'GET',
		path: '/applications/{id}/canvas/annotations',
		tag: TAG,
		summary: 'Les annotations du canevas',
		description:
			'Les annotations de l’équipe et des expert·es, de la plus ancienne à la plus récente. ' +
			'Porteur·ses de la candidature, équipe, expert·es et jury ; 404 pour les autres (y ' +
			'compris les porteur·ses d’autres projets qui lisent un canevas partagé).',
		access: 'user',
		scope: 'applications:read',
		params: applicationId,
		response: {
			status: 200,
			name: 'CanvasAnnotations',
			description: 'Les annotations.',
			schema: z.strictObject({ data: z.array(canvasAnnotationView) })
		}
	}),

	addCanvasAnnotation: defineOperation({
		id: 'addCanvasAnnotation',
		method: 'POST',
		path: '/applications/{id}/canvas/annotations',
		tag: TAG,
		summary: 'Annoter une rubrique d’une version du canevas (équipe, expert·es)',
		description:
			'1 à 3 000 caractères sur une rubrique d’une version existante (422 sinon). 403 pour ' +
			'qui lit sans annoter (porteur·ses, jury). Journalisé.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'CanvasAnnotationInput',
			schema: annotationInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 201,
			name: 'CanvasAnnotation',
			description: 'L’annotation.',
			schema: canvasAnnotationView
		},
		errors: [403]
	}),

	shareCanvas: defineOperation({
		id: 'shareCanvas',
		method: 'PUT',
		path: '/applications/{id}/canvas/share',
		tag: TAG,
		summary: 'Partager le canevas avec les autres projets de l’appel (équipe)',
		description:
			'`shared: true` : les porteur·ses des autres projets de l’appel en session le lisent (sans ' +
			'les annotations) ; `false` : plus personne d’autre. 403 hors de l’équipe (pour qui lit), ' +
			'404 pour les autres. Journalisé quand cela change.',
		access: 'user',
		scope: 'applications:write',
		params: applicationId,
		body: {
			name: 'CanvasShare',
			schema: shareInput,
			parse: (schema, raw) => parseInput(schema, raw)
		},
		response: {
			status: 200,
			name: 'CanvasSharing',
			description: 'Le partage.',
			schema: z.strictObject({ shared: z.boolean() })
		},
		errors: [403]
	})
};
