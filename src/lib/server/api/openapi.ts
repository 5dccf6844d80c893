/**
 * The OpenAPI 3.1 document of the REST API, built from the operations' declarations and the very
 * Zod schemas that validate the forms and the API (`z.toJSONSchema`, JSON Schema 2020-12 as
 * OpenAPI 3.1 uses). Request bodies are described as the client sends them (`io: 'input'`),
 * answers as the server writes them (`io: 'output'`).
 */
import { z } from 'zod';
import { SCOPES } from '../accounts/apiTokens.ts';
import { version } from '../../version.ts';
import { API_BASE, errorStatuses, type AnyOperation } from './operation.ts';
import { operations } from './operations.ts';
import { responseSchemas } from './schemas.ts';

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

const REF = '#/components/schemas/';

const INSTANT_DESCRIPTION =
	'Date ISO 8601 avec décalage (`2026-03-02T09:00:00+01:00`) ou heure de Paris ' +
	'(`2026-03-02`, `2026-03-02T09:00`).';

const ERROR_RESPONSES: Record<number, { name: string; description: string }> = {
	400: { name: 'BadRequest', description: 'Requête mal formée (JSON illisible, objet attendu).' },
	401: { name: 'Unauthenticated', description: 'Jeton absent, inconnu, expiré ou révoqué.' },
	403: {
		name: 'Forbidden',
		description: 'Le jeton n’a pas la portée nécessaire, ou la personne n’a pas le rôle.'
	},
	404: { name: 'NotFound', description: 'Introuvable, ou invisible pour cette personne.' },
	409: { name: 'Conflict', description: 'En conflit avec l’état actuel (doublon…).' },
	415: { name: 'UnsupportedMediaType', description: 'Le corps doit être en application/json.' },
	422: { name: 'Invalid', description: 'Données invalides ; `fields` détaille chaque champ.' },
	429: { name: 'RateLimited', description: 'Trop de requêtes ; voir l’en-tête Retry-After.' },
	500: { name: 'Internal', description: 'Erreur interne, consignée côté serveur.' }
};

/**
 * Adjusts what Zod writes for what JSON can carry: a `z.date()` member accepts a date-time string
 * over JSON, and a field that accepts `undefined` (a default, a preprocess) is not required.
 */
function override(io: Io) {
	return (ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: Json }) => {
		const def = ctx.zodSchema._zod.def;
		if (def.type === 'date') {
			ctx.jsonSchema.type = 'string';
			ctx.jsonSchema.format = 'date-time';
		}
		if (io === 'input' && def.type === 'object' && Array.isArray(ctx.jsonSchema.required)) {
			const shape = (def as z.core.$ZodObjectDef).shape;
			ctx.jsonSchema.required = (ctx.jsonSchema.required as string[]).filter((key) => {
				const field = shape[key];
				return !field || !z.safeParse(field, undefined).success;
			});
			if ((ctx.jsonSchema.required as string[]).length === 0) delete ctx.jsonSchema.required;
		}
	};
}

/** Removes what OpenAPI does not need, and simplifies what Zod writes verbosely. */
function tidy(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(tidy);
	if (!node || typeof node !== 'object') return node;
	const out: Json = {};
	for (const [k, v] of Object.entries(node)) {
		if (k === '$schema' || k === '$id') continue;
		out[k] = tidy(v);
	}
	// The format says it; Zod's long regular expressions for it only add noise.
	if (typeof out.format === 'string' && ['uuid', 'date-time', 'email'].includes(out.format)) {
		delete out.pattern;
	}
	// `anyOf` of strings only (a date accepted as a Date or a string): one string.
	if (Array.isArray(out.anyOf)) {
		const members = out.anyOf as Json[];
		if (members.every((m) => m.type === 'string')) {
			delete out.anyOf;
			out.type = 'string';
			// A Date or a string: the domain's instants (see `parseInstant`).
			if (members.some((m) => m.format === 'date-time') && !out.description) {
				out.description = INSTANT_DESCRIPTION;
			}
		}
	}
	return out;
}

