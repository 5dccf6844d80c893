import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction, parseForm } from '#lib/server/http/forms.ts';
import { NotFound } from '#lib/server/errors.ts';
import { ROLES, type UserActor } from '#lib/server/accounts/actor.ts';
import {
	disableUser,
	enableUser,
	getUser,
	grantRole,
	listGrantOptions,
	revokeRole,
	roleGrantSchema
} from '#lib/server/users/index.ts';

const DONE = ['invited', 'granted', 'revoked', 'disabled', 'enabled'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireTeam(event);
	const { locals, params, url } = event;
	try {
		const [user, options] = await Promise.all([
			getUser(locals.app.db, actor, params.id),
			listGrantOptions(locals.app.db, actor)
		]);
		const done = url.searchParams.get('fait');
		return {
			user,
			options,
			roles: [...ROLES],
			done: DONE.find((d) => d === done) ?? null
		};
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
};

/** Runs one action on the person, then comes back to their page saying what was done. */
async function act(
	event: RequestEvent<{ id: string }>,
	done: (typeof DONE)[number],
	body: (actor: UserActor, form: FormData) => Promise<unknown>
) {
	const actor = requireTeam(event);
	const form = await event.request.formData();
	const result = await formAction(event.locals.t, form, async () => {
		await body(actor, form);
		return { ok: true as const };
	});
	if ('ok' in result) redirect(303, `/admin/utilisateurs/${event.params.id}?fait=${done}`);
	return result;
}

export const actions: Actions = {
	grant: (event) =>
		act(event, 'granted', (actor, form) =>
			grantRole(event.locals.app, actor, event.params.id, parseForm(roleGrantSchema, form))
		),
	revoke: (event) =>
		act(event, 'revoked', (actor, form) =>
			revokeRole(
				event.locals.app,
				actor,
				event.params.id,
				// A tampered id names no role: the use case answers NotFound (a 404 page).
				String(form.get('assignmentId') ?? '')
			)
		),
	disable: (event) =>
		act(event, 'disabled', (actor) => disableUser(event.locals.app, actor, event.params.id)),
	enable: (event) =>
		act(event, 'enabled', (actor) => enableUser(event.locals.app, actor, event.params.id))
};
