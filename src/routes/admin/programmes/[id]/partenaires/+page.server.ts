import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '#lib/server/http/forms.ts';
import { createPartner, listPartners, partnerFormInput } from '#lib/server/sourcing/partners.ts';
import { refusedForm, teamProgramme } from './partnerPages.ts';

export const load: PageServerLoad = async (event) => {
	const { actor, programme } = await teamProgramme(event);
	return { programme, partners: await listPartners(event.locals.app.db, actor, programme.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const { actor, programme } = await teamProgramme(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, async () => {
			const partner = await createPartner(
				event.locals.app,
				actor,
				programme.id,
				partnerFormInput(form)
			);
			redirect(303, `/admin/programmes/${programme.id}/partenaires/${partner.id}?notice=created`);
		});
		return refusedForm(result, 'create', form);
	}
};
