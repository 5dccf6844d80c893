/**
 * Zod schemas of what the API answers: the views of the domains and the error shape. They build
 * the OpenAPI document, and the API tests check real answers against them.
 */
import { z } from 'zod';
import { ROLES } from '../accounts/actor.ts';
import { SCOPES } from '../accounts/apiTokens.ts';
import { PHASE_KINDS } from '../programmes/schemas.ts';
import { ERROR_CODES } from './http.ts';

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
		.meta({ description: 'Code INSEE de la région (chargé·e de mission régional·e).' })
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
	Phase: phaseView
} as const;
