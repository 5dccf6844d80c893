/**
 * The messages of a session to one participant (convocation, change, cancellation, reminder): in
 * their language, with their personal reply link (a new token each time: the latest e-mail's link
 * is the one that works) and the calendar file.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Tx } from '../db/client.ts';
import { eventParticipants, eventSlots, events, users } from '../db/schema.ts';
import { hashSecret, newSecret } from '../accounts/tokens.ts';
import { queueEmail } from '../notifications/outbox.ts';
import type { EmailTemplate } from '../notifications/templates.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { translator, type Locale } from '../../i18n/index.ts';
import { buildIcs, icsAttachment } from './ics.ts';
import type { EventRow, ParticipantRow } from './policy.ts';

/** The messages of a session (their wording: `email.event_*` in `messages/events.ts`). */
export type EventMailKind = Extract<EmailTemplate['template'], `event_${string}`>;

export function replyUrl(svc: Pick<Services, 'publicUrl'>, token: string): string {
	return `${svc.publicUrl}/sessions/reponse/${token}`;
}

/** « 10 décembre 2026 à 09:30 – 11 décembre 2026 à 17:00 » (Paris time). */
export function eventWhen(e: { startsAt: Date; endsAt: Date }, locale: Locale): string {
	const t = translator(locale);
	return t('events.when', {
		start: formatDateTime(e.startsAt, locale),
		end: formatDateTime(e.endsAt, locale)
	});
}

export function eventWhere(e: { place: string; videoUrl: string }): string {
	return [e.place, e.videoUrl].filter(Boolean).join(' — ');
}

/** The locales of the participants who have an account (others read French). */
export async function localesOf(
	tx: Tx,
	participants: ParticipantRow[]
): Promise<Map<string, Locale>> {
	const ids = participants.map((p) => p.userId).filter((x): x is string => !!x);
	if (!ids.length) return new Map();
	const rows = await tx
		.select({ id: users.id, locale: users.locale })
		.from(users)
		.where(inArray(users.id, ids));
	return new Map(rows.map((r) => [r.id, r.locale]));
}

/** The pitch slots of the session, by project. */
export async function pitchSlotsByProject(tx: Tx, eventId: string) {
	const rows = await tx
		.select()
		.from(eventSlots)
		.where(and(eq(eventSlots.eventId, eventId), eq(eventSlots.kind, 'pitch')));
	const map = new Map<string, (typeof rows)[number][]>();
	for (const r of rows)
		if (r.applicationId) map.set(r.applicationId, [...(map.get(r.applicationId) ?? []), r]);
	return map;
}

export function slotText(
	slots: { startsAt: Date; endsAt: Date; room: string }[] | undefined,
	locale: Locale
): string {
	if (!slots?.length) return '';
	const t = translator(locale);
	return slots
		.map((s) =>
			t(s.room ? 'events.email.slotRoom' : 'events.email.slot', {
				start: formatDateTime(s.startsAt, locale),
				end: formatDateTime(s.endsAt, locale),
				room: s.room
			})
		)
		.join('\n');
}

/** Queues one message to the participant (rotating their reply token); returns the outbox id. */
export async function mailParticipant(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	opts: {
		event: EventRow;
		participant: ParticipantRow;
		kind: EventMailKind;
		locale: Locale;
		slots?: { startsAt: Date; endsAt: Date; room: string }[];
		now: Date;
		/** Mark the participant invited now (first convocation). */
		invite?: boolean;
	}
): Promise<string> {
	const { event, participant: p, kind, locale } = opts;
	let url: string;
	if (kind === 'event_uninvited') {
		// They are no longer expected: no reply to give, the message points to the platform.
		url = `${svc.publicUrl}/`;
	} else {
		const token = newSecret();
		await tx
			.update(eventParticipants)
			.set({
				tokenHash: hashSecret(token),
				...(opts.invite ? { invitedAt: opts.now } : {}),
				...(kind === 'event_reminder' ? { reminderSentAt: opts.now } : {}),
				updatedAt: opts.now
			})
			.where(eq(eventParticipants.id, p.id));
		url = replyUrl(svc, token);
	}
	const slot =
		kind === 'event_slot_changed' && !opts.slots?.length
			? translator(locale)('events.email.noSlot')
			: slotText(opts.slots, locale);
	const method = kind === 'event_cancelled' || kind === 'event_uninvited' ? 'CANCEL' : 'REQUEST';
	const ics = buildIcs({ event, participant: p, method, url, note: slot });
	return queueEmail(tx, {
		to: p.email,
		locale,
		template: kind,
		params: {
			name: p.name,
			event: event.title,
			when: eventWhen(event, locale),
			where: eventWhere(event) || translator(locale)('events.email.noPlace'),
			slot,
			url
		},
		attachments: [icsAttachment(ics, method)]
	});
}

/**
 * Queues one message of `kind` to each of these participants, in their language, the holders with
 * their own pitch; returns the outbox ids.
 */
export async function mailParticipants(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	opts: {
		event: EventRow;
		participants: ParticipantRow[];
		kind: EventMailKind;
		now: Date;
		invite?: boolean;
	}
): Promise<string[]> {
	const { event, participants, kind, now } = opts;
	if (!participants.length) return [];
	const locales = await localesOf(tx, participants);
	const pitches = await pitchSlotsByProject(tx, event.id);
	const ids: string[] = [];
	for (const p of participants) {
		ids.push(
			await mailParticipant(tx, svc, {
				event,
				participant: p,
				kind,
				locale: (p.userId && locales.get(p.userId)) || 'fr',
				slots: p.role === 'holder' && p.applicationId ? pitches.get(p.applicationId) : undefined,
				now,
				invite: opts.invite
			})
		);
	}
	return ids;
}

/**
 * The next calendar version of the session: a change told to some of those invited must carry a
 * higher SEQUENCE than anything sent before, or their calendar ignores it.
 */
export async function nextSequence(tx: Tx, eventId: string): Promise<EventRow> {
	const [row] = await tx
		.update(events)
		.set({ icsSequence: sql`${events.icsSequence} + 1` })
		.where(eq(events.id, eventId))
		.returning();
	return row;
}

/**
 * After the convocations, a pitch added, moved, given to another project or removed: the invited
 * holders of the projects concerned get their slot as it now is, with an updated calendar file.
 * Returns the outbox ids (nothing when nobody concerned was invited).
 */
export async function tellPitchChange(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	eventId: string,
	applicationIds: string[],
	now: Date
): Promise<string[]> {
	const ids = [...new Set(applicationIds)];
	if (!ids.length) return [];
	const holders = await tx
		.select()
		.from(eventParticipants)
		.where(
			and(
				eq(eventParticipants.eventId, eventId),
				eq(eventParticipants.role, 'holder'),
				inArray(eventParticipants.applicationId, ids),
				isNotNull(eventParticipants.invitedAt)
			)
		);
	if (!holders.length) return [];
	const event = await nextSequence(tx, eventId);
	return mailParticipants(tx, svc, {
		event,
		participants: holders,
		kind: 'event_slot_changed',
		now
	});
}
