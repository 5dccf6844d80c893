import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { getFunnel } from '#lib/server/sourcing/funnel.ts';
import { funnelPage } from '#lib/server/sourcing/funnelPage.ts';
import { regionAnchor } from '#lib/components/map/funnelRows.ts';
import { notFoundPage } from '../../../../notFound.ts';

/**
 * The team's sourcing dashboard of a cycle: every call of the cycle together. Each region of the
 * map leads to its row of the funnel table; the calls' own dashboards are linked.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const funnel = await notFoundPage(locals.t, () =>
		getFunnel(locals.app.db, actor, { kind: 'cycle', id: params.cycleId })
	);
	if (funnel.target.programmeId !== params.id || funnel.audience !== 'team') {
		error(404, locals.t('error.notFound'));
	}
	return {
		programmeId: params.id,
		...funnelPage(funnel, url.searchParams, locals.t, locals.locale, {
			hrefOf: (code) => `#${regionAnchor(code)}`,
			description: locals.t('funnel.map.descriptionCycle')
		})
	};
};
