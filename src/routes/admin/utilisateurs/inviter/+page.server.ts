import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction, parseForm } from '#lib/server/http/forms.ts';
import { NotFound } from '#lib/server/errors.ts';
import { ROLES } from '#lib/server/accounts/actor.ts';
import { inviteSchema, inviteUser, listGrantOptions } from '#lib/server/users/index.ts';

export const load: PageServerLoad = async (event) => {
	const actor = requireTeam(event);
	try {
		return {
			options: await listGrantOptions(event.locals.app.db, actor),
			roles: [...ROLES]
		};
	} catch (e) {
		if (e instanceof NotFound) error(404, event.locals.t('error.notFound'));
		throw e;
	}
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireTeam(event);
		const { locals, request } = event;
		const form = await request.formData();
		const result = await formAction(locals.t, form, async () =>
			inviteUser(locals.app, actor, parseForm(inviteSchema, form))
		);
		if ('userId' in result) redirect(303, `/admin/utilisateurs/${result.userId}?fait=invited`);
		return result;
	}
};
