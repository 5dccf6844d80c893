import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { Invalid, NotFound, type FieldErrors } from '#lib/server/errors.ts';
import { listBiddable } from '#lib/server/review/bidBiddable.ts';
import { saveBids } from '#lib/server/review/bidSave.ts';
import { removeConflict } from '#lib/server/review/conflictRemove.ts';
import { BID_CHOICES, BID_LABEL_KEYS, type BidInput } from '#lib/server/review/conflictSchemas.ts';

const NOTICES = ['saved', 'withdrawn'] as const;

/** Applications per page: each comes with its summary and a radio group. */
export const _PER_PAGE = 20;

/** The page number asked for (1 when absent or not a number), within `pages`. */
function pageNumber(raw: string | null, pages: number): number {
	const n = raw && /^\d{1,5}$/.test(raw) ? Number(raw) : 1;
	return Math.min(Math.max(n, 1), Math.max(pages, 1));
}

/** The listing's query (theme and page), kept by the forms and the redirects. */
function listQuery(url: URL): URLSearchParams {
	const query = new URLSearchParams();
	for (const key of ['theme', 'page']) {
		const v = url.searchParams.get(key);
		if (v) query.set(key, v);
	}
	return query;
}

/**
 * A jury member's bids on a call's applications (before the assignment): one form for the page,
 * a radio group per application and a reason for a declared conflict. Anyone not on the call's
 * jury: 404.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireUser(event);
	const theme = url.searchParams.get('theme') || null;
	let list;
	try {
		list = await listBiddable(locals.app.db, actor, params.callId, { theme });
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
	const notice = NOTICES.find((n) => n === url.searchParams.get('notice')) ?? null;
	const pages = Math.ceil(list.applications.length / _PER_PAGE);
	const current = pageNumber(url.searchParams.get('page'), pages);
	return {
		...list,
		applications: list.applications.slice((current - 1) * _PER_PAGE, current * _PER_PAGE),
		pagination: { page: current, pages, total: list.applications.length },
		theme,
		choices: BID_CHOICES.map((value) => ({ value, labelKey: BID_LABEL_KEYS[value] })),
		notice
	};
};

/** `bids.<i>.<field>` → the page's field name (`level-<id>`, `reason-<id>`). */
function pageFields(fields: FieldErrors, ids: string[]): FieldErrors {
	const out: FieldErrors = {};
	for (const [key, messages] of Object.entries(fields)) {
		const m = /^bids\.(\d+)\.(\w+)$/.exec(key);
		const id = m ? ids[Number(m[1])] : undefined;
		const name = id ? `${m![2] === 'reason' ? 'reason' : 'level'}-${id}` : key;
		(out[name] ??= []).push(...messages);
	}
	return out;
}

export const actions: Actions = {
	save: async (event) => {
		const { locals, params, url } = event;
		const actor = requireUser(event);
		const form = await event.request.formData();
		const bids: BidInput[] = [];
		for (const id of form.getAll('application')) {
			if (typeof id !== 'string') continue;
			const level = form.get(`level-${id}`);
			if (typeof level !== 'string' || level === '') continue;
			const reason = form.get(`reason-${id}`);
			bids.push({
				applicationId: id,
				level: level as BidInput['level'],
				reason: typeof reason === 'string' ? reason : undefined
			});
		}
		return formAction(locals.t, form, async () => {
			try {
				await saveBids(locals.app, actor, params.callId, bids);
			} catch (e) {
				if (e instanceof Invalid) {
					const fields = pageFields(
						e.fields,
						bids.map((b) => b.applicationId)
					);
					throw new Invalid(Object.values(fields)[0]?.[0] ?? e.message, fields);
				}
				throw e;
			}
			const query = listQuery(url);
			query.set('notice', 'saved');
			redirect(303, `/jury/appels/${params.callId}/souhaits?${query}`);
		});
	},
	withdraw: async (event) => {
		const { locals, params } = event;
		const actor = requireUser(event);
		const form = await event.request.formData();
		const conflictId = String(form.get('conflictId') ?? '');
		return formAction(locals.t, form, async () => {
			if (!/^[0-9a-f-]{36}$/i.test(conflictId)) throw new NotFound();
			await removeConflict(locals.app, actor, params.callId, conflictId);
			redirect(303, `/jury/appels/${params.callId}/souhaits?notice=withdrawn#declarations`);
		});
	}
};
