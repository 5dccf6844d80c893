import { error, isActionFailure, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { findCycle, mayManageEvents } from '#lib/server/events/policy.ts';
import { createEvent } from '#lib/server/events/eventWrite.ts';
import { formStrings } from '#lib/server/events/forms.ts';
import type { EventInput } from '#lib/server/events/schemas.ts';

export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	const actor = requireTeam(event);
	const cycle = await findCycle(locals.app.db, params.cycleId);
	if (!cycle || cycle.programmeId !== params.id || !mayManageEvents(actor, cycle.programmeId)) {
		error(404, locals.t('error.notFound'));
	}
	return { cycle };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		const { params } = event;
		const cycle = await findCycle(event.locals.app.db, params.cycleId);
		if (!cycle || cycle.programmeId !== params.id) error(404, event.locals.t('error.notFound'));
		let createdId = '';
		const result = await formAction(event.locals.t, form, async () => {
			createdId = (
				await createEvent(event.locals.app, actor, cycle.id, formStrings(form) as EventInput)
			).id;
		});
		if (isActionFailure(result)) return result;
		redirect(
			303,
			`/admin/programmes/${params.id}/promotions/${cycle.id}/sessions/${createdId}?notice=created`
		);
	}
};
