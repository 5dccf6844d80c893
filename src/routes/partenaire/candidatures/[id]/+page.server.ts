import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, type FormFailure } from '#lib/server/http/forms.ts';
import { NotFound } from '#lib/server/errors.ts';
import { STATUS_LABEL_KEYS, getApplication } from '#lib/server/applications/index.ts';
import { applicationForm } from '#lib/server/applications/forPages.ts';
import { visibilityMap } from '#lib/server/calls/form/visibility.ts';
import { FILE_TYPES } from '#lib/server/calls/form/definition.ts';
import { listRegionalOpinions } from '#lib/server/sourcing/opinionList.ts';
import { saveRegionalOpinion } from '#lib/server/sourcing/opinionSave.ts';
import { RECOMMENDATIONS, RECOMMENDATION_LABEL_KEYS } from '#lib/server/sourcing/opinionSchemas.ts';
import { regionName } from '#lib/regions.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { requirePartner } from '../partner.ts';

/**
 * An application, read-only, for a regional partner that reads it (its regions, or attributed to
 * it; never a draft), with the partner's regional opinion and its form. Anyone else: 404.
 */
export const load: PageServerLoad = async (event) => {
	const actor = requirePartner(event);
	const { locals, params, url } = event;
	const db = locals.app.db;
	const read = async <T>(body: () => Promise<T>): Promise<T> => {
		try {
			return await body();
		} catch (e) {
			if (e instanceof NotFound) error(404, locals.t('error.notFound'));
			throw e;
		}
	};
	const app = await read(() => getApplication(db, actor, params.id));
	// Read as a partner (not only as one of its holders): the opinions say so.
	const { opinions, writableAs } = await read(() => listRegionalOpinions(db, actor, app.id));
	const { form, definition } = await applicationForm(db, actor, app.id);
	const visibility = visibilityMap(definition, app.answers);
	const own = opinions.filter((o) => writableAs.some((p) => p.partnerId === o.partnerId));
	return {
		app: {
			id: app.id,
			reference: app.reference,
			title: app.title,
			callTitle: app.callTitle,
			status: app.status,
			statusKey: STATUS_LABEL_KEYS[app.status] as MessageKey,
			submittedAt: app.submittedAt,
			withdrawnAt: app.withdrawnAt,
			formVersion: app.formVersion,
			answers: app.answers,
			organisation: app.organisation,
			regionName: app.organisation?.regionCode
				? (regionName(app.organisation.regionCode) ?? null)
				: null,
			attribution: app.attribution,
			members: app.members.map((m) => ({ name: m.name, email: m.email, role: m.role })),
			attachments: app.attachments.map((a) => ({
				id: a.id,
				questionKey: a.questionKey,
				fileName: a.fileName,
				type: Object.hasOwn(FILE_TYPES, a.mime)
					? FILE_TYPES[a.mime as keyof typeof FILE_TYPES].name
					: a.mime,
				size: a.size
			}))
		},
		form,
		visible: [...visibility].filter(([, v]) => v).map(([k]) => k),
		opinions: opinions.map((o) => ({
			id: o.id,
			partnerId: o.partnerId,
			partnerName: o.partnerName,
			recommendation: o.recommendation,
			text: o.text,
			authorName: o.authorName,
			updatedAt: o.updatedAt
		})),
		writableAs,
		/** The form starts from the opinion of the first partner the person speaks for. */
		initial: own[0]
			? { partnerId: own[0].partnerId, recommendation: own[0].recommendation, text: own[0].text }
			: { partnerId: writableAs[0]?.partnerId ?? '', recommendation: '', text: '' },
		mayWrite: writableAs.length > 0 && app.status !== 'withdrawn',
		recommendations: RECOMMENDATIONS.map((value) => ({
			value,
			labelKey: RECOMMENDATION_LABEL_KEYS[value] as MessageKey
		})),
		notice: url.searchParams.get('notice') === 'avis' ? 'opinions.notice.saved' : null
	};
};

export const actions: Actions = {
	/** The partner's regional opinion: given or changed. */
	opinion: async (event) => {
		const actor = requirePartner(event);
		const form = await event.request.formData();
		const text = (name: string) => {
			const v = form.get(name);
			return typeof v === 'string' ? v : '';
		};
		const result = await formAction(event.locals.t, form, async () => {
			await saveRegionalOpinion(event.locals.app, actor, {
				applicationId: event.params.id,
				partnerId: text('partnerId') || undefined,
				recommendation: text('recommendation') as (typeof RECOMMENDATIONS)[number],
				text: text('text')
			});
		});
		if (isActionFailure(result)) {
			const failure = result as unknown as ActionFailure<FormFailure>;
			return fail(failure.status, failure.data);
		}
		redirect(303, `/partenaire/candidatures/${event.params.id}?notice=avis#avis`);
	}
};
