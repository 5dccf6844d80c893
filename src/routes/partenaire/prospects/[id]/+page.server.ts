import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { noticeOf, prospectActions, prospectPageData } from '../../prospectPages.ts';

/** A prospect's record in the partner's space. */
export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	return {
		...(await prospectPageData(event.locals.app.db, actor, event.params.id, event.locals.t)),
		notice: noticeOf(event.url)
	};
};

export const actions: Actions = prospectActions(async (event) => ({
	actor: requireUser(event),
	prospectId: event.params.id as string,
	pageUrl: `/partenaire/prospects/${event.params.id}`
}));
