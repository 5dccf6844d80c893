import {
	error,
	fail,
	isActionFailure,
	redirect,
	type ActionFailure,
	type RequestEvent
} from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction, formValues, type FormFailure } from '#lib/server/http/forms.ts';
import { parisWallTimeToInstant } from '#lib/i18n/format.ts';
import { getCall } from '#lib/server/calls/index.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';
import {
	STATUS_LABEL_KEYS,
	TRANSITIONS,
	getApplication,
	grantExtension,
	transitionApplication,
	type ApplicationStatus
} from '#lib/server/applications/index.ts';
import { applicationForm } from '#lib/server/applications/forPages.ts';
import { visibilityMap } from '#lib/server/calls/form/visibility.ts';
import { FILE_TYPES } from '#lib/server/calls/form/definition.ts';
import { regionName } from '#lib/regions.ts';
import { notFoundPage } from '../../../../../notFound.ts';
import { historyOf } from './history.ts';
import { listRegionalOpinions } from '#lib/server/sourcing/opinionList.ts';
import { listReviewsOfApplication } from '#lib/server/review/reviewsOfApplication.ts';
import { mergerOf } from '#lib/server/synergy/synergyQueries.ts';

const NOTICES = ['eligible', 'ineligible', 'under_review', 'extension'] as const;
type Notice = (typeof NOTICES)[number];

type Event = Pick<RequestEvent, 'locals' | 'params' | 'url'> & {
	params: { id: string; callId: string; applicationId: string };
};

/**
 * The application, for the team of its programme, and only under its own call's and programme's
 * address: anyone else, and any other address, gets a 404.
 */
async function teamApplication(event: Event) {
	const { locals, params } = event;
	requireTeam(event);
	const call = await notFoundPage(locals.t, () =>
		getCall(locals.app.db, locals.actor, params.callId)
	);
	if (call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	const actor = requireTeam(event, call.programmeId);
	const app = await notFoundPage(locals.t, () =>
		getApplication(locals.app.db, actor, params.applicationId)
	);
	if (app.callId !== call.id) error(404, locals.t('error.notFound'));
	return { actor, call, app };
}

/** The moves the team may make (`allowed`, from the use case), and whether the holders are told. */
function teamMoves(status: ApplicationStatus, allowed: ApplicationStatus[]) {
	return TRANSITIONS.filter(
		(r) => r.from === status && r.by === 'team' && allowed.includes(r.to)
	).map((r) => ({
		to: r.to,
		notifyHolder: r.notifyHolder
	}));
}

export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const { actor, call, app } = await teamApplication(event);
	const db = locals.app.db;
	const [programme, { form, definition }, history, { opinions }, reviews, merger] =
		await Promise.all([
			getProgramme(db, actor, call.programmeId),
			applicationForm(db, actor, app.id),
			historyOf(db, app),
			listRegionalOpinions(db, actor, app.id),
			listReviewsOfApplication(db, actor, app.id),
			mergerOf(db, app.id)
		]);
	const visibility = visibilityMap(definition, app.answers);
	const notice = url.searchParams.get('notice');
	return {
		programme: { id: programme.id, name: programme.name },
		call: { id: call.id, title: call.title, closesAt: call.closesAt },
		app: {
			id: app.id,
			reference: app.reference,
			title: app.title,
			status: app.status,
			statusKey: STATUS_LABEL_KEYS[app.status],
			formVersion: app.formVersion,
			submittedAt: app.submittedAt,
			withdrawnAt: app.withdrawnAt,
			extensionUntil: app.extensionUntil,
			answers: app.answers,
			organisation: app.organisation,
			regionName: app.organisation?.regionCode
				? (regionName(app.organisation.regionCode) ?? null)
				: null,
			flags: app.flags.map((f) => ({ id: f.ruleId, text: f.text })),
			eligibility: {
				blocking: app.eligibility.blocking.map((f) => ({ id: f.ruleId, text: f.text })),
				review: app.eligibility.review.map((f) => ({ id: f.ruleId, text: f.text }))
			},
			members: app.members.map((m) => ({
				userId: m.userId,
				name: m.name,
				email: m.email,
				role: m.role
			})),
			attachments: app.attachments.map((a) => ({
				id: a.id,
				questionKey: a.questionKey,
				fileName: a.fileName,
				type: Object.hasOwn(FILE_TYPES, a.mime)
					? FILE_TYPES[a.mime as keyof typeof FILE_TYPES].name
					: a.mime,
				size: a.size,
				createdAt: a.createdAt
			}))
		},
		form,
		visible: [...visibility].filter(([, v]) => v).map(([k]) => k),
		history,
		sourcing: {
			attribution: app.attribution,
			juryReads: call.juryReadsRegionalOpinions,
			opinions: opinions.map((o) => ({
				id: o.id,
				partnerName: o.partnerName,
				recommendation: o.recommendation,
				text: o.text,
				authorName: o.authorName,
				updatedAt: o.updatedAt
			}))
		},
		merger,
		reviews: {
			grid: reviews.grid.map((c) => ({ key: c.key, label: c.label })),
			items: reviews.reviews
		},
		moves: teamMoves(app.status, app.allowedTransitions),
		mayExtend: app.status === 'draft',
		notice: NOTICES.find((n) => n === notice) ?? null,
		retour: url.searchParams.get('retour')
	};
};

