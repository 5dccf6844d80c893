import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { translateMessage } from '#lib/i18n/index.ts';
import { REGIONS } from '#lib/regions.ts';
import {
	APPLICATION_STATUSES,
	ORGANISATION_TYPES,
	SORT_PARAMS,
	STATUS_LABEL_KEYS,
	readScreeningQuery,
	screenApplications,
	screeningParams
} from '#lib/server/applications/index.ts';
import { notFoundPage } from '../../../../notFound.ts';

/**
 * Not hydrated: the page is a table of links and a filter form sent by GET, with nothing to run in
 * the browser. Loaded directly, it then carries no script and no second copy of its rows as data,
 * which makes it lighter to serve and to load (docs/benchmarks.md). Reached by a link from a
 * hydrated page, the router still renders it from its data, as any other page.
 */
export const csr = false;

/**
 * The team's pipeline of a call's applications. Filters, sort and page come from the query
 * string (see `screeningQuery`); an invalid parameter is ignored and said, the others apply.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	requireTeam(event);
	const { options, errors } = readScreeningQuery(url.searchParams);
	const result = await notFoundPage(locals.t, () =>
		screenApplications(locals.app.db, locals.actor, params.callId, options)
	);
	// Only under the call's own programme's address.
	if (result.call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	const sortParam = Object.entries(SORT_PARAMS).find(([, s]) => s === result.sort)?.[0] ?? 'depot';
	return {
		programmeId: params.id,
		call: result.call,
		items: result.items.map((a) => ({ ...a, statusKey: STATUS_LABEL_KEYS[a.status] })),
		total: result.total,
		page: result.page,
		pageCount: result.pageCount,
		counts: result.counts,
		sort: { param: sortParam, order: result.order },
		filters: {
			status: options.status ?? null,
			region: options.region ?? '',
			type: options.type ?? '',
			typology: options.typology ?? '',
			theme: options.theme ?? '',
			flagged: options.flagged === undefined ? '' : options.flagged ? 'oui' : 'non',
			q: options.q ?? ''
		},
		/** The query parameters of this very view (page clamped): links keep them. */
		query: screeningParams({ ...options, page: result.page }),
		errors: Object.entries(errors).map(([field, messages]) => ({
			field,
			message: translateMessage(locals.t, messages[0])
		})),
		statuses: APPLICATION_STATUSES,
		regions: REGIONS,
		types: ORGANISATION_TYPES,
		terms: result.filterTerms
	};
};
