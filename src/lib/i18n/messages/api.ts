import { defineMessages } from '../define.ts';

/** Messages of the REST API's error bodies. */
export default defineMessages({
	fr: {
		'api.error.bad_request': 'Requête mal formée.',
		'api.error.invalidJson': 'Le corps de la requête n’est pas un document JSON valide.',
		'api.error.jsonObjectExpected': 'Le corps de la requête doit être un objet JSON.',
		'api.error.unsupportedMediaType':
			'Le corps de la requête doit être envoyé en JSON (Content-Type: application/json).',
		'api.error.invalid': 'Les données envoyées ne sont pas valides.',
		'api.error.unknownField': 'Champ inconnu. Champs possibles : {allowed}.',
		'api.error.not_found': 'Ressource introuvable, ou vous n’y avez pas accès.',
		'api.error.routeNotFound': 'Aucune opération de l’API ne correspond à {method} {path}.',
		'api.error.methodNotAllowed':
			'La méthode {method} n’existe pas à cette adresse (possibles : {allowed}).',
		'api.error.forbidden': 'Action non autorisée.',
		'api.error.missingScope': 'Ce jeton d’API n’a pas la portée « {scope} » nécessaire.',
		'api.error.unauthenticated':
			'Authentification requise : envoyez un jeton d’API dans l’en-tête Authorization: Bearer tfo_…',
		'api.error.conflict': 'La demande entre en conflit avec l’état actuel.',
		'api.error.rate_limited': 'Trop de requêtes. Réessayez dans {seconds} seconde(s).',
		'api.error.internal': 'Erreur interne. L’incident a été consigné ; réessayez plus tard.',
		'api.error.limit': 'La limite doit être un nombre entier entre 1 et 100.',
		'api.error.cursor': 'Curseur de pagination invalide : reprenez la liste depuis le début.'
	},
	en: {
		'api.error.bad_request': 'Malformed request.',
		'api.error.invalidJson': 'The request body is not a valid JSON document.',
		'api.error.jsonObjectExpected': 'The request body must be a JSON object.',
		'api.error.unsupportedMediaType':
			'The request body must be sent as JSON (Content-Type: application/json).',
		'api.error.invalid': 'The data sent is not valid.',
		'api.error.unknownField': 'Unknown field. Possible fields: {allowed}.',
		'api.error.not_found': 'Resource not found, or you do not have access to it.',
		'api.error.routeNotFound': 'No API operation matches {method} {path}.',
		'api.error.methodNotAllowed':
			'Method {method} is not available at this address (allowed: {allowed}).',
		'api.error.forbidden': 'Action not allowed.',
		'api.error.missingScope': 'This API token lacks the required “{scope}” scope.',
		'api.error.unauthenticated':
			'Authentication required: send an API token in the Authorization: Bearer tfo_… header',
		'api.error.conflict': 'The request conflicts with the current state.',
		'api.error.rate_limited': 'Too many requests. Try again in {seconds} second(s).',
		'api.error.internal': 'Internal error. The incident was logged; try again later.',
		'api.error.limit': 'The limit must be a whole number between 1 and 100.',
		'api.error.cursor': 'Invalid pagination cursor: start the list again from the beginning.'
	}
});
