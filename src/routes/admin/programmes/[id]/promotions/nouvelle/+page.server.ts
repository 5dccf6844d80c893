import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam, requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	PHASE_KINDS,
	createCycle,
	cycleFormInput,
	getProgramme
} from '#lib/server/programmes/index.ts';
import { notFoundPage } from '../../../notFound.ts';

export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	requireTeam(event);
	const programme = await notFoundPage(locals.t, () =>
		getProgramme(locals.app.db, locals.actor, params.id)
	);
	if (programme.id !== params.id) error(404, locals.t('error.notFound'));
	requireTeam(event, programme.id);
	return { programme: { id: programme.id, name: programme.name }, kinds: PHASE_KINDS };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			await createCycle(event.locals.app, actor, event.params.id, cycleFormInput(form));
			redirect(303, `/admin/programmes/${event.params.id}?notice=cycleCreated`);
		});
	}
};
