import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { getFunnel } from '#lib/server/sourcing/funnel.ts';
import { funnelPage } from '#lib/server/sourcing/funnelPage.ts';
import { notFoundPage } from '../../../../notFound.ts';

/**
 * The team's sourcing dashboard of a call: the map of one measure by region, the funnel by
 * region, by applicant type and by typology, the partners' share, the exports. Each region of
 * the map leads to the call's applications from that region.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const funnel = await notFoundPage(locals.t, () =>
		getFunnel(locals.app.db, actor, { kind: 'call', id: params.callId })
	);
	// Only under the call's own programme's address, and only in the team's view.
	if (funnel.target.programmeId !== params.id || funnel.audience !== 'team') {
		error(404, locals.t('error.notFound'));
	}
	const pipeline = `/admin/programmes/${params.id}/appels/${params.callId}/candidatures`;
	return {
		programmeId: params.id,
		...funnelPage(funnel, url.searchParams, locals.t, locals.locale, {
			hrefOf: (code) => `${pipeline}?region=${code}`,
			description: locals.t('funnel.map.description')
		}),
		pipeline
	};
};
