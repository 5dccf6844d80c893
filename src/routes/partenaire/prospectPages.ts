/**
 * What the prospect pages of the partner's space and of the back office share: the record's data
 * and its forms' actions (edit, archive, contact, invitation). The routes say which prospect and
 * which address; the use cases check who may.
 */
import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import type { RequestEvent } from '@sveltejs/kit';
import type { UserActor } from '#lib/server/accounts/actor.ts';
import type { Db } from '#lib/server/db/client.ts';
import { NotFound } from '#lib/server/errors.ts';
import { formAction, type FormFailure } from '#lib/server/http/forms.ts';
import { requireUser } from '#lib/server/http/guards.ts';
import { ORGANISATION_TYPES } from '#lib/server/applications/organisation.ts';
import {
	PROSPECT_CHANNELS,
	PROSPECT_STAGES,
	addProspectContact,
	getProspect,
	prospectFormInput,
	prospectFormOptions,
	sendReferral,
	updateProspect
} from '#lib/server/sourcing/partners.ts';
import type { Translate } from '#lib/i18n/index.ts';

/** The lists the prospect forms offer (the components cannot read server modules). */
export const PROSPECT_LISTS = {
	channels: [...PROSPECT_CHANNELS],
	types: [...ORGANISATION_TYPES],
	stages: [...PROSPECT_STAGES]
};

export const PROSPECT_NOTICES = [
	'prospectCreated',
	'prospectSaved',
	'prospectArchived',
	'prospectRestored',
	'contactAdded',
	'referralSent'
] as const;
export type ProspectNotice = (typeof PROSPECT_NOTICES)[number];

export const noticeOf = (url: URL): ProspectNotice | null =>
	PROSPECT_NOTICES.find((n) => n === url.searchParams.get('notice')) ?? null;

/** Runs a read; a domain `NotFound` becomes the 404 page. */
export async function orNotFound<T>(t: Translate, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (e) {
		if (e instanceof NotFound) error(404, t('error.notFound'));
		throw e;
	}
}

/** A prospect's record with what its forms offer. */
export async function prospectPageData(db: Db, actor: UserActor, prospectId: string, t: Translate) {
	const prospect = await orNotFound(t, () => getProspect(db, actor, prospectId));
	const options = await prospectFormOptions(db, actor, prospect.partnerId);
	const callId = prospect.call?.id ?? options.defaultCallId;
	const call = options.calls.find((c) => c.id === callId);
	return {
		prospect,
		options: { regions: options.regions, calls: options.calls },
		lists: { channels: PROSPECT_LISTS.channels, types: PROSPECT_LISTS.types },
		referralCall: call?.open ? { title: call.title, closesAt: call.closesAt } : null,
		partnerArchived: options.partner.archived
	};
}

type Where = { actor: UserActor; prospectId: string; pageUrl: string };

/** A refused form, with which form it was. */
function withSection(result: unknown, section: string) {
	if (!isActionFailure(result)) return result;
	const failure = result as unknown as ActionFailure<FormFailure>;
	return fail(failure.status, { ...failure.data, section });
}

const text = (form: FormData, key: string) => {
	const v = form.get(key);
	return typeof v === 'string' ? v : '';
};

/**
 * The actions of a prospect's page. `where` checks the address (and whatever the route requires)
 * and names the prospect and the page to come back to.
 */
export function prospectActions(where: (event: RequestEvent) => Promise<Where>) {
	const run = async (
		event: RequestEvent,
		section: string,
		act: (w: Where, form: FormData) => Promise<ProspectNotice>,
		anchor = ''
	) => {
		requireUser(event);
		const w = await where(event);
		const form = await event.request.formData();
		const result = await formAction(event.locals.t, form, async () => {
			const notice = await act(w, form);
			redirect(303, `${w.pageUrl}?notice=${notice}${anchor}`);
		});
		return withSection(result, section);
	};
	return {
		update: (event: RequestEvent) =>
			run(event, 'update', async (w, form) => {
				await updateProspect(event.locals.app, w.actor, w.prospectId, prospectFormInput(form));
				return 'prospectSaved';
			}),
		archive: (event: RequestEvent) =>
			run(event, 'archive', async (w, form) => {
				const archived = text(form, 'archived') === 'true';
				await updateProspect(event.locals.app, w.actor, w.prospectId, { archived });
				return archived ? 'prospectArchived' : 'prospectRestored';
			}),
		contact: (event: RequestEvent) =>
			run(
				event,
				'contact',
				async (w, form) => {
					await addProspectContact(event.locals.app, w.actor, w.prospectId, {
						on: text(form, 'on'),
						channel: text(form, 'channel') as never,
						summary: text(form, 'summary')
					});
					return 'contactAdded';
				},
				'#contacts-title'
			),
		referral: (event: RequestEvent) =>
			run(
				event,
				'referral',
				async (w, form) => {
					await sendReferral(event.locals.app, w.actor, w.prospectId, {
						email: text(form, 'email'),
						message: text(form, 'message')
					});
					return 'referralSent';
				},
				'#referrals-title'
			)
	};
}
