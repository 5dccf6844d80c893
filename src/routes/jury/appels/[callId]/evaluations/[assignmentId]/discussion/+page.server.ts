import { error, isActionFailure, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { NotFound } from '#lib/server/errors.ts';
import { getReview } from '#lib/server/review/reviewGet.ts';
import { listDiscussion } from '#lib/server/review/discussionList.ts';
import { postDiscussion } from '#lib/server/review/discussionPost.ts';

type Event = Pick<RequestEvent, 'locals' | 'params' | 'url'> & {
	params: { callId: string; assignmentId: string };
};

/**
 * The application of the juror's own assignment, under its call's address, and its discussion:
 * only once the juror submitted the review (anyone else, and before: 404).
 */
async function discussionOf(event: Event) {
	const { locals, params } = event;
	const actor = requireUser(event as RequestEvent);
	try {
		const review = await getReview(locals.app.db, actor, params.assignmentId);
		if (review.call.id !== params.callId) throw new NotFound();
		return {
			actor,
			review,
			view: await listDiscussion(locals.app.db, actor, review.application.id)
		};
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
}

export const load: PageServerLoad = async (event) => {
	const { view } = await discussionOf(event);
	return {
		...view,
		reviewUrl: `/jury/appels/${event.params.callId}/evaluations/${event.params.assignmentId}`,
		posted: event.url.searchParams.get('notice') === 'posted'
	};
};

export const actions: Actions = {
	post: async (event) => {
		const { actor, view } = await discussionOf(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, () =>
			postDiscussion(event.locals.app, actor, view.application.id, {
				body: String(form.get('body') ?? '')
			})
		);
		if (isActionFailure(result)) return result;
		redirect(
			303,
			`/jury/appels/${event.params.callId}/evaluations/${event.params.assignmentId}/discussion?notice=posted#discussion`
		);
	}
};
