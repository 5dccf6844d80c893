import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam, requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	getProgramme,
	listCycles,
	programmeFormInput,
	updateProgramme
} from '#lib/server/programmes/index.ts';
import { notFoundPage } from '../notFound.ts';
import { uploadedFile } from '../uploads.ts';

const NOTICES = ['created', 'saved', 'cycleCreated'] as const;

export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	requireTeam(event);
	const programme = await notFoundPage(locals.t, () =>
		getProgramme(locals.app.db, locals.actor, params.id)
	);
	// Only by id here: the slug is the public page's address.
	if (programme.id !== params.id) error(404, locals.t('error.notFound'));
	requireTeam(event, programme.id);
	const notice = url.searchParams.get('notice');
	return {
		programme,
		cycles: await listCycles(locals.app.db, locals.actor, programme.id),
		notice: NOTICES.find((n) => n === notice) ?? null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			const logo = await uploadedFile(form, 'logo');
			const remove = form.get('removeLogo') === 'on';
			const programme = await updateProgramme(
				event.locals.app,
				actor,
				event.params.id,
				programmeFormInput(form),
				{ logo: logo ?? (remove ? null : undefined) }
			);
			redirect(303, `/admin/programmes/${programme.id}?notice=saved`);
		});
	}
};
