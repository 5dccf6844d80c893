import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { NotFound } from '#lib/server/errors.ts';
import { myIcs } from '#lib/server/events/reply.ts';

/** The participant's calendar file for the session (same UID and SEQUENCE as the e-mails). */
export const GET: RequestHandler = async (event) => {
	const actor = requireUser(event);
	try {
		const ics = await myIcs(event.locals.app, actor, event.params.eventId);
		return new Response(ics, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': 'attachment; filename="session.ics"'
			}
		});
	} catch (e) {
		if (e instanceof NotFound) error(404, event.locals.t('error.notFound'));
		throw e;
	}
};
