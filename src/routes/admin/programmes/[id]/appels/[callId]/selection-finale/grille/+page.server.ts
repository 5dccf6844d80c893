import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction, type FormFailure } from '#lib/server/http/forms.ts';
import { defaultPitchGrid } from '#lib/server/finalSelection/pitchGrid.ts';
import { getPitchSetup, savePitchGrid } from '#lib/server/finalSelection/setup.ts';
import { findFinalCall } from '#lib/server/finalSelection/queries.ts';
import { notFoundPage } from '../../../../../notFound.ts';
import {
	applyIntent,
	parseIntent,
	readRows,
	rowFromCriterion,
	toCriteria
} from '../../jury/gridRows.ts';

/**
 * The call's pitch grid, for its programme's team: the grid editor of the evaluation grid (one form
 * posting every criterion; the button pressed says what to change), the default pitch grid
 * proposed while none is saved; frozen once a pitch score exists.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const setup = await notFoundPage(locals.t, () =>
		getPitchSetup(locals.app.db, actor, params.callId)
	);
	const call = (await findFinalCall(locals.app.db, params.callId))!;
	if (call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	return {
		programmeId: call.programmeId,
		call: { id: call.id, title: call.title },
		setup,
		proposal: setup.grid.length === 0,
		rows: setup.proposal.map(rowFromCriterion),
		saved: url.searchParams.get('notice') === 'gridSaved',
		generation: crypto.randomUUID()
	};
};

export const actions: Actions = {
	grid: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		const intent = parseIntent(form.get('intent'));
		const posted = readRows(form);
		if (intent.op === 'add') return { rows: applyIntent(posted, intent), added: true };
		const rows =
			intent.op === 'default'
				? defaultPitchGrid().map(rowFromCriterion)
				: applyIntent(posted, intent);
		const result = await formAction(event.locals.t, form, async () => {
			await savePitchGrid(event.locals.app, actor, event.params.callId, {
				criteria: toCriteria(rows)
			});
		});
		if (isActionFailure(result)) {
			const failure = result as unknown as ActionFailure<FormFailure>;
			return fail(failure.status, { ...failure.data, rows });
		}
		redirect(
			303,
			`/admin/programmes/${event.params.id}/appels/${event.params.callId}/selection-finale/grille?notice=gridSaved`
		);
	}
};
