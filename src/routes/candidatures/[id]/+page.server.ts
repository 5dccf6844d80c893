import { error, fail, isActionFailure, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction, zodFieldErrors, type FormFailure } from '#lib/server/http/forms.ts';
import { Conflict, Invalid, NotFound } from '#lib/server/errors.ts';
import { answersFromForm } from '#lib/server/calls/form/answers.ts';
import {
	HEADCOUNT_BANDS,
	HEADCOUNT_BAND_LABEL_KEYS,
	ORGANISATION_TYPES,
	ORGANISATION_TYPE_LABEL_KEYS,
	STATUS_LABEL_KEYS,
	getApplication,
	organisationFormInput,
	organisationInput,
	saveDraft,
	saveOrganisation,
	submitApplication,
	withdrawApplication
} from '#lib/server/applications/index.ts';
import { applicationForm } from '#lib/server/applications/forPages.ts';
import { regionName } from '#lib/regions.ts';

const NOTICES = {
	started: 'holder.edit.started',
	saved: 'holder.edit.saved',
	withdrawn: 'holder.edit.withdrawn'
} as const;

/** The organisation fields of the form: `organisation.<field>`. */
const ORG_PREFIX = 'organisation.';

async function readable<T>(event: RequestEvent, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (e) {
		if (e instanceof NotFound) error(404, event.locals.t('error.notFound'));
		throw e;
	}
}

export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	const { locals, params, url } = event;
	const db = locals.app.db;
	const app = await readable(event, () => getApplication(db, actor, params.id));
	const { form } = await applicationForm(db, actor, params.id);
	const notice = url.searchParams.get('notice');
	return {
		app: {
			id: app.id,
			reference: app.reference,
			callTitle: app.callTitle,
			status: app.status,
			statusKey: STATUS_LABEL_KEYS[app.status],
			revision: app.revision,
			answers: app.answers,
			organisation: app.organisation,
			regionName: app.organisation?.regionCode
				? (regionName(app.organisation.regionCode) ?? null)
				: null,
			submittedAt: app.submittedAt,
			withdrawnAt: app.withdrawnAt,
			updatedAt: app.updatedAt,
			missingAnswers: app.missingAnswers,
			organisationMissing: app.organisationMissing,
			eligibility: app.eligibility,
			attachments: app.attachments.map((a) => ({
				id: a.id,
				questionKey: a.questionKey,
				fileName: a.fileName
			}))
		},
		mayEdit: app.status === 'draft' && app.viewerRole !== 'team',
		mayWithdraw: app.viewerRole !== 'team' && app.allowedTransitions.includes('withdrawn'),
		form,
		organisationTypes: ORGANISATION_TYPES.map((value) => ({
			value,
			labelKey: ORGANISATION_TYPE_LABEL_KEYS[value]
		})),
		headcountBands: HEADCOUNT_BANDS.map((value) => ({
			value,
			labelKey: HEADCOUNT_BAND_LABEL_KEYS[value]
		})),
		notice: notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null
	};
};

type Section = 'draft' | 'withdraw';
type HolderFailure = FormFailure & {
	section: Section;
	/** Every value of the form, checkboxes included, to show it again as typed. */
	all: Record<string, string[]>;
	/** Someone else saved in between: the form shows what this person typed. */
	stale: boolean;
};

function allValues(form: FormData): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [k, v] of form.entries()) {
		if (typeof v === 'string') (out[k] ??= []).push(v);
	}
	return out;
}

async function run(event: RequestEvent, section: Section, body: (form: FormData) => Promise<void>) {
	const form = await event.request.formData();
	let stale = false;
	const result = await formAction(event.locals.t, form, async () => {
		try {
			await body(form);
		} catch (e) {
			stale = e instanceof Conflict && e.message === 'applications.error.staleRevision';
			throw e;
		}
	});
	if (!isActionFailure(result)) return null;
	const data = result.data as unknown as FormFailure;
	const failure: HolderFailure = { ...data, section, all: allValues(form), stale };
	return fail(result.status, failure);
}

/**
 * Saves what the page shows: the answers (refused as a whole if someone saved in between), then
 * the organisation when any of its fields is filled in. The organisation is checked first, so
 * that a mistake there saves nothing.
 */
async function saveAll(event: RequestEvent, form: FormData): Promise<void> {
	const actor = requireUser(event);
	const { locals, params } = event;
	const id = params.id ?? '';
	const { definition } = await applicationForm(locals.app.db, actor, id);
	const organisation = organisationFormInput(form, ORG_PREFIX);
	const orgGiven = Object.values(organisation).some((v) => v.trim() !== '');
	if (orgGiven) {
		const parsed = organisationInput.safeParse(organisation);
		if (!parsed.success) {
			const fields = zodFieldErrors(parsed.error.issues);
			const prefixed = Object.fromEntries(
				Object.entries(fields).map(([k, v]) => [ORG_PREFIX + k, v])
			);
			throw new Invalid('applications.error.invalid', prefixed);
		}
	}
	const rawRevision = form.get('revision');
	const revision = typeof rawRevision === 'string' ? Number(rawRevision) : undefined;
	await saveDraft(locals.app, actor, id, {
		answers: answersFromForm(definition, form),
		revision: Number.isInteger(revision) ? revision : undefined
	});
	if (orgGiven) await saveOrganisation(locals.app, actor, id, organisation);
}

export const actions: Actions = {
	save: async (event) => {
		const failure = await run(event, 'draft', (form) => saveAll(event, form));
		if (failure) return failure;
		redirect(303, `/candidatures/${event.params.id}?notice=saved`);
	},
	submit: async (event) => {
		const failure = await run(event, 'draft', async (form) => {
			await saveAll(event, form);
			await submitApplication(event.locals.app, requireUser(event), event.params.id);
		});
		if (failure) return failure;
		redirect(303, `/candidatures/${event.params.id}/recu`);
	},
	withdraw: async (event) => {
		const failure = await run(event, 'withdraw', async (form) => {
			const reason = form.get('reason');
			await withdrawApplication(event.locals.app, requireUser(event), event.params.id, {
				reason: typeof reason === 'string' ? reason.trim() : ''
			});
		});
		if (failure) return failure;
		redirect(303, `/candidatures/${event.params.id}?notice=withdrawn`);
	}
};
