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

const programmeRef = z.object({
	id: z
		.string()
		.min(1)
		.max(200)
		.meta({ description: 'Identifiant (UUID) ou adresse (slug) du programme.' })
});
const cycleId = z.object({
	id: z.uuid().meta({ description: 'Identifiant (UUID) de la promotion.' })
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
	})
};

export type Operations = typeof operations;
