import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { NotFound } from '#lib/server/errors.ts';
import { getMailboxMessage } from '#lib/server/notifications/mailbox.ts';
import { FROM_ADDRESS } from '#lib/server/notifications/delivery.ts';

export const load: PageServerLoad = async (event) => {
	const actor = requireTeam(event);
	const { params, locals } = event;
	try {
		const message = await getMailboxMessage(locals.app.db, actor, params.id, {
			delivery: locals.app.transport.kind
		});
		return { message, from: FROM_ADDRESS };
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
};
