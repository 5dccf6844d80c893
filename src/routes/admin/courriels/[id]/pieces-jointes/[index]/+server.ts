import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { NotFound } from '#lib/server/errors.ts';
import { getMailboxAttachment } from '#lib/server/notifications/mailbox.ts';

/** Downloads one file attached to a message of the development mailbox. */
export const GET: RequestHandler = async (event) => {
	const actor = requireTeam(event);
	const { params, locals } = event;
	try {
		const file = await getMailboxAttachment(locals.app.db, actor, params.id, Number(params.index), {
			delivery: locals.app.transport.kind
		});
		const safeName = file.filename.replace(/[^\w.-]+/g, '_');
		return new Response(file.content, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${safeName}"`,
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
};
