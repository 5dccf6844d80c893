import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam, requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { createCall } from '#lib/server/calls/index.ts';
import { getProgramme, listCycles } from '#lib/server/programmes/index.ts';
import { notFoundPage } from '../../../notFound.ts';

export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	requireTeam(event);
	const programme = await notFoundPage(locals.t, () =>
		getProgramme(locals.app.db, locals.actor, params.id)
	);
	if (programme.id !== params.id) error(404, locals.t('error.notFound'));
	requireTeam(event, programme.id);
	const cycles = await listCycles(locals.app.db, locals.actor, programme.id);
	return {
		programme: { id: programme.id, name: programme.name },
		// The most recent first: a new call is usually for the coming promotion.
		cycles: cycles.reverse().map((c) => ({ id: c.id, name: c.name }))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const text = (k: string) => String(form.get(k) ?? '');
		return formAction(event.locals.t, form, async () => {
			const call = await createCall(event.locals.app, actor, event.params.id, {
				cycleId: text('cycleId'),
				title: text('title'),
				slug: text('slug')
			});
			redirect(303, `/admin/programmes/${event.params.id}/appels/${call.id}?notice=created`);
		});
	}
};
