import { error, fail, isActionFailure, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/http/guards.ts';
import { formAction, zodFieldErrors, type FormFailure } from '#lib/server/http/forms.ts';
import { Conflict, Invalid, NotFound } from '#lib/server/errors.ts';
import { answersFromForm } from '#lib/server/calls/form/answers.ts';
import { FILE_TYPES, type FormDefinition } from '#lib/server/calls/form/definition.ts';
import {
	DEFAULT_FILE_ACCEPT,
	DEFAULT_FILE_MAX_BYTES,
	HEADCOUNT_BANDS,
	HEADCOUNT_BAND_LABEL_KEYS,
	ORGANISATION_TYPES,
	ORGANISATION_TYPE_LABEL_KEYS,
	STATUS_LABEL_KEYS,
	addAttachment,
	getApplication,
	inviteCoholder,
	organisationFormInput,
	organisationInput,
	removeAttachment,
	saveDraft,
	saveOrganisation,
	submitApplication,
	withdrawApplication,
	type ApplicationDetail,
	type ApplicationView
} from '#lib/server/applications/index.ts';
import { checkAttachment, formatMegabytes } from '#lib/server/applications/attachments.ts';
import { listPendingInvitations } from '#lib/server/applications/invitations.ts';
import { applicationForm } from '#lib/server/applications/forPages.ts';
import type { UserActor } from '#lib/server/accounts/actor.ts';
import { translateMessage, type Locale } from '#lib/i18n/index.ts';
import { regionName } from '#lib/regions.ts';
import { attributionPanel, declarePartner } from '#lib/server/sourcing/attribution.ts';
import { canvasLinkFor } from '#lib/server/canvas/links.ts';

const NOTICES = {
	started: 'holder.edit.started',
	saved: 'holder.edit.saved',
	attached: 'holder.files.attached',
	removed: 'holder.files.removed',
	invited: 'holder.holders.invited',
	joined: 'holder.holders.joined',
	withdrawn: 'holder.edit.withdrawn',
	referred: 'opinions.notice.referred',
	referralAttributed: 'opinions.notice.referralAttributed',
	referralKept: 'opinions.notice.referralKept',
	referralAlready: 'opinions.notice.referralAlready',
	partner: 'opinions.notice.partner'
} as const;

/** The organisation fields of the form: `organisation.<field>`. */
const ORG_PREFIX = 'organisation.';
/** The file chosen for a file question: `file.<question key>`. */
const FILE_PREFIX = 'file.';

async function readable<T>(event: RequestEvent, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (e) {
		if (e instanceof NotFound) error(404, event.locals.t('error.notFound'));
		throw e;
	}
}

/** What the completeness and eligibility panels show: after each save, autosave included. */
function progressOf(app: ApplicationDetail) {
	return {
		revision: app.revision,
		updatedAt: app.updatedAt,
		missingAnswers: app.missingAnswers,
		organisationMissing: app.organisationMissing,
		eligibility: app.eligibility,
		regionName: app.organisation?.regionCode
			? (regionName(app.organisation.regionCode) ?? null)
			: null
	};
}

/** For each file question: the types it accepts and its size limit, as the page says them. */
function fileRules(def: FormDefinition, locale: Locale) {
	const rules: Record<string, { types: string; accept: string; max: string }> = {};
	for (const s of def.sections) {
		for (const q of s.questions) {
			if (q.kind !== 'file') continue;
			const accept = q.accept?.length ? q.accept : DEFAULT_FILE_ACCEPT;
			const known = accept.flatMap((m) =>
				Object.hasOwn(FILE_TYPES, m) ? [FILE_TYPES[m as keyof typeof FILE_TYPES]] : []
			);
			rules[q.key] = {
				types: known.map((k) => k.name).join(', '),
				accept: [...known.flatMap((k) => k.extensions), ...accept].join(','),
				max: formatMegabytes(q.maxBytes ?? DEFAULT_FILE_MAX_BYTES, locale)
			};
		}
	}
	return rules;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireUser(event);
	const { locals, params, url } = event;
	const db = locals.app.db;
	const app = await readable(event, () => getApplication(db, actor, params.id));
	const { form, definition } = await applicationForm(db, actor, params.id);
	// Holders only: the team and regional partners read it here without acting.
	const holder = app.viewerRole === 'owner' || app.viewerRole === 'coholder';
	const attribution = await attributionPanel(db, actor, app.id);
	const notice = url.searchParams.get('notice');
	return {
		app: {
			id: app.id,
			reference: app.reference,
			callTitle: app.callTitle,
			status: app.status,
			statusKey: STATUS_LABEL_KEYS[app.status],
			answers: app.answers,
			organisation: app.organisation,
			submittedAt: app.submittedAt,
			withdrawnAt: app.withdrawnAt,
			attachments: app.attachments.map((a) => ({
				id: a.id,
				questionKey: a.questionKey,
				fileName: a.fileName,
				size: a.size
			})),
			members: app.members.map((m) => ({ name: m.name, email: m.email, role: m.role }))
		},
		/** Changes with every save: the autosave answers it again. */
		progress: progressOf(app),
		viewerRole: app.viewerRole,
		canvasUrl: await canvasLinkFor(db, actor, app.id),
		mayEdit: app.status === 'draft' && holder,
		mayWithdraw: holder && app.allowedTransitions.includes('withdrawn'),
		mayInvite: app.viewerRole === 'owner' && app.status !== 'withdrawn',
		invitations: holder ? await listPendingInvitations(db, actor, app.id) : [],
		form,
		fileRules: fileRules(definition, locals.locale),
		organisationTypes: ORGANISATION_TYPES.map((value) => ({
			value,
			labelKey: ORGANISATION_TYPE_LABEL_KEYS[value]
		})),
		headcountBands: HEADCOUNT_BANDS.map((value) => ({
			value,
			labelKey: HEADCOUNT_BAND_LABEL_KEYS[value]
		})),
		notice: notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null,
		attribution: {
			current: attribution.attribution,
			mayDeclare: attribution.mayDeclare,
			partners: attribution.partners.map((p) => ({
				id: p.id,
				name: p.name,
				regions: p.regionCodes.map((c) => regionName(c) ?? c).join(', ')
			}))
		}
	};
};

type Section = 'draft' | 'withdraw' | 'invite' | 'partner';
type HolderFailure = FormFailure & {
	section: Section;
	/** Every value of the form, checkboxes included, to show it again as typed. */
	all: Record<string, string[]>;
	/** Someone else saved in between: the form shows what this person typed. */
	stale: boolean;
	/** When stale: the revision stored now, which the next save replaces knowingly. */
	revision: number | null;
};

function allValues(form: FormData): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [k, v] of form.entries()) {
		if (typeof v === 'string') (out[k] ??= []).push(v);
	}
	return out;
}

