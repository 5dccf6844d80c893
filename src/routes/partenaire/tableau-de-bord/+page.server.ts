import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { getFunnel } from '#lib/server/sourcing/funnel.ts';
import { listFunnelCalls } from '#lib/server/sourcing/funnelCalls.ts';
import { funnelPage } from '#lib/server/sourcing/funnelPage.ts';
import { regionAnchor } from '#lib/components/map/funnelRows.ts';
import { regionName } from '#lib/regions.ts';
import { notFoundPage } from '../../admin/programmes/notFound.ts';

/**
 * A regional partner's dashboard: for the chosen call (`appel`, the latest by default), the funnel
 * of its regions next to the national figures, and the map with its regions highlighted. Anybody
 * who is no regional partner gets a 404.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const actor = requireUser(event);
	const calls = await notFoundPage(locals.t, () => listFunnelCalls(locals.app.db, actor));
	const chosen = calls.find((c) => c.id === url.searchParams.get('appel')) ?? calls[0] ?? null;
	const callChoices = calls.map((c) => ({ id: c.id, title: c.title, selected: c === chosen }));
	if (!chosen) return { calls: callChoices, callId: null, dashboard: null, regionNames: [] };
	const funnel = await notFoundPage(locals.t, () =>
		getFunnel(locals.app.db, actor, { kind: 'call', id: chosen.id })
	);
	return {
		calls: callChoices,
		callId: chosen.id,
		regionNames: funnel.regions.map((code) => regionName(code) ?? code),
		dashboard: funnelPage(funnel, url.searchParams, locals.t, locals.locale, {
			hrefOf: (code) => `#${regionAnchor(code)}`,
			description: locals.t(
				funnel.audience === 'partner'
					? 'funnel.map.descriptionPartner'
					: 'funnel.map.descriptionCycle'
			)
		})
	};
};
