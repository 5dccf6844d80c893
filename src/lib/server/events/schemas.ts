/**
 * Input of the sessions (events) domain, shared by the HTML forms and the REST API. Messages are
 * i18n keys (`events.error.*`). Date-times are Paris wall time (`YYYY-MM-DDTHH:mm`, what an
 * `<input type="datetime-local">` sends) or ISO 8601 with an offset.
 */
import { z } from 'zod';
import { parseInstant } from '../programmes/schemas.ts';

export const EVENT_KINDS = ['selection', 'roadmap', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const SLOT_KINDS = ['plenary', 'workshop', 'pitch', 'break'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];
export const PARTICIPANT_ROLES = ['holder', 'jury', 'expert', 'partner', 'team'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const RESPONSES = ['pending', 'attending', 'declined'] as const;
export type EventResponse = (typeof RESPONSES)[number];
export const ATTENDANCES = ['present', 'absent'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const instant = z
	.union([z.date(), z.string()], { error: 'events.error.dateFormat' })
	.transform((v, ctx) => {
		if (v instanceof Date && !Number.isNaN(v.getTime())) return v;
		if (typeof v === 'string' && v.trim() === '') {
			ctx.addIssue({ code: 'custom', message: 'events.error.dateRequired' });
			return z.NEVER;
		}
		const d = typeof v === 'string' ? parseInstant(v) : null;
		if (d) return d;
		ctx.addIssue({ code: 'custom', message: 'events.error.dateFormat' });
		return z.NEVER;
	})
	.meta({ description: 'Date et heure (ISO 8601 avec décalage, ou heure de Paris).' });

const eventFields = {
	title: z
		.string({ error: 'events.error.titleRequired' })
		.trim()
		.min(2, 'events.error.titleRequired')
		.max(200, 'events.error.titleLength'),
	kind: z.enum(EVENT_KINDS, { error: 'events.error.kind' }).default('selection'),
	description: z.string().max(20000, 'events.error.descriptionLength').default(''),
	startsAt: instant,
	endsAt: instant,
	place: z.string().trim().max(500, 'events.error.placeLength').default(''),
	videoUrl: z.preprocess(
		emptyToUndefined,
		z
			.url({ protocol: /^https?$/, error: 'events.error.videoUrl' })
			.max(500, 'events.error.videoUrl')
			.optional()
	),
	capacity: z.preprocess(
		(v) => (v === '' || v === null ? undefined : v),
		z.coerce
			.number({ error: 'events.error.capacity' })
			.int('events.error.capacity')
			.min(1, 'events.error.capacity')
			.max(100000, 'events.error.capacity')
			.optional()
	)
};

function endsAfterStart(v: { startsAt?: Date; endsAt?: Date }, ctx: z.RefinementCtx) {
	if (v.startsAt && v.endsAt && v.endsAt <= v.startsAt) {
		ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'events.error.endBeforeStart' });
	}
}

export const eventInput = z.object(eventFields).superRefine(endsAfterStart);
export type EventInput = z.input<typeof eventInput>;
export const eventUpdate = z.object(eventFields).partial().superRefine(endsAfterStart);
export type EventUpdate = z.input<typeof eventUpdate>;

export const slotInput = z
	.object({
		kind: z.enum(SLOT_KINDS, { error: 'events.error.slotKind' }),
		title: z.string().trim().max(200, 'events.error.titleLength').default(''),
		startsAt: instant,
		endsAt: instant,
		room: z.string().trim().max(200, 'events.error.roomLength').default(''),
		applicationId: z.preprocess(
			emptyToUndefined,
			z.uuid({ error: 'events.error.application' }).optional()
		)
	})
	.superRefine((v, ctx) => {
		endsAfterStart(v, ctx);
		if (v.kind === 'pitch' && !v.applicationId) {
			ctx.addIssue({
				code: 'custom',
				path: ['applicationId'],
				message: 'events.error.pitchNeedsProject'
			});
		}
		if (v.kind !== 'pitch' && v.applicationId) {
			ctx.addIssue({
				code: 'custom',
				path: ['applicationId'],
				message: 'events.error.onlyPitchProject'
			});
		}
	});
export type SlotInput = z.input<typeof slotInput>;

/** People added by e-mail: addresses separated by commas, semicolons, spaces or lines. */
export const participantsInput = z.object({
	role: z.enum(PARTICIPANT_ROLES, { error: 'events.error.role' }),
	emails: z
		.union([z.string(), z.array(z.string())], { error: 'events.error.emails' })
		.transform((v) =>
			[
				...new Set((Array.isArray(v) ? v : v.split(/[\s,;]+/)).map((e) => e.trim().toLowerCase()))
			].filter(Boolean)
		)
		.pipe(
			z
				.array(z.email({ error: 'events.error.email' }).max(320, 'events.error.email'))
				.min(1, 'events.error.emails')
				.max(200, 'events.error.tooMany')
		)
});
export type ParticipantsInput = z.input<typeof participantsInput>;

export const replyInput = z.object({
	response: z.enum(['attending', 'declined'], { error: 'events.error.response' }),
	partySize: z.preprocess(
		(v) => (v === '' || v === null || v === undefined ? 1 : v),
		z.coerce
			.number({ error: 'events.error.partySize' })
			.int('events.error.partySize')
			.min(1, 'events.error.partySize')
			.max(20, 'events.error.partySize')
	),
	note: z.string().trim().max(2000, 'events.error.noteLength').default('')
});
export type ReplyInput = {
	response: 'attending' | 'declined' | (string & {});
	partySize?: number | string | null;
	note?: string;
};

export const attendanceInput = z.object({
	/** Participant id → present | absent | '' (not recorded). */
	attendance: z.record(
		z.uuid(),
		z.preprocess(
			emptyToUndefined,
			z.enum(ATTENDANCES, { error: 'events.error.attendance' }).optional()
		)
	)
});
export type AttendanceInput = z.input<typeof attendanceInput>;

export const sendInput = z.object({
	/** Counts who would get what without sending anything. */
	dryRun: z.boolean().optional()
});
export type SendInput = z.input<typeof sendInput>;
