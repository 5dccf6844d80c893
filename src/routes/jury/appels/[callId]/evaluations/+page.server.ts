import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { NotFound } from '#lib/server/errors.ts';
import { listMyReviews } from '#lib/server/review/reviewList.ts';

/** A jury member's applications to review in a call, with progress. Anyone else: 404. */
export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	const actor = requireUser(event);
	try {
		return await listMyReviews(locals.app.db, actor, params.callId);
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
};