async function run(
	event: RequestEvent,
	section: Section,
	body: (form: FormData) => Promise<void>,
	form?: FormData
) {
	form ??= await event.request.formData();
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
	let revision: number | null = null;
	if (stale) {
		const now = await getApplication(event.locals.app.db, requireUser(event), event.params.id!);
		revision = now.revision;
	}
	const failure: HolderFailure = { ...data, section, all: allValues(form), stale, revision };
	return fail(result.status, failure);
}

/** The files chosen in the form, by question (inputs left empty are not files). */
function chosenFiles(form: FormData): { questionKey: string; file: File }[] {
	const out: { questionKey: string; file: File }[] = [];
	for (const [name, value] of form.entries()) {
		if (!name.startsWith(FILE_PREFIX) || typeof value === 'string') continue;
		if (value.name === '' && value.size === 0) continue;
		out.push({ questionKey: name.slice(FILE_PREFIX.length), file: value });
	}
	return out;
}

/** A refused file, said next to its question. */
async function forFile<T>(questionKey: string, body: () => Promise<T> | T): Promise<T> {
	try {
		return await body();
	} catch (e) {
		if (e instanceof Invalid) {
			const messages = Object.values(e.fields).flat();
			throw new Invalid(e.message, {
				[FILE_PREFIX + questionKey]: messages.length ? messages : [e.message]
			});
		}
		throw e;
	}
}

/**
 * Saves what the page shows: the answers (refused as a whole if someone saved in between), then
 * the organisation when any of its fields is filled in, then the files chosen (unless `files` is
 * false: autosave never sends files). The organisation and the files are checked first, so that a
 * mistake there, or a refused file, saves nothing.
 *
 * In the background (`background`), an organisation profile still being typed does not hold the
 * answers back: they are saved, the profile is not, and what is wrong with it comes back.
 */
async function saveAll(
	event: RequestEvent,
	form: FormData,
	opts: { files: boolean; background?: boolean }
): Promise<{ actor: UserActor; view: ApplicationView; organisationIssue: string | null }> {
	const actor = requireUser(event);
	const { locals, params } = event;
	const id = params.id ?? '';
	const { definition } = await applicationForm(locals.app.db, actor, id);
	const organisation = organisationFormInput(form, ORG_PREFIX);
	let orgGiven = Object.values(organisation).some((v) => v.trim() !== '');
	let organisationIssue: string | null = null;
	if (orgGiven) {
		const parsed = organisationInput.safeParse(organisation);
		if (!parsed.success) {
			const fields = zodFieldErrors(parsed.error.issues);
			if (opts.background) {
				organisationIssue = Object.values(fields).flat()[0] ?? 'applications.error.invalid';
				orgGiven = false;
			} else {
				const prefixed = Object.fromEntries(
					Object.entries(fields).map(([k, v]) => [ORG_PREFIX + k, v])
				);
				throw new Invalid('applications.error.invalid', prefixed);
			}
		}
	}
	const files = [];
	for (const { questionKey, file } of opts.files ? chosenFiles(form) : []) {
		const input = {
			questionKey,
			fileName: file.name,
			bytes: new Uint8Array(await file.arrayBuffer())
		};
		await forFile(questionKey, () => checkAttachment(definition, input, actor.locale));
		files.push(input);
	}
	const rawRevision = form.get('revision');
	const revision = typeof rawRevision === 'string' ? Number(rawRevision) : undefined;
	let view = await saveDraft(locals.app, actor, id, {
		answers: answersFromForm(definition, form),
		revision: Number.isInteger(revision) ? revision : undefined
	});
	if (orgGiven) {
		try {
			view = await saveOrganisation(locals.app, actor, id, organisation);
		} catch (e) {
			if (!(opts.background && e instanceof Invalid)) throw e;
			organisationIssue = Object.values(e.fields).flat()[0] ?? e.message;
		}
	}
	for (const input of files) {
		await forFile(input.questionKey, () => addAttachment(locals.app, actor, id, input));
	}
	return { actor, view, organisationIssue };
}

