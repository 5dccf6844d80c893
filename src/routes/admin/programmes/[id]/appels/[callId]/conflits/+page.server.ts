import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { NotFound } from '#lib/server/errors.ts';
import { addConflict } from '#lib/server/review/conflictAdd.ts';
import { conflictOverview } from '#lib/server/review/conflictOverview.ts';
import { refreshAutomaticConflicts } from '#lib/server/review/conflictRefresh.ts';
import { removeConflict } from '#lib/server/review/conflictRemove.ts';
import { CONFLICT_SOURCE_LABEL_KEYS } from '#lib/server/review/conflictSchemas.ts';
import { notFoundPage } from '../../../../notFound.ts';

const NOTICES = ['refreshed', 'added', 'removed'] as const;
const count = (v: string | null) => (v && /^\d{1,6}$/.test(v) ? Number(v) : 0);

/** The call's programme must be the one in the address. */
function sameProgramme(event: RequestEvent, programmeId: string) {
	if (programmeId !== event.params.id) error(404, event.locals.t('error.notFound'));
}

/**
 * The team's view of a call's conflicts of interest: every conflict and its source, the form to
 * set one, the recomputation of the automatic ones, and the jury members' bids per level.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const overview = await notFoundPage(locals.t, () =>
		conflictOverview(locals.app.db, actor, params.callId)
	);
	sameProgramme(event, overview.call.programmeId);
	const notice = NOTICES.find((n) => n === url.searchParams.get('notice')) ?? null;
	return {
		...overview,
		programmeId: params.id,
		sourceKeys: CONFLICT_SOURCE_LABEL_KEYS,
		notice,
		refreshed:
			notice === 'refreshed'
				? {
						added: count(url.searchParams.get('ajoutes')),
						removed: count(url.searchParams.get('retires')),
						total: count(url.searchParams.get('total'))
					}
				: null
	};
};

const here = (event: RequestEvent) =>
	`/admin/programmes/${event.params.id}/appels/${event.params.callId}/conflits`;

export const actions: Actions = {
	refresh: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			const r = await refreshAutomaticConflicts(event.locals.app, actor, event.params.callId);
			const q = new URLSearchParams({
				notice: 'refreshed',
				ajoutes: String(r.added),
				retires: String(r.removed),
				total: String(r.total)
			});
			redirect(303, `${here(event)}?${q}`);
		});
	},
	add: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			await addConflict(event.locals.app, actor, event.params.callId, {
				juryMemberId: String(form.get('juryMemberId') ?? ''),
				applicationId: String(form.get('applicationId') ?? ''),
				reason: String(form.get('reason') ?? '')
			});
			redirect(303, `${here(event)}?notice=added#conflits`);
		});
	},
	remove: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		const conflictId = String(form.get('conflictId') ?? '');
		return formAction(event.locals.t, form, async () => {
			if (!/^[0-9a-f-]{36}$/i.test(conflictId)) throw new NotFound();
			await removeConflict(event.locals.app, actor, event.params.callId, conflictId);
			redirect(303, `${here(event)}?notice=removed#conflits`);
		});
	}
};