/** What a refused form brings back: which form it was, its message, its fields, what was typed. */
type ReviewFailure = FormFailure & { section: string };

const pageUrl = (event: Event) =>
	`/admin/programmes/${event.params.id}/appels/${event.params.callId}/candidatures/${event.params.applicationId}`;

/** Back to the page (303), with a notice, keeping the list's filters for the way back. */
function done(event: Event, notice: Notice | null): never {
	const query = new URLSearchParams();
	if (notice) query.set('notice', notice);
	const retour = event.url.searchParams.get('retour');
	if (retour) query.set('retour', retour);
	const search = query.toString();
	redirect(303, search ? `${pageUrl(event)}?${search}` : pageUrl(event));
}

/** The refusal `formAction` answered, if it did. */
function refusal(result: unknown): { status: number; data: FormFailure } | null {
	if (!isActionFailure(result)) return null;
	const failure = result as unknown as ActionFailure<FormFailure>;
	return { status: failure.status, data: failure.data };
}

/** A status change that no longer applies: say what the status is now. */
function conflict(event: Event, form: FormData, section: string, now: ApplicationStatus) {
	const t = event.locals.t;
	return fail(409, {
		section,
		message: t('review.error.conflict', { status: t(STATUS_LABEL_KEYS[now]) }),
		fields: {},
		values: formValues(form)
	} satisfies ReviewFailure);
}

export const actions: Actions = {
	/** One of the team's moves from the status the page showed (`from`), with its reason. */
	transition: async (event) => {
		const form = await event.request.formData();
		const to = String(form.get('to') ?? '') as ApplicationStatus;
		const from = String(form.get('from') ?? '');
		const section = `transition-${to}`;
		const { actor, app } = await teamApplication(event);
		// The page showed another status: someone decided in between. Deciding again on what was
		// not seen would be wrong even when the move is allowed from the new status.
		if (from !== app.status) return conflict(event, form, section, app.status);
		const refused = refusal(
			await formAction(event.locals.t, form, async () => {
				await transitionApplication(event.locals.app, actor, app.id, {
					to,
					from: app.status,
					reason: String(form.get('reason') ?? '')
				});
			})
		);
		if (refused) {
			// Moved between the check above and the change itself (the use case checks `from`).
			if (refused.status === 409) {
				const now = await getApplication(event.locals.app.db, actor, app.id);
				// Unchanged: refused for another reason (a decision the holders were told of).
				if (now.status !== app.status) return conflict(event, form, section, now.status);
			}
			return fail(refused.status, { ...refused.data, section } satisfies ReviewFailure);
		}
		done(event, NOTICES.find((n) => n === to) ?? null);
	},

	/** Lets a draft be submitted after the closing, until a date and time in Paris. */
	extension: async (event) => {
		const form = await event.request.formData();
		const section = 'extension';
		const { actor, app } = await teamApplication(event);
		const raw = String(form.get('until') ?? '').trim();
		const until = parisWallTimeToInstant(frenchDateTime(raw) ?? raw);
		if (!until) {
			const message = event.locals.t('review.extension.error.until');
			return fail(400, {
				section,
				message,
				fields: { until: [message] },
				values: formValues(form)
			} satisfies ReviewFailure);
		}
		const refused = refusal(
			await formAction(event.locals.t, form, async () => {
				await grantExtension(event.locals.app, actor, app.id, {
					until,
					reason: String(form.get('reason') ?? '')
				});
			})
		);
		if (refused) return fail(refused.status, { ...refused.data, section } satisfies ReviewFailure);
		done(event, 'extension');
	}
};

/**
 * `15/06/2026 18:00` (as typed where the browser offers no date-time picker) as
 * `2026-06-15T18:00`; null for anything else.
 */
function frenchDateTime(value: string): string | null {
	const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+|\s*à\s*|T)(\d{1,2})[:h](\d{2})$/i.exec(value);
	if (!m) return null;
	const [, d, mo, y, h, mi] = m;
	const two = (s: string) => s.padStart(2, '0');
	return `${y}-${two(mo)}-${two(d)}T${two(h)}:${mi}`;
}
