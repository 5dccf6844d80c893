import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction, type FormFailure } from '#lib/server/http/forms.ts';
import {
	allowedTransitions,
	isDecisionStatus,
	isReconsideration,
	STATUS_LABEL_KEYS,
	type ApplicationStatus
} from '#lib/server/applications/status.ts';
import { listDecisions } from '#lib/server/review/decisionList.ts';
import { notifyDecisions, type NotifyResult } from '#lib/server/review/decisionNotify.ts';
import { takeDecision } from '#lib/server/review/decisionTake.ts';
import { notFoundPage } from '../../../../notFound.ts';

const NOTICES = ['decided', 'notified'] as const;

const here = (event: Pick<RequestEvent, 'params'>) =>
	`/admin/programmes/${event.params.id}/appels/${event.params.callId}/decisions`;

/**
 * The team's shortlist decisions for a call: each application under review or decided, a form to
 * decide with a reason, the count against the shortlist target; then « Informer toutes les
 * candidatures », confirmed on a preview (`?confirmer`) that works without JavaScript.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const o = await notFoundPage(locals.t, () => listDecisions(locals.app.db, actor, params.callId));
	if (o.call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	const sent = url.searchParams.get('envoyes');
	return {
		programmeId: params.id,
		call: o.call,
		counts: o.counts,
		toNotify: o.toNotify,
		alreadyNotified: o.alreadyNotified,
		items: o.items.map((i) => ({
			...i,
			statusKey: STATUS_LABEL_KEYS[i.status],
			// A notified decision is not reconsidered (the waiting list's moves stay open).
			choices: allowedTransitions(i.status, 'team')
				.filter(isDecisionStatus)
				.filter((to) => !(i.notified && isReconsideration(i.status, to)))
		})),
		decisionKeys: {
			shortlisted: STATUS_LABEL_KEYS.shortlisted,
			waitlisted: STATUS_LABEL_KEYS.waitlisted,
			not_shortlisted: STATUS_LABEL_KEYS.not_shortlisted
		},
		confirming: url.searchParams.has('confirmer'),
		notice: NOTICES.find((n) => n === url.searchParams.get('notice')) ?? null,
		sent: sent && /^\d{1,6}$/.test(sent) ? Number(sent) : 0
	};
};

/** The refusal `formAction` answered, if it did. */
function refusal(result: unknown): ActionFailure<FormFailure> | null {
	return isActionFailure(result) ? (result as unknown as ActionFailure<FormFailure>) : null;
}

export const actions: Actions = {
	/** One application's decision, from the status the page showed (`from`), with its reason. */
	decide: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		const applicationId = String(form.get('applicationId') ?? '');
		const result = await formAction(event.locals.t, form, async () => {
			await takeDecision(event.locals.app, actor, applicationId, {
				decision: String(form.get('decision') ?? '') as 'shortlisted',
				reason: String(form.get('reason') ?? ''),
				from: String(form.get('from') ?? '') as ApplicationStatus
			});
		});
		const refused = refusal(result);
		if (refused) return fail(refused.status, { ...refused.data, section: applicationId });
		redirect(303, `${here(event)}?notice=decided#app-${applicationId}`);
	},

	/** Informs every applicant of the call (after the preview's confirmation). */
	notify: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, () =>
			notifyDecisions(event.locals.app, actor, event.params.callId, {})
		);
		const refused = refusal(result);
		if (refused) return fail(refused.status, { ...refused.data, section: 'notify' });
		redirect(303, `${here(event)}?notice=notified&envoyes=${(result as NotifyResult).emails}`);
	}
};
