import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { STATUS_LABEL_KEYS } from '#lib/server/applications/status.ts';
import { listSynergies } from '#lib/server/synergy/synergyList.ts';
import { decideSynergy, removeSynergyLink } from '#lib/server/synergy/synergyDecide.ts';
import type { SynergyDecision, SynergyKind } from '#lib/server/synergy/synergySchemas.ts';
import { notFoundPage } from '../../../../notFound.ts';

const NOTICES = ['decided', 'merged', 'undone'] as const;

const here = (event: Pick<RequestEvent, 'params'>) =>
	`/admin/programmes/${event.params.id}/appels/${event.params.callId}/synergies`;

/**
 * The synergies between a call's shortlisted projects, for the programme team: the suggestions
 * (similar or complementary, with reasons and score), one decision form each (dismiss,
 * cooperation, merger with the project that continues), the groups of 3 or 4 projects whose
 * pairs were all suggested (read-only), and the decisions taken (undo but a merger).
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const o = await notFoundPage(locals.t, () => listSynergies(locals.app.db, actor, params.callId));
	if (o.call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	return {
		programmeId: params.id,
		call: o.call,
		projects: o.projects.map((p) => ({ ...p, statusKey: STATUS_LABEL_KEYS[p.status] })),
		suggestions: o.suggestions,
		links: o.links,
		groups: o.groups,
		notice: NOTICES.find((n) => n === url.searchParams.get('notice')) ?? null
	};
};

export const actions: Actions = {
	decide: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			const decision = String(form.get('decision') ?? '') as SynergyDecision;
			const continuingId = String(form.get('continuingId') ?? '');
			await decideSynergy(event.locals.app, actor, event.params.callId, {
				a: String(form.get('a') ?? ''),
				b: String(form.get('b') ?? ''),
				kind: String(form.get('kind') ?? '') as SynergyKind,
				decision,
				continuingId: decision === 'merger' && continuingId ? continuingId : undefined,
				note: String(form.get('note') ?? '')
			});
			redirect(303, `${here(event)}?notice=${decision === 'merger' ? 'merged' : 'decided'}`);
		});
	},
	undo: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			await removeSynergyLink(
				event.locals.app,
				actor,
				event.params.callId,
				String(form.get('linkId') ?? '')
			);
			redirect(303, `${here(event)}?notice=undone#decisions`);
		});
	}
};
