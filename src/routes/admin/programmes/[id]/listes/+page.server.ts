import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireTeam, requireUser } from '#lib/server/http/guards.ts';
import { formAction, type FormFailure } from '#lib/server/http/forms.ts';
import { Invalid } from '#lib/server/errors.ts';
import { listTerms, saveTerms } from '#lib/server/calls/index.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';
import { notFoundPage } from '../../notFound.ts';
import {
	applyIntent,
	parseIntent,
	readRows,
	rowErrors,
	termKindOf,
	termsOf,
	type Row
} from './rows.ts';

const NOTICES = ['saved', 'moved', 'archived', 'restored'] as const;
type Notice = (typeof NOTICES)[number];

/** The programme, for its team only, and only under its id (the slug is the public address). */
async function teamProgramme(event: RequestEvent) {
	const { locals, params } = event;
	requireTeam(event);
	const programme = await notFoundPage(locals.t, () =>
		getProgramme(locals.app.db, locals.actor, params.id)
	);
	if (programme.id !== params.id) error(404, locals.t('error.notFound'));
	requireTeam(event, programme.id);
	return programme;
}

export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const programme = await teamProgramme(event);
	const lists = await listTerms(locals.app.db, locals.actor, programme.id);
	const what = NOTICES.find((n) => n === url.searchParams.get('notice'));
	const kind = termKindOf(url.searchParams.get('liste'));
	const term = kind && lists[kind].find((x) => x.value === url.searchParams.get('terme'));
	return {
		programme: { id: programme.id, name: programme.name },
		lists,
		notice: what && kind ? { what, kind, term: term ? term.label.fr : null } : null,
		// Rows not saved yet get keys of their own at each load, so that a saved one never
		// leaves its text in the empty row that may follow it.
		generation: crypto.randomUUID()
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireUser(event);
		const { locals } = event;
		const form = await event.request.formData();
		const programme = await teamProgramme(event);
		const kind = termKindOf(form.get('kind'));
		if (!kind) error(404, locals.t('error.notFound'));
		const intent = parseIntent(form.get('intent'));
		const posted = readRows(form);

		// « Ajouter un terme »: the list again, as typed, with one more empty row; nothing saved.
		if (intent.op === 'add') {
			return { kind, rows: [...posted, { value: '', labelFr: '', labelEn: '' }], added: true };
		}

		let rows: Row[] = applyIntent(posted, intent);
		let notice: Notice = 'saved';
		let term = '';
		if (intent.op === 'restore') {
			const lists = await listTerms(locals.app.db, actor, programme.id);
			const archived = lists[kind].find((x) => x.archived && x.value === intent.value);
			if (archived && !rows.some((r) => r.value === archived.value)) {
				rows = [
					...rows,
					{ value: archived.value, labelFr: archived.label.fr, labelEn: archived.label.en }
				];
				notice = 'restored';
				term = archived.value;
			}
		} else if (intent.op !== 'save') {
			term = posted[intent.index]?.value ?? '';
			notice = intent.op === 'archive' ? 'archived' : 'moved';
		}
		const { terms, rowOf } = termsOf(rows);

		const result = await formAction(locals.t, form, async () => {
			try {
				await saveTerms(locals.app, actor, programme.id, kind, { terms });
			} catch (e) {
				if (e instanceof Invalid) throw new Invalid(e.message, rowErrors(kind, e.fields, rowOf));
				throw e;
			}
			const query = new URLSearchParams({ notice: term ? notice : 'saved', liste: kind });
			if (term) query.set('terme', term);
			redirect(303, `/admin/programmes/${programme.id}/listes?${query}#liste-${kind}`);
		});
		if (isActionFailure(result)) {
			const failure = result as unknown as ActionFailure<FormFailure>;
			// The rows as they would have been saved (the move or the archive applied), with their
			// errors: what the person sees is what the next « Enregistrer » sends.
			return fail(failure.status, { ...failure.data, kind, rows });
		}
		return result;
	}
};
