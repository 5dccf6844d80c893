import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { NotFound } from '#lib/server/errors.ts';
import { listMyPitches } from '#lib/server/finalSelection/pitchScoring.ts';

/** A jury member's pitches to score in a call, with progress (never a conflicted project). */
export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	const actor = requireUser(event);
	try {
		return await listMyPitches(locals.app.db, actor, params.callId);
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
};