const withNotice = (event: RequestEvent, notice: keyof typeof NOTICES, anchor = '') =>
	`/candidatures/${event.params.id}?notice=${notice}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;

export const actions: Actions = {
	save: async (event) => {
		const failure = await run(event, 'draft', (form) =>
			saveAll(event, form, { files: true }).then(() => {})
		);
		if (failure) return failure;
		redirect(303, withNotice(event, 'saved'));
	},
	/**
	 * In the background, with JavaScript: the same save, without files; answers what the page
	 * needs to carry on (the new revision, what is still missing).
	 */
	autosave: async (event) => {
		let saved: ApplicationDetail | null = null;
		let organisationIssue: string | null = null;
		const failure = await run(event, 'draft', async (form) => {
			const done = await saveAll(event, form, { files: false, background: true });
			organisationIssue = done.organisationIssue;
			saved = await getApplication(event.locals.app.db, done.actor, event.params.id);
		});
		if (failure) return failure;
		return {
			autosaved: progressOf(saved!),
			/** Why the organisation profile, still being typed, was not saved with the answers. */
			organisationIssue: organisationIssue
				? translateMessage(event.locals.t, organisationIssue)
				: null
		};
	},
	/** « Joindre »: saves the draft, then attaches the file chosen for that question. */
	attach: async (event) => {
		const form = await event.request.formData();
		const key = String(form.get('attach') ?? '');
		const failure = await run(
			event,
			'draft',
			async () => {
				if (!chosenFiles(form).some((f) => f.questionKey === key)) {
					throw new Invalid('applications.error.fileMissing', {
						[FILE_PREFIX + key]: ['applications.error.fileMissing']
					});
				}
				await saveAll(event, form, { files: true });
			},
			form
		);
		if (failure) return failure;
		redirect(303, withNotice(event, 'attached', `q-${key}`));
	},
	/** « Retirer »: saves the draft, then removes the attachment. */
	remove: async (event) => {
		const form = await event.request.formData();
		// (Not `remove`: a control of that name would hide the form element's own `remove()`.)
		const attachmentId = String(form.get('removeAttachment') ?? '');
		// The question it answers: the one whose field lists it.
		const questionKey =
			[...form.entries()].find(([k, v]) => k !== 'removeAttachment' && v === attachmentId)?.[0] ??
			'';
		const failure = await run(
			event,
			'draft',
			async () => {
				const { actor } = await saveAll(event, form, { files: true });
				await removeAttachment(event.locals.app, actor, event.params.id, attachmentId);
			},
			form
		);
		if (failure) return failure;
		redirect(303, withNotice(event, 'removed', questionKey ? `q-${questionKey}` : ''));
	},
	submit: async (event) => {
		const failure = await run(event, 'draft', async (form) => {
			const { actor } = await saveAll(event, form, { files: true });
			await submitApplication(event.locals.app, actor, event.params.id);
		});
		if (failure) return failure;
		redirect(303, `/candidatures/${event.params.id}/recu`);
	},
	/** The owner invites a co-holder by e-mail. */
	invite: async (event) => {
		const failure = await run(event, 'invite', async (form) => {
			const email = form.get('email');
			await inviteCoholder(event.locals.app, requireUser(event), event.params.id, {
				email: typeof email === 'string' ? email.trim() : ''
			});
		});
		if (failure) return failure;
		redirect(303, withNotice(event, 'invited', 'porteurs'));
	},
	/** « Un partenaire régional vous a accompagné ? »: its own form, saved on its own. */
	partner: async (event) => {
		const failure = await run(event, 'partner', async (form) => {
			const partnerId = form.get('partnerId');
			await declarePartner(event.locals.app, requireUser(event), {
				applicationId: event.params.id,
				partnerId: typeof partnerId === 'string' && partnerId !== '' ? partnerId : null
			});
		});
		if (failure) return failure;
		redirect(303, withNotice(event, 'partner', 'partenaire'));
	},
	withdraw: async (event) => {
		const failure = await run(event, 'withdraw', async (form) => {
			const reason = form.get('reason');
			await withdrawApplication(event.locals.app, requireUser(event), event.params.id, {
				reason: typeof reason === 'string' ? reason.trim() : ''
			});
		});
		if (failure) return failure;
		redirect(303, withNotice(event, 'withdrawn'));
	}
};
