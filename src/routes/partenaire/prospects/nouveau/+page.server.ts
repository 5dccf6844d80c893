import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	createProspect,
	listMyPartners,
	prospectFormInput,
	prospectFormOptions
} from '#lib/server/sourcing/partners.ts';
import { toParisDateInput } from '#lib/i18n/format.ts';
import { PROSPECT_LISTS } from '../../prospectPages.ts';

/** A new prospect for one of the person's partners (`?partenaire=`, else the first). */
export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	const { partners } = await event.parent();
	const partner =
		partners.find((p) => p.id === event.url.searchParams.get('partenaire')) ?? partners[0];
	if (!partner) error(404, event.locals.t('error.notFound'));
	const options = await prospectFormOptions(event.locals.app.db, actor, partner.id);
	return {
		partner,
		options: { regions: options.regions, calls: options.calls },
		lists: PROSPECT_LISTS,
		initial: {
			regionCode: options.regions.length === 1 ? options.regions[0].code : '',
			callId: options.defaultCallId ?? '',
			firstContactOn: toParisDateInput(new Date())
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const partnerId = String(form.get('partnerId') ?? '');
		// Only for one of the person's own partners (the team works from the back office).
		const mine = await listMyPartners(event.locals.app.db, actor);
		if (!mine.some((p) => p.id === partnerId)) error(404, event.locals.t('error.notFound'));
		return formAction(event.locals.t, form, async () => {
			const p = await createProspect(event.locals.app, actor, partnerId, prospectFormInput(form));
			redirect(303, `/partenaire/prospects/${p.id}?notice=prospectCreated`);
		});
	}
};
