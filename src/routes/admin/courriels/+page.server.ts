import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { NotFound } from '#lib/server/errors.ts';
import { listMailbox, mailboxQuery } from '#lib/server/notifications/mailbox.ts';

export const load: PageServerLoad = async (event) => {
	const actor = requireTeam(event);
	const { url, locals } = event;
	const delivery = locals.app.transport.kind;
	const query = mailboxQuery.parse({ before: url.searchParams.get('avant') ?? undefined });
	try {
		const mail = await listMailbox(locals.app.db, actor, { ...query, delivery });
		return { mail, delivery, before: query.before ?? null };
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
};
