import { error, isActionFailure, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { toParisDateTimeInput } from '#lib/i18n/format.ts';
import { getEventForTeam } from '#lib/server/events/eventRead.ts';
import { findEvent } from '#lib/server/events/policy.ts';
import { cancelEvent, updateEvent } from '#lib/server/events/eventWrite.ts';
import { addSlot, removeSlot } from '#lib/server/events/slotWrite.ts';
import {
	addJury,
	addParticipants,
	addShortlistedHolders,
	removeParticipant
} from '#lib/server/events/participantWrite.ts';
import { sendInvitations } from '#lib/server/events/invitationSend.ts';
import { formStrings } from '#lib/server/events/forms.ts';
import {
	PARTICIPANT_ROLES,
	type ParticipantRole,
	type SlotKind
} from '#lib/server/events/schemas.ts';
import type { UserActor } from '#lib/server/accounts/actor.ts';
import { notFoundPage } from '../../../../../notFound.ts';

/** A session for the team: details, agenda, participants with their replies, invitations. */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const view = await notFoundPage(locals.t, () =>
		getEventForTeam(locals.app.db, actor, params.eventId)
	);
	if (view.event.programmeId !== params.id || view.event.cycleId !== params.cycleId) {
		error(404, locals.t('error.notFound'));
	}
	const e = view.event;
	const pitched = new Set(view.slots.filter((s) => s.kind === 'pitch').map((s) => s.applicationId));
	const toInvite = view.participants.filter((p) => !p.invitedAt);
	const byRole = Object.fromEntries(
		PARTICIPANT_ROLES.map((r) => [r, toInvite.filter((p) => p.role === r).length])
	);
	return {
		...view,
		initial: {
			title: e.title,
			kind: e.kind,
			description: e.description,
			startsAt: toParisDateTimeInput(e.startsAt),
			endsAt: toParisDateTimeInput(e.endsAt),
			place: e.place,
			videoUrl: e.videoUrl,
			capacity: e.capacity === null ? '' : String(e.capacity)
		},
		slotDefaults: {
			startsAt: toParisDateTimeInput(e.startsAt),
			endsAt: toParisDateTimeInput(new Date(e.startsAt.getTime() + 30 * 60000))
		},
		preview: {
			byRole,
			total: toInvite.length,
			withSlot: toInvite.filter(
				(p) => p.role === 'holder' && p.applicationId && pitched.has(p.applicationId)
			).length
		},
		notice: url.searchParams.get('notice'),
		count: url.searchParams.get('count')
	};
};

async function checked(event: RequestEvent<{ id: string; cycleId: string; eventId: string }>) {
	const e = await findEvent(event.locals.app.db, event.params.eventId);
	if (!e || e.programmeId !== event.params.id || e.cycleId !== event.params.cycleId) {
		error(404, event.locals.t('error.notFound'));
	}
	return e;
}

function back(
	event: RequestEvent<{ id: string; cycleId: string; eventId: string }>,
	notice: string,
	extra = '',
	anchor = ''
): never {
	const { id, cycleId, eventId } = event.params;
	redirect(
		303,
		`/admin/programmes/${id}/promotions/${cycleId}/sessions/${eventId}?notice=${notice}${extra}${anchor}`
	);
}

type Ev = RequestEvent<{ id: string; cycleId: string; eventId: string }>;

/**
 * Runs one action of the page: the session must be this cycle's; `work` returns the count shown
 * in the notice (e-mails sent, people added…). A refusal comes back to the form that sent it.
 */
async function run(
	event: Ev,
	notice: string,
	anchor: string,
	work: (actor: UserActor, form: FormData, eventId: string) => Promise<number | void>
) {
	const actor = requireTeam(event);
	await checked(event);
	const form = await event.request.formData();
	let count = 0;
	const r = await formAction(event.locals.t, form, async () => {
		count = (await work(actor, form, event.params.eventId)) ?? 0;
	});
	if (isActionFailure(r)) return r;
	back(event, notice, `&count=${count}`, anchor);
}

export const actions: Actions = {
	update: (event) =>
		run(event, 'saved', '', async (actor, form, id) => {
			return (await updateEvent(event.locals.app, actor, id, formStrings(form))).emails;
		}),
	cancel: (event) =>
		run(event, 'cancelled', '', async (actor, _form, id) => {
			return (await cancelEvent(event.locals.app, actor, id)).emails;
		}),
	addSlot: (event) =>
		run(event, 'slotAdded', '#agenda', async (actor, form, id) => {
			const v = formStrings(form);
			await addSlot(event.locals.app, actor, id, {
				kind: v.kind as SlotKind,
				title: v.title,
				startsAt: v.startsAt,
				endsAt: v.endsAt,
				room: v.room,
				applicationId: v.applicationId
			});
		}),
	removeSlot: (event) =>
		run(event, 'slotRemoved', '#agenda', async (actor, form, id) => {
			await removeSlot(event.locals.app, actor, id, String(form.get('slotId') ?? ''));
		}),
	addHolders: (event) =>
		run(event, 'added', '#participants', async (actor, _form, id) => {
			return (await addShortlistedHolders(event.locals.app, actor, id)).added;
		}),
	addJury: (event) =>
		run(event, 'added', '#participants', async (actor, _form, id) => {
			return (await addJury(event.locals.app, actor, id)).added;
		}),
	addPeople: (event) =>
		run(event, 'added', '#participants', async (actor, form, id) => {
			const r = await addParticipants(event.locals.app, actor, id, {
				role: String(form.get('role') ?? '') as ParticipantRole,
				emails: String(form.get('emails') ?? '')
			});
			return r.added;
		}),
	removeParticipant: (event) =>
		run(event, 'removed', '#participants', async (actor, form, id) => {
			await removeParticipant(event.locals.app, actor, id, String(form.get('participantId') ?? ''));
		}),
	send: (event) =>
		run(event, 'sent', '#invitations', async (actor, _form, id) => {
			return (await sendInvitations(event.locals.app, actor, id, {})).emails;
		})
};
