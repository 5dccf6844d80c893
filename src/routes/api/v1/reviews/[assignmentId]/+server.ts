import type { RequestHandler } from './$types';
import { methodNotAllowed } from '#lib/server/api/fallback.ts';
import { route } from '#lib/server/api/operation.ts';
import { operations } from '#lib/server/api/operations.ts';
import { getReview } from '#lib/server/review/reviewGet.ts';
import { saveReviewDraft } from '#lib/server/review/reviewSave.ts';

export const GET: RequestHandler = route(operations.getReview, async ({ app, actor, params }) => {
	const view = await getReview(app.db, actor, params.assignmentId);
	// The form's layout is for the pages; the API gives the answers by question key.
	const { form: _form, visible: _visible, ...application } = view.application;
	return { ...view, application };
});

export const PUT: RequestHandler = route(
	operations.saveReview,
	async ({ app, actor, params, body }) => saveReviewDraft(app, actor, params.assignmentId, body)
);

export const fallback: RequestHandler = methodNotAllowed;
