import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireTeam, requireUser } from '#lib/server/http/guards.ts';
import { formAction, type FormFailure } from '#lib/server/http/forms.ts';
import { toParisDateTimeInput } from '#lib/i18n/format.ts';
import { listTerms } from '#lib/server/calls/listTerms.ts';
import { getCall } from '#lib/server/calls/index.ts';
import { defaultGrid } from '#lib/server/review/grid.ts';
import { getJurySetup } from '#lib/server/review/gridRead.ts';
import { saveGrid } from '#lib/server/review/gridSave.ts';
import { saveReviewSettings } from '#lib/server/review/gridSettingsSave.ts';
import { inviteJuryMembers, resendJuryInvitation } from '#lib/server/review/juryInvite.ts';
import {
	listJuryMembers,
	removeJuryMember,
	updateJuryMember
} from '#lib/server/review/juryMembers.ts';
import { expertiseFromForm, reviewSettingsFormInput } from '#lib/server/review/juryShared.ts';
import { notFoundPage } from '../../../../notFound.ts';
import { applyIntent, parseIntent, readRows, rowFromCriterion, toCriteria } from './gridRows.ts';

const NOTICES = ['settingsSaved', 'gridSaved', 'invited', 'updated', 'removed', 'resent'] as const;

/** The call, for its programme's team, and only under its own programme's address. */
async function teamCall(event: RequestEvent) {
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
	const [setup, members, terms] = await Promise.all([
		notFoundPage(locals.t, () => getJurySetup(locals.app.db, locals.actor, call.id)),
		notFoundPage(locals.t, () => listJuryMembers(locals.app.db, locals.actor, call.id)),
		listTerms(locals.app.db, locals.actor, call.programmeId)
	]);
	const notice = url.searchParams.get('notice');
	return {
		programmeId: call.programmeId,
		call: { id: call.id, title: call.title },
		setup,
		rows: setup.grid.map(rowFromCriterion),
		settingsInitial: {
			reviewsPerApplication: String(setup.settings.reviewsPerApplication),
			blindReview: setup.settings.blindReview ? 'on' : '',
			reviewsHiddenUntilSubmitted: setup.settings.reviewsHiddenUntilSubmitted ? 'on' : '',
			reviewDeadline: toParisDateTimeInput(setup.settings.reviewDeadline),
			shortlistTarget: String(setup.settings.shortlistTarget)
		} as Record<string, string>,
		members,
		terms: {
			themes: terms.qvct_theme.map((x) => ({
				value: x.value,
				label: x.label,
				archived: x.archived
			})),
			typology: terms.typology.map((x) => ({
				value: x.value,
				label: x.label,
				archived: x.archived
			}))
		},
		notice: NOTICES.find((n) => n === notice) ?? null,
		generation: crypto.randomUUID()
	};
};

const back = (event: RequestEvent, notice: string, anchor: string) =>
	redirect(
		303,
		`/admin/programmes/${event.params.id}/appels/${event.params.callId}/jury?notice=${notice}#${anchor}`
	);

/** A refused form: which form it was (the page has several), with its fields renamed if asked. */
function failed(result: unknown, which: string, extra: Record<string, unknown> = {}, prefix = '') {
	const failure = result as ActionFailure<FormFailure>;
	const fields = Object.fromEntries(
		Object.entries(failure.data.fields).map(([k, v]) => [`${prefix}${k}`, v])
	);
	return fail(failure.status, { ...failure.data, fields, which, ...extra });
}

export const actions: Actions = {
	settings: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, async () => {
			await saveReviewSettings(
				event.locals.app,
				actor,
				event.params.callId,
				reviewSettingsFormInput(form)
			);
			back(event, 'settingsSaved', 'reglages');
		});
		return isActionFailure(result) ? failed(result, 'settings') : result;
	},

	grid: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		await teamCall(event);
		const intent = parseIntent(form.get('intent'));
		const posted = readRows(form);
		// « Ajouter un critère »: the grid again, as typed, with one more empty row; nothing saved.
		if (intent.op === 'add')
			return { which: 'grid', rows: applyIntent(posted, intent), added: true };
		const rows =
			intent.op === 'default' ? defaultGrid().map(rowFromCriterion) : applyIntent(posted, intent);
		const result = await formAction(event.locals.t, form, async () => {
			await saveGrid(event.locals.app, actor, event.params.callId, { criteria: toCriteria(rows) });
			back(event, 'gridSaved', 'grille');
		});
		return isActionFailure(result) ? failed(result, 'grid', { rows }) : result;
	},

	invite: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const expertise = expertiseFromForm(form);
		const result = await formAction(event.locals.t, form, async () => {
			await inviteJuryMembers(event.locals.app, actor, event.params.callId, {
				emails: String(form.get('emails') ?? ''),
				expertise,
				minReviews: String(form.get('minReviews') ?? '') as unknown as number,
				maxReviews: String(form.get('maxReviews') ?? '') as unknown as number
			});
			back(event, 'invited', 'membres');
		});
		return isActionFailure(result)
			? failed(result, 'invite', { expertise: form.getAll('expertise').map(String) }, 'invite-')
			: result;
	},

	member: async (event) => {
		const actor = requireUser(event);
		const form = await event.request.formData();
		const memberId = String(form.get('memberId') ?? '');
		const op = String(form.get('intent') ?? '');
		const { app } = event.locals;
		const callId = event.params.callId;
		const result = await formAction(event.locals.t, form, async () => {
			if (op === 'remove') {
				await removeJuryMember(app, actor, callId, memberId);
				back(event, 'removed', 'membres');
			} else if (op === 'resend') {
				await resendJuryInvitation(app, actor, callId, memberId);
				back(event, 'resent', 'membres');
			}
			await updateJuryMember(app, actor, callId, memberId, {
				expertise: expertiseFromForm(form),
				minReviews: String(form.get('minReviews') ?? '') as unknown as number,
				maxReviews: String(form.get('maxReviews') ?? '') as unknown as number
			});
			back(event, 'updated', 'membres');
		});
		return isActionFailure(result)
			? failed(
					result,
					`member:${memberId}`,
					{ expertise: form.getAll('expertise').map(String) },
					`m-${memberId}-`
				)
			: result;
	}
};
