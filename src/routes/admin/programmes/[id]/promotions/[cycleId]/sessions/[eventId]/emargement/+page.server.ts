import { error, isActionFailure, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { getEventForTeam } from '#lib/server/events/eventRead.ts';
import { findEvent } from '#lib/server/events/policy.ts';
import { recordAttendance } from '#lib/server/events/attendance.ts';
import { notFoundPage } from '../../../../../../notFound.ts';

/**
 * The attendance sheet: printable (one row per expected person, with a signature box), and the
 * form the team fills in on the day (present / absent for each participant).
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const view = await notFoundPage(locals.t, () =>
		getEventForTeam(locals.app.db, actor, params.eventId)
	);
	if (view.event.programmeId !== params.id || view.event.cycleId !== params.cycleId) {
		error(404, locals.t('error.notFound'));
	}
	// Expected: everyone invited who has not declined.
	const expected = view.participants.filter((p) => p.invitedAt && p.response !== 'declined');
	return { ...view, expected, saved: url.searchParams.get('notice') === 'saved' };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireTeam(event);
		const { params } = event;
		const e = await findEvent(event.locals.app.db, params.eventId);
		if (!e || e.programmeId !== params.id || e.cycleId !== params.cycleId) {
			error(404, event.locals.t('error.notFound'));
		}
		const form = await event.request.formData();
		const attendance: Record<string, string> = {};
		for (const [k, v] of form.entries()) {
			const m = /^attendance\.(.+)$/.exec(k);
			if (m && typeof v === 'string') attendance[m[1]] = v;
		}
		const r = await formAction(event.locals.t, form, () =>
			recordAttendance(event.locals.app, actor, e.id, { attendance })
		);
		if (isActionFailure(r)) return r;
		redirect(
			303,
			`/admin/programmes/${params.id}/promotions/${params.cycleId}/sessions/${e.id}/emargement?notice=saved`
		);
	}
};
