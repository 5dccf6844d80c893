import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '#lib/server/http/forms.ts';
import {
	createProspect,
	prospectFormInput,
	prospectFormOptions
} from '#lib/server/sourcing/partners.ts';
import { toParisDateInput } from '#lib/i18n/format.ts';
import { PROSPECT_LISTS } from '../../../../../../../partenaire/prospectPages.ts';
import { teamPartner } from '../../../partnerPages.ts';

/** A new prospect of the partner, recorded by the programme's team. */
export const load: PageServerLoad = async (event) => {
	const { actor, programme, partner } = await teamPartner(event);
	const options = await prospectFormOptions(event.locals.app.db, actor, partner.id);
	return {
		programme,
		partner: { id: partner.id, name: partner.name },
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
		const { actor, programme, partner } = await teamPartner(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			const p = await createProspect(event.locals.app, actor, partner.id, prospectFormInput(form));
			redirect(
				303,
				`/admin/programmes/${programme.id}/partenaires/${partner.id}/prospects/${p.id}?notice=prospectCreated`
			);
		});
	}
};
