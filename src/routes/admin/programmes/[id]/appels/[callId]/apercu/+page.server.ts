import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { getCall, getCurrentForm } from '#lib/server/calls/index.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';
import { notFoundPage } from '../../../../notFound.ts';

export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	requireTeam(event);
	const call = await notFoundPage(locals.t, () =>
		getCall(locals.app.db, locals.actor, params.callId)
	);
	if (call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	requireTeam(event, call.programmeId);
	const programme = await getProgramme(locals.app.db, locals.actor, call.programmeId);
	const { form } = await getCurrentForm(locals.app.db, locals.actor, call.id);
	return {
		programme: { id: programme.id, name: programme.name },
		call: { id: call.id, title: call.title },
		form
	};
};
