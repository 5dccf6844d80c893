import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { rankCall } from '#lib/server/review/ranking.ts';
import { recommendationLabelKey, statusLabelKey } from '#lib/server/review/rankingExport.ts';
import { STATUS_LABEL_KEYS } from '#lib/server/applications/status.ts';
import { sortFromQuery } from './sortParam.ts';
import { notFoundPage } from '../../../../notFound.ts';

/**
 * The team's ranking of a call's applications: calibrated and raw scores, disagreements,
 * per-criterion means, regional opinions, the shortlist target, the jury members' biases.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const sort = sortFromQuery(url.searchParams);
	const ranking = await notFoundPage(locals.t, () =>
		rankCall(locals.app.db, actor, params.callId, { sort })
	);
	if (ranking.call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	return {
		...ranking,
		programmeId: params.id,
		statusKeys: Object.fromEntries(ranking.rows.map((r) => [r.status, statusLabelKey(r.status)])),
		recommendationKeys: Object.fromEntries(
			ranking.rows.flatMap((r) =>
				r.opinions.map((o) => [o.recommendation, recommendationLabelKey(o.recommendation)])
			)
		),
		shortlistStatusExists: Object.hasOwn(STATUS_LABEL_KEYS, 'shortlisted')
	};
};
