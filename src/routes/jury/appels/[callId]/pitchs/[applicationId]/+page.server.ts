import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction, type FormFailure } from '#lib/server/http/forms.ts';
import { NotFound } from '#lib/server/errors.ts';
import { getMyPitch, savePitchScores } from '#lib/server/finalSelection/pitchScoring.ts';
import { changedEntries } from './pitchForm.ts';

/**
 * A juror's pitch score sheet of one project, for a phone. Without JavaScript the form posts every
 * criterion; only those changed from what the page showed are sent (with the server's time), so a
 * plain post never overwrites a newer edit made elsewhere. With JavaScript the page sends each
 * change at once through the API and keeps it on the phone while offline (see the page).
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireUser(event);
	try {
		const view = await getMyPitch(locals.app.db, actor, params.applicationId, {
			callId: params.callId
		});
		return { ...view, saved: url.searchParams.get('notice') === 'saved' };
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const { params, locals } = event;
		const form = await event.request.formData();
		let current;
		try {
			current = await getMyPitch(locals.app.db, actor, params.applicationId, {
				callId: params.callId
			});
		} catch (e) {
			if (e instanceof NotFound) error(404, locals.t('error.notFound'));
			throw e;
		}
		const scores = changedEntries(
			form,
			current.grid.map((c) => c.key),
			new Date().toISOString()
		);
		const result = await formAction(locals.t, form, async () => {
			if (Object.keys(scores).length === 0) return;
			await savePitchScores(
				locals.app,
				actor,
				params.applicationId,
				{ scores },
				{
					callId: params.callId
				}
			);
		});
		if (isActionFailure(result)) {
			const failure = result as unknown as ActionFailure<FormFailure>;
			return fail(failure.status, failure.data);
		}
		redirect(303, `/jury/appels/${params.callId}/pitchs/${params.applicationId}?notice=saved`);
	}
};
