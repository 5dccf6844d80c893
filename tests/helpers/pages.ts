/**
 * Pages called as SvelteKit calls them: a load function or a form action with an event (address,
 * parameters, the signed-in actor, a plain POST as without JavaScript), and what came back: the
 * data, a refusal (`fail`) with its status, a redirect with its location, or an HTTP error.
 */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { Actor } from '#lib/server/accounts/actor.ts';
import type { App } from '#lib/server/app.ts';
import { translator } from '#lib/i18n/index.ts';

export type Outcome = { status: number; location?: string; data?: unknown };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (event: any) => unknown;

/** A runner of load functions and form actions on the application `app()` gives at call time. */
export function pageRunner(app: () => App) {
	return async function run(
		fn: unknown,
		actor: Actor,
		path: string,
		params: Record<string, string>,
		form?: [string, string][]
	): Promise<Outcome> {
		const url = new URL(`http://localhost${path}`);
		const event = {
			url,
			params,
			locals: { app: app(), actor, locale: 'fr', t: translator('fr'), sessionId: null },
			request: new Request(url, form ? { method: 'POST', body: new URLSearchParams(form) } : {})
		};
		try {
			const data = await (fn as AnyFn)(event);
			const failure = data as { status?: number; data?: unknown } | undefined;
			if (failure && typeof failure.status === 'number' && 'data' in failure) {
				return { status: failure.status, data: failure.data };
			}
			return { status: 200, data };
		} catch (e) {
			if (isRedirect(e)) return { status: e.status, location: e.location };
			if (isHttpError(e)) return { status: e.status };
			throw e;
		}
	};
}
