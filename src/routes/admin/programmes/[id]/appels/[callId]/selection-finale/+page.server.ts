import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction, type FormFailure } from '#lib/server/http/forms.ts';
import { STATUS_LABEL_KEYS, type ApplicationStatus } from '#lib/server/applications/status.ts';
import { RECOMMENDATION_LABEL_KEYS } from '#lib/server/sourcing/opinionSchemas.ts';
import { parseConsolidationSort } from '#lib/server/finalSelection/consolidation.ts';
import { getConsolidation } from '#lib/server/finalSelection/consolidationRead.ts';
import {
	notifyFinalDecisions,
	takeFinalDecision,
	type FinalNotifyResult
} from '#lib/server/finalSelection/decisions.ts';
import { saveFinalSettings } from '#lib/server/finalSelection/setup.ts';
import { notFoundPage } from '../../../../notFound.ts';

const NOTICES = ['decided', 'notified', 'settingsSaved'] as const;

const here = (event: Pick<RequestEvent, 'params'>) =>
	`/admin/programmes/${event.params.id}/appels/${event.params.callId}/selection-finale`;

/**
 * The team's final selection for a call: the settings (weighting, retention target), the
 * consolidation table (sortable, exportable), a decision form per project, and the one action
 * informing every holder. Everything works without JavaScript.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const sort = parseConsolidationSort(url.searchParams.get('tri'));
	const c = await notFoundPage(locals.t, () =>
		getConsolidation(locals.app.db, actor, params.callId, { sort })
	);
	if (c.call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	const sent = url.searchParams.get('envoyes');
	const recommendationKeys = RECOMMENDATION_LABEL_KEYS as Record<string, string>;
	return {
		programmeId: params.id,
		call: c.call,
		settings: c.settings,
		sort,
		counts: c.counts,
		toNotify: c.toNotify,
		rows: c.rows.map((r) => ({
			...r,
			statusKey: STATUS_LABEL_KEYS[r.status as ApplicationStatus] ?? null,
			locked: r.notified && r.status !== 'shortlisted',
			choices: (['retained', 'not_retained'] as const).filter((d) => d !== r.status),
			opinions: r.opinions.map((o) => ({
				...o,
				labelKey: recommendationKeys[o.recommendation] ?? null
			}))
		})),
		notice: NOTICES.find((n) => n === url.searchParams.get('notice')) ?? null,
		sent: sent && /^\d{1,6}$/.test(sent) ? Number(sent) : 0
	};
};

function refusal(result: unknown): ActionFailure<FormFailure> | null {
	return isActionFailure(result) ? (result as unknown as ActionFailure<FormFailure>) : null;
}

export const actions: Actions = {
	settings: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, async () => {
			await saveFinalSettings(event.locals.app, actor, event.params.callId, {
				reviewWeight: String(form.get('reviewWeight') ?? '') as unknown as number,
				pitchWeight: String(form.get('pitchWeight') ?? '') as unknown as number,
				retentionTarget: String(form.get('retentionTarget') ?? '') as unknown as number
			});
		});
		const refused = refusal(result);
		if (refused) return fail(refused.status, { ...refused.data, section: 'settings' });
		redirect(303, `${here(event)}?notice=settingsSaved#reglages`);
	},

	decide: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		const applicationId = String(form.get('applicationId') ?? '');
		const result = await formAction(event.locals.t, form, async () => {
			await takeFinalDecision(event.locals.app, actor, applicationId, {
				decision: String(form.get('decision') ?? '') as 'retained',
				reason: String(form.get('reason') ?? ''),
				from: String(form.get('from') ?? '') as ApplicationStatus
			});
		});
		const refused = refusal(result);
		if (refused) return fail(refused.status, { ...refused.data, section: applicationId });
		redirect(303, `${here(event)}?notice=decided#app-${applicationId}`);
	},

	notify: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, () =>
			notifyFinalDecisions(event.locals.app, actor, event.params.callId, {})
		);
		const refused = refusal(result);
		if (refused) return fail(refused.status, { ...refused.data, section: 'notify' });
		redirect(
			303,
			`${here(event)}?notice=notified&envoyes=${(result as FinalNotifyResult).emails}#informer`
		);
	}
};
