import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction, formValues } from '#lib/server/http/forms.ts';
import { Conflict, Invalid, NotFound, type FieldErrors } from '#lib/server/errors.ts';
import { getReview } from '#lib/server/review/reviewGet.ts';
import { saveReviewDraft } from '#lib/server/review/reviewSave.ts';
import { submitReview } from '#lib/server/review/reviewSubmit.ts';
import type { ReviewInput } from '#lib/server/review/reviewSchemas.ts';
import { listRegionalOpinions } from '#lib/server/sourcing/opinionList.ts';

const NOTICES = ['saved', 'submitted'] as const;

type Event = Pick<RequestEvent, 'locals' | 'params'> & {
	params: { callId: string; assignmentId: string };
};

/** The review, only under its own call's address (anything else: 404). */
async function reviewPage(event: Event) {
	const { locals, params } = event;
	const actor = requireUser(event as RequestEvent);
	try {
		const view = await getReview(locals.app.db, actor, params.assignmentId);
		if (view.call.id !== params.callId) throw new NotFound();
		return view;
	} catch (e) {
		if (e instanceof NotFound) error(404, locals.t('error.notFound'));
		throw e;
	}
}

/**
 * A jury member's review of an assigned application: the application, the grid as a form (a
 * radio group per criterion, comments), saved as a draft or submitted; the others' reviews when
 * the call lets them be seen. Only the assigned juror: anyone else gets a 404.
 */
export const load: PageServerLoad = async (event) => {
	const view = await reviewPage(event);
	const notice = NOTICES.find((n) => n === event.url.searchParams.get('notice')) ?? null;
	// The regional partners' opinions, when the call lets the jury read them (else: none shown).
	const opinions = await listRegionalOpinions(
		event.locals.app.db,
		event.locals.actor,
		view.application.id
	).then(
		(r) => r.opinions,
		(e) => {
			if (e instanceof NotFound) return null;
			throw e;
		}
	);
	return { ...view, notice, opinions };
};

/** The posted form as the use case's input: `score-<key>` ('' none, 'na', a number), `comment-<key>`. */
function reviewFromForm(form: FormData): ReviewInput {
	const keys = new Set<string>();
	for (const name of form.keys()) {
		const m = /^(?:score|comment)-(.+)$/.exec(name);
		if (m) keys.add(m[1]);
	}
	const scores: NonNullable<ReviewInput['scores']> = {};
	for (const key of keys) {
		const raw = String(form.get(`score-${key}`) ?? '');
		const comment = String(form.get(`comment-${key}`) ?? '');
		scores[key] = raw === '' ? { comment } : { score: raw === 'na' ? null : Number(raw), comment };
	}
	return {
		scores,
		commentToApplicant: String(form.get('commentToApplicant') ?? ''),
		privateComment: String(form.get('privateComment') ?? ''),
		revision: Number(form.get('revision') ?? '')
	};
}

/** `scores.<key>.score` → `score-<key>`, `scores.<key>.comment` → `comment-<key>`. */
function pageFields(fields: FieldErrors): FieldErrors {
	const out: FieldErrors = {};
	for (const [name, messages] of Object.entries(fields)) {
		const m = /^scores\.(.+)\.(score|comment)$/.exec(name);
		(out[m ? `${m[2]}-${m[1]}` : name] ??= []).push(...messages);
	}
	return out;
}

async function write(event: RequestEvent & Event, submit: boolean) {
	const { locals, params } = event;
	const actor = requireUser(event);
	const form = await event.request.formData();
	const input = reviewFromForm(form);
	const use = submit ? submitReview : saveReviewDraft;
	let stale = false;
	const result = await formAction(locals.t, form, async () => {
		try {
			await use(locals.app, actor, params.assignmentId, input);
		} catch (e) {
			if (e instanceof Invalid) {
				const fields = pageFields(e.fields);
				throw new Invalid(Object.values(fields)[0]?.[0] ?? e.message, fields);
			}
			stale = e instanceof Conflict && e.message === 'reviewing.error.staleRevision';
			throw e;
		}
		const notice = submit ? 'submitted' : 'saved';
		redirect(
			303,
			`/jury/appels/${params.callId}/evaluations/${params.assignmentId}?notice=${notice}`
		);
	});
	if (!stale) return result;
	// Saved elsewhere in between: what was typed stays, and the next save knowingly replaces the
	// stored revision.
	const now = await reviewPage(event);
	return fail(409, {
		message: locals.t('reviewing.review.stale'),
		fields: {},
		values: formValues(form),
		stale: true,
		revision: now.review.revision
	});
}

export const actions: Actions = {
	save: (event) => write(event, false),
	submit: (event) => write(event, true)
};
