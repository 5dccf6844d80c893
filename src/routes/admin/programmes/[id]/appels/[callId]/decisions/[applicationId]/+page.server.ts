import { error, isActionFailure, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { listDiscussion } from '#lib/server/review/discussionList.ts';
import { postDiscussion } from '#lib/server/review/discussionPost.ts';
import { notFoundPage } from '../../../../../notFound.ts';

/** The team's view of the jury's discussion of one application of the call. */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const view = await notFoundPage(locals.t, () =>
		listDiscussion(locals.app.db, actor, params.applicationId)
	);
	if (view.application.callId !== params.callId || view.application.programmeId !== params.id) {
		error(404, locals.t('error.notFound'));
	}
	return {
		...view,
		decisionsUrl: `/admin/programmes/${params.id}/appels/${params.callId}/decisions`,
		posted: url.searchParams.get('notice') === 'posted'
	};
};

export const actions: Actions = {
	post: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		const { params } = event;
		const result = await formAction(event.locals.t, form, () =>
			postDiscussion(event.locals.app, actor, params.applicationId, {
				body: String(form.get('body') ?? '')
			})
		);
		if (isActionFailure(result)) return result;
		redirect(
			303,
			`/admin/programmes/${params.id}/appels/${params.callId}/decisions/${params.applicationId}?notice=posted#discussion`
		);
	}
};