/** JSON Schemas of named Zod schemas, with references between them. */
function componentSchemas(named: Map<string, z.ZodType>, io: Io): Record<string, Json> {
	const registry = z.registry<{ id: string }>();
	for (const [id, schema] of named) registry.add(schema, { id });
	const result = z.toJSONSchema(registry, {
		target: 'draft-2020-12',
		io,
		unrepresentable: 'any',
		uri: (id) => REF + id,
		override: override(io) as never
	}) as { schemas: Record<string, Json> };
	return tidy(result.schemas) as Record<string, Json>;
}

function inlineSchema(schema: z.ZodType, io: Io): Json {
	return tidy(
		z.toJSONSchema(schema, {
			target: 'draft-2020-12',
			io,
			unrepresentable: 'any',
			override: override(io) as never
		})
	) as Json;
}

/** Adds a named schema, refusing two different schemas under one name. */
function addNamed(map: Map<string, z.ZodType>, name: string, schema: z.ZodType) {
	const existing = map.get(name);
	if (existing && existing !== schema) {
		throw new Error(`OpenAPI : deux schémas différents portent le nom ${name}`);
	}
	map.set(name, schema);
}

function parameters(op: AnyOperation): Json[] {
	const list: Json[] = [];
	for (const [where, object] of [
		['path', op.params],
		['query', op.query]
	] as const) {
		if (!object) continue;
		const json = inlineSchema(object, 'input');
		const props = (json.properties ?? {}) as Record<string, Json>;
		const required = new Set((json.required ?? []) as string[]);
		for (const [name, schema] of Object.entries(props)) {
			const { description, ...rest } = schema;
			list.push({
				name,
				in: where,
				required: where === 'path' || required.has(name),
				...(description ? { description } : {}),
				schema: rest
			});
		}
	}
	return list;
}

function security(op: AnyOperation): Json[] {
	const scopes = op.scope ? [op.scope] : [];
	if (op.access === 'user') return [{ bearer: scopes }];
	// Public: anonymous works; a token with the scope may see more.
	return op.scope ? [{}, { bearer: scopes }] : [];
}

function describe(op: AnyOperation): string {
	const lines = op.description ? [op.description] : [];
	if (op.access === 'user' && op.scope) lines.push(`Portée requise : \`${op.scope}\`.`);
	else if (op.access === 'user') lines.push('Authentification requise.');
	else if (op.scope) {
		lines.push(`Accessible sans authentification ; portée de lecture : \`${op.scope}\`.`);
	} else lines.push('Accessible sans authentification.');
	return lines.join('\n\n');
}

