import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam, requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { toParisDateTimeInput } from '#lib/i18n/format.ts';
import {
	PHASE_KINDS,
	cycleFormInput,
	getCycle,
	getProgramme,
	updateCycle
} from '#lib/server/programmes/index.ts';
import { notFoundPage } from '../../../notFound.ts';

export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	requireTeam(event);
	const cycle = await notFoundPage(locals.t, () =>
		getCycle(locals.app.db, locals.actor, params.cycleId)
	);
	if (cycle.programmeId !== params.id) error(404, locals.t('error.notFound'));
	requireTeam(event, cycle.programmeId);
	const programme = await getProgramme(locals.app.db, locals.actor, cycle.programmeId);
	const initial: Record<string, string> = { name: cycle.name, description: cycle.description };
	for (const p of cycle.phases) {
		initial[`phases.${p.kind}.startsAt`] = toParisDateTimeInput(p.startsAt);
		initial[`phases.${p.kind}.endsAt`] = toParisDateTimeInput(p.endsAt);
	}
	return {
		programme: { id: programme.id, name: programme.name, slug: programme.slug },
		cycle,
		initial,
		kinds: PHASE_KINDS,
		saved: url.searchParams.get('notice') === 'saved'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			const existing = await getCycle(event.locals.app.db, actor, event.params.cycleId);
			if (existing.programmeId !== event.params.id) error(404, event.locals.t('error.notFound'));
			await updateCycle(event.locals.app, actor, existing.id, cycleFormInput(form));
			redirect(303, `/admin/programmes/${event.params.id}/promotions/${existing.id}?notice=saved`);
		});
	}
};
