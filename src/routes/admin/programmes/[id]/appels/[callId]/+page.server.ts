import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam, requireUser } from '#lib/server/http/guards.ts';
import { formAction, formValues, type FormFailure } from '#lib/server/http/forms.ts';
import { toParisDateTimeInput } from '#lib/i18n/format.ts';
import { Invalid } from '#lib/server/errors.ts';
import {
	CALL_TRANSITIONS,
	CALL_STATUSES,
	changeCallStatus,
	getCall,
	getCurrentForm,
	questionCount,
	updateCall,
	type CallStatus
} from '#lib/server/calls/index.ts';
import { callFormInput, faqErrorsOnRows, faqRowCount } from '#lib/server/calls/formData.ts';
import { ORGANISATION_TYPES } from '#lib/server/applications/organisation.ts';
import { getProgramme, listCycles } from '#lib/server/programmes/index.ts';
import { notFoundPage } from '../../../notFound.ts';

const NOTICES = ['created', 'saved', 'published', 'closed', 'archived', 'reopened'] as const;
const isStatus = (v: unknown): v is CallStatus =>
	typeof v === 'string' && (CALL_STATUSES as readonly string[]).includes(v);

/** The call, for its programme's team, and only under its own programme's address. */
async function teamCall(event: Parameters<PageServerLoad>[0]) {
	const { locals, params } = event;
	requireTeam(event);
	const call = await notFoundPage(locals.t, () =>
		getCall(locals.app.db, locals.actor, params.callId)
	);
	if (call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	requireTeam(event, call.programmeId);
	return call;
}

export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const call = await teamCall(event);
	const [programme, cycles, current] = await Promise.all([
		getProgramme(locals.app.db, locals.actor, call.programmeId),
		listCycles(locals.app.db, locals.actor, call.programmeId),
		getCurrentForm(locals.app.db, locals.actor, call.id)
	]);
	const confirm = url.searchParams.get('confirmer');
	const notice = url.searchParams.get('notice');
	return {
		programme: { id: programme.id, name: programme.name, slug: programme.slug },
		call,
		cycles: cycles.reverse().map((c) => ({ id: c.id, name: c.name })),
		types: ORGANISATION_TYPES,
		form: current.version
			? { number: current.version.number, questions: questionCount(current.version.definition) }
			: null,
		transitions: CALL_TRANSITIONS[call.status],
		confirm: isStatus(confirm) && CALL_TRANSITIONS[call.status].includes(confirm) ? confirm : null,
		notice: NOTICES.find((n) => n === notice) ?? null,
		initial: {
			cycleId: call.cycleId,
			title: call.title,
			slug: call.slug,
			body: call.body,
			opensAt: toParisDateTimeInput(call.opensAt),
			closesAt: toParisDateTimeInput(call.closesAt),
			contactEmail: call.contactEmail,
			contactText: call.contactText,
			// A checkbox's value when ticked.
			juryReadsRegionalOpinions: call.juryReadsRegionalOpinions ? 'on' : ''
		} as Record<string, string>
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const eligibleTypes = form.getAll('eligibleTypes').map(String);
		// "Add a question" re-renders the form, as typed, with one more FAQ row; nothing is saved.
		if (form.get('intent') === 'addFaq') {
			return {
				addFaq: true,
				values: formValues(form),
				eligibleTypes,
				faqRows: faqRowCount(form) + 1
			};
		}
		const { input, faqRows } = callFormInput(form);
		const result = await formAction(event.locals.t, form, async () => {
			try {
				await updateCall(event.locals.app, actor, event.params.callId, input);
			} catch (e) {
				if (e instanceof Invalid) throw new Invalid(e.message, faqErrorsOnRows(e.fields, faqRows));
				throw e;
			}
			redirect(
				303,
				`/admin/programmes/${event.params.id}/appels/${event.params.callId}?notice=saved`
			);
		});
		if (isActionFailure(result)) {
			const failure = result as unknown as ActionFailure<FormFailure>;
			return fail(failure.status, { ...failure.data, eligibleTypes, faqRows: faqRowCount(form) });
		}
		return result;
	},
	status: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const from = String(form.get('from') ?? '');
		const status = String(form.get('status') ?? '');
		return formAction(event.locals.t, form, async () => {
			const call = await changeCallStatus(event.locals.app, actor, event.params.callId, {
				status: status as CallStatus
			});
			const notice =
				call.status === 'published' ? (from === 'closed' ? 'reopened' : 'published') : call.status;
			redirect(303, `/admin/programmes/${event.params.id}/appels/${call.id}?notice=${notice}`);
		});
	}
};