const SECURITY_DESCRIPTION = [
	'Jeton d’accès personnel (`tfo_…`), créé depuis « Mon compte » ou avec `transfo token create`, ',
	'envoyé dans l’en-tête `Authorization: Bearer tfo_…`. Un jeton peut être limité à des portées ',
	`(${SCOPES.map((s) => `\`${s}\``).join(', ')}) ; sans portée, il permet tout ce que les rôles `,
	'de la personne permettent.'
].join('');

export function buildOpenApiDocument(ops: readonly AnyOperation[] = Object.values(operations)) {
	const inputs = new Map<string, z.ZodType>();
	const outputs = new Map<string, z.ZodType>();
	for (const [name, schema] of Object.entries(responseSchemas)) addNamed(outputs, name, schema);
	for (const op of ops) {
		if (op.body) addNamed(inputs, op.body.name, op.body.schema);
		if (!op.response.files) addNamed(outputs, op.response.name, op.response.schema);
	}
	for (const name of inputs.keys()) {
		if (outputs.has(name))
			throw new Error(`OpenAPI : ${name} est à la fois une entrée et une sortie`);
	}

	const paths: Record<string, Record<string, Json>> = {};
	for (const op of ops) {
		const responses: Record<string, Json> = {
			[op.response.status]: {
				description: op.response.description,
				...(op.response.status === 201
					? {
							headers: {
								Location: {
									description: 'Adresse de la ressource créée.',
									schema: { type: 'string' }
								}
							}
						}
					: {}),
				content: op.response.files
					? Object.fromEntries(
							op.response.files.map((type) => [
								type,
								{ schema: { type: 'string', contentMediaType: type } }
							])
						)
					: { 'application/json': { schema: { $ref: REF + op.response.name } } },
				...(op.response.files
					? {
							headers: {
								'Content-Disposition': {
									description: 'Nom du fichier (`attachment; filename=…`).',
									schema: { type: 'string' }
								}
							}
						}
					: {})
			}
		};
		for (const status of errorStatuses(op)) {
			responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
		}
		const operation: Json = {
			operationId: op.id,
			tags: [op.tag],
			summary: op.summary,
			description: describe(op),
			security: security(op)
		};
		const params = parameters(op);
		if (params.length) operation.parameters = params;
		if (op.body) {
			operation.requestBody = {
				required: true,
				content: {
					[op.body.multipart ? 'multipart/form-data' : 'application/json']: {
						schema: { $ref: REF + op.body.name }
					}
				}
			};
		}
		operation.responses = responses;
		(paths[op.path] ??= {})[op.method.toLowerCase()] = operation;
	}

	const schemas = { ...componentSchemas(outputs, 'output'), ...componentSchemas(inputs, 'input') };
	for (const op of ops) {
		// Unknown fields are refused (see `readBody`).
		if (op.body?.schema instanceof z.ZodObject) schemas[op.body.name].additionalProperties = false;
		// A partial update: nothing is filled in for the fields that are not sent.
		if (!op.body?.patch) continue;
		const props = (schemas[op.body.name].properties ?? {}) as Record<string, Json>;
		for (const p of Object.values(props)) delete p.default;
	}

	const responses: Record<string, Json> = {};
	for (const { name, description } of Object.values(ERROR_RESPONSES)) {
		responses[name] = {
			description,
			content: { 'application/json': { schema: { $ref: `${REF}Error` } } }
		};
	}
	(responses.Unauthenticated as Json).headers = {
		'WWW-Authenticate': { schema: { type: 'string' }, description: 'Bearer' }
	};
	(responses.RateLimited as Json).headers = {
		'Retry-After': { schema: { type: 'integer' }, description: 'Secondes à attendre.' }
	};

	return {
		openapi: '3.1.1',
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		info: {
			title: 'Transformateur API',
			version,
			description:
				'API REST de Transformateur : programmes d’accélération, promotions et calendriers. ' +
				'Les réponses sont en JSON ; les erreurs ont toutes la forme `{"error": {"code", ' +
				'"message", "fields"}}`, avec le message dans la langue de la personne. Les listes sont ' +
				'paginées par curseur (`limit`, `cursor` → `nextCursor`).',
			license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' }
		},
		servers: [{ url: API_BASE }],
		tags: [
			{ name: 'Compte', description: 'La personne et son jeton.' },
			{ name: 'Programmes', description: 'Programmes d’accélération.' },
			{ name: 'Promotions', description: 'Promotions (cycles) et leur calendrier.' },
			{ name: 'Appels à projets', description: 'Appels à projets et formulaires de candidature.' },
			{
				name: 'Candidatures',
				description: 'Candidatures : brouillons, dépôt, pièces jointes, instruction, exports.'
			},
			{
				name: 'Sourcing régional',
				description:
					'Partenaires régionaux, prospects et leurs contacts, invitations à candidater, ' +
					'attribution des candidatures, avis régionaux, entonnoir par région.'
			},
			{
				name: 'Jury',
				description: 'Grille d’évaluation, réglages de l’évaluation et membres du jury d’un appel.'
			},
			{
				name: 'Sessions',
				description:
					'Sessions d’une promotion (session de sélection, session de feuille de route) : ' +
					'programme, convocations avec fichier de calendrier, réponses, émargement.'
			},
			{
				name: 'Canevas',
				description: 'Canevas des projets présélectionnés : versions, différences, annotations.'
			},
			{
				name: 'Synergies',
				description: 'Synergies entre projets présélectionnés : suggestions, coopérations, fusions.'
			},
			{ name: 'Documentation', description: 'Ce document.' }
		],
		paths,
		components: {
			schemas,
			responses,
			securitySchemes: {
				bearer: {
					type: 'http',
					scheme: 'bearer',
					bearerFormat: 'tfo_…',
					description: SECURITY_DESCRIPTION
				}
			}
		}
	};
}

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The document, built once per process. */
export function openApiDocument() {
	cached ??= buildOpenApiDocument();
	return cached;
}
