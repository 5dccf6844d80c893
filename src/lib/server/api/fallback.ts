/**
 * Answers in the API's JSON error shape where SvelteKit would answer in text: a method that the
 * address does not serve (each route exports `fallback = methodNotAllowed`).
 */
import { apiHandler, errorResponse, type ApiEvent } from './http.ts';
import { API_BASE } from './operation.ts';
import { operations } from './operations.ts';

/** The methods declared for a route (`/api/v1/programmes/[id]` → GET, PATCH). */
export function allowedMethods(routeId: string): string[] {
	const path = routeId.slice(API_BASE.length).replace(/\[(\w+)\]/g, '{$1}');
	const methods = Object.values(operations)
		.filter((op) => op.path === path)
		.map((op) => op.method as string);
	if (methods.includes('GET')) methods.push('HEAD');
	return methods;
}

export const methodNotAllowed = apiHandler(async (event: ApiEvent) => {
	const allowed = allowedMethods(event.route?.id ?? '').join(', ');
	return errorResponse(
		405,
		'method_not_allowed',
		event.locals.t('api.error.methodNotAllowed', { method: event.request.method, allowed }),
		{},
		{ allow: allowed }
	);
});
