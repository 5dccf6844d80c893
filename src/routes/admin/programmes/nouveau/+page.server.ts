import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam, requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	createProgramme,
	mayCreateProgramme,
	programmeFormInput
} from '#lib/server/programmes/index.ts';
import { uploadedFile } from '../uploads.ts';

export const load: PageServerLoad = async (event) => {
	const actor = requireTeam(event);
	if (!mayCreateProgramme(actor)) error(404, event.locals.t('error.notFound'));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			const programme = await createProgramme(event.locals.app, actor, programmeFormInput(form), {
				logo: await uploadedFile(form, 'logo')
			});
			redirect(303, `/admin/programmes/${programme.id}?notice=created`);
		});
	}
};
