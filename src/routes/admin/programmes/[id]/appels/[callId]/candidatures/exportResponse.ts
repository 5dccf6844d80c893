/**
 * The pipeline's export downloads (`export.csv`, `export.xlsx`): the team of the call's programme
 * only, under the call's own programme address (404 otherwise), with the page's filters and sort.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireTeam } from '#lib/server/http/guards.ts';
import { translateMessage } from '#lib/i18n/index.ts';
import { Invalid } from '#lib/server/errors.ts';
import { getCall } from '#lib/server/calls/index.ts';
import {
	exportApplications,
	parseScreeningQuery,
	type ExportFormat,
	type ScreeningOptions
} from '#lib/server/applications/index.ts';
import { contentDisposition } from '#lib/server/storage/download.ts';
import { notFoundPage } from '../../../../notFound.ts';

type Event = Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string; callId: string } };

export async function exportResponse(event: Event, format: ExportFormat): Promise<Response> {
	const { locals, params, url } = event;
	requireTeam(event);
	const call = await notFoundPage(locals.t, () =>
		getCall(locals.app.db, locals.actor, params.callId)
	);
	if (call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	const actor = requireTeam(event, call.programmeId);
	let options: ScreeningOptions;
	try {
		options = parseScreeningQuery(url.searchParams);
	} catch (e) {
		if (!(e instanceof Invalid)) throw e;
		const reasons = Object.values(e.fields)
			.flat()
			.map((m) => translateMessage(locals.t, m));
		error(400, [locals.t('screening.error.invalid'), ...reasons].join(' '));
	}
	const file = await notFoundPage(locals.t, () =>
		exportApplications(locals.app.db, actor, call.id, options, format, locals.locale)
	);
	return new Response(file.body as BodyInit, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': contentDisposition(file.filename),
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
