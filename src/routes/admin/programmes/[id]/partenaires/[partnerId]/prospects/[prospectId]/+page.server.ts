import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getProspect } from '#lib/server/sourcing/partners.ts';
import {
	noticeOf,
	orNotFound,
	prospectActions,
	prospectPageData
} from '../../../../../../../partenaire/prospectPages.ts';
import { teamPartner } from '../../../partnerPages.ts';

/** The same record as in the partner's space, for the programme's team. */
export const load: PageServerLoad = async (event) => {
	const { actor, programme, partner } = await teamPartner(event);
	const data = await prospectPageData(
		event.locals.app.db,
		actor,
		event.params.prospectId,
		event.locals.t
	);
	if (data.prospect.partnerId !== partner.id) error(404, event.locals.t('error.notFound'));
	return {
		...data,
		programme,
		partner: { id: partner.id, name: partner.name },
		notice: noticeOf(event.url)
	};
};

export const actions: Actions = prospectActions(async (event) => {
	const params = event.params as { id: string; partnerId: string; prospectId: string };
	const { actor, partner } = await teamPartner({ ...event, params });
	// Only under its own partner's address, as the page.
	const prospect = await orNotFound(event.locals.t, () =>
		getProspect(event.locals.app.db, actor, params.prospectId)
	);
	if (prospect.partnerId !== partner.id) error(404, event.locals.t('error.notFound'));
	return {
		actor,
		prospectId: params.prospectId,
		pageUrl: `/admin/programmes/${params.id}/partenaires/${params.partnerId}/prospects/${params.prospectId}`
	};
});
