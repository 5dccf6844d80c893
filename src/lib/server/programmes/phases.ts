/**
 * A cycle's calendar: which phase is current, the status of each phase, and whether a calendar
 * makes sense. Pure: no database, no clock (the caller passes `now`).
 *
 * A phase runs over [startsAt, endsAt). Without an end, it runs until the next phase starts, or
 * for ever when it is the last one. When phases overlap, the one that started last is current.
 * Between two phases (the earlier one has an explicit end and the next has not started yet), the
 * current phase is the one that started last: the cycle stays "at" its latest step.
 */
import { Invalid, type FieldErrors } from '../errors.ts';
import { PHASE_KINDS, phaseField, type PhaseKind } from './schemas.ts';

export type CurrentPhase = PhaseKind | 'not_started' | 'over';
export type PhaseStatus = 'past' | 'current' | 'upcoming';

export type DatedPhase = {
	kind: PhaseKind;
	startsAt: Date | string;
	endsAt?: Date | string | null;
};

type Span = { kind: PhaseKind; order: number; start: number; end: number };

const ms = (d: Date | string) => (d instanceof Date ? d.getTime() : Date.parse(d));

/** The phases as time spans, by start (then calendar order), each with its effective end. */
function timeline(phases: readonly DatedPhase[]): Span[] {
	const spans = phases
		.map((p) => ({
			kind: p.kind,
			order: PHASE_KINDS.indexOf(p.kind),
			start: ms(p.startsAt),
			explicitEnd: p.endsAt ? ms(p.endsAt) : null
		}))
		.sort((a, b) => a.start - b.start || a.order - b.order);
	return spans.map((s) => {
		if (s.explicitEnd !== null) return { ...s, end: s.explicitEnd };
		const next = spans.find((o) => o.start > s.start);
		return { ...s, end: next ? next.start : Number.POSITIVE_INFINITY };
	});
}

const later = (a: Span, b: Span) =>
	b.start > a.start || (b.start === a.start && b.order > a.order) ? b : a;

/** The phase the cycle is in at `now`. */
export function currentPhase(phases: readonly DatedPhase[], now: Date = new Date()): CurrentPhase {
	const spans = timeline(phases);
	if (spans.length === 0) return 'not_started';
	const n = now.getTime();
	const running = spans.filter((s) => s.start <= n && n < s.end);
	if (running.length > 0) return running.reduce(later).kind;
	if (n < spans[0].start) return 'not_started';
	if (spans.every((s) => s.end <= n)) return 'over';
	return spans.filter((s) => s.start <= n).reduce(later).kind;
}

/** Past, current (running at `now`) or upcoming, for each planned phase. */
export function phaseStatuses(
	phases: readonly DatedPhase[],
	now: Date = new Date()
): Partial<Record<PhaseKind, PhaseStatus>> {
	const n = now.getTime();
	const out: Partial<Record<PhaseKind, PhaseStatus>> = {};
	for (const s of timeline(phases)) {
		out[s.kind] = n < s.start ? 'upcoming' : n >= s.end ? 'past' : 'current';
	}
	return out;
}

/** The effective end of each planned phase (explicit, or the next phase's start), or null. */
export function effectiveEnds(
	phases: readonly DatedPhase[]
): Partial<Record<PhaseKind, Date | null>> {
	const out: Partial<Record<PhaseKind, Date | null>> = {};
	for (const s of timeline(phases)) out[s.kind] = Number.isFinite(s.end) ? new Date(s.end) : null;
	return out;
}

/** Is the call for projects open at `now`? */
export function isCallOpen(phases: readonly DatedPhase[], now: Date = new Date()): boolean {
	return (
		currentPhase(phases, now) === 'call_open' && phaseStatuses(phases, now).call_open === 'current'
	);
}

/** When the call for projects closes: the start of "call closed", else the end of "call open". */
export function callClosesAt(phases: readonly DatedPhase[]): Date | null {
	const closed = phases.find((p) => p.kind === 'call_closed');
	if (closed) return new Date(ms(closed.startsAt));
	return effectiveEnds(phases).call_open ?? null;
}

export type CalendarPhase = { kind: PhaseKind; startsAt: Date; endsAt: Date | null };

/**
 * What is wrong with a calendar, per field (`phases.<kind>.startsAt` / `.endsAt`): a phase given
 * twice, an end that is not after its start, a phase that starts before a phase that precedes it
 * in the calendar order. Empty when the calendar is sound.
 */
export function calendarErrors(phases: readonly CalendarPhase[]): FieldErrors {
	const fields: FieldErrors = {};
	const add = (key: string, message: string) => (fields[key] ??= []).push(message);
	const seen = new Set<PhaseKind>();
	for (const p of phases) {
		if (seen.has(p.kind)) add(`phases.${p.kind}`, 'programmes.error.duplicatePhase');
		seen.add(p.kind);
		if (p.endsAt && p.endsAt.getTime() <= p.startsAt.getTime()) {
			add(phaseField(p.kind, 'endsAt'), 'programmes.error.endBeforeStart');
		}
	}
	const ordered = [...phases].sort(
		(a, b) => PHASE_KINDS.indexOf(a.kind) - PHASE_KINDS.indexOf(b.kind)
	);
	ordered.forEach((p, i) => {
		// The nearest earlier phase (in calendar order) that starts after this one.
		for (let j = i - 1; j >= 0; j--) {
			const q = ordered[j];
			if (q.kind !== p.kind && q.startsAt.getTime() > p.startsAt.getTime()) {
				add(phaseField(p.kind, 'startsAt'), `programmes.error.startsBefore.${q.kind}`);
				break;
			}
		}
	});
	return fields;
}

/** Throws `Invalid` with per-field messages when the calendar is not sound. */
export function assertValidCalendar(phases: readonly CalendarPhase[]): void {
	const fields = calendarErrors(phases);
	if (Object.keys(fields).length > 0) throw new Invalid('programmes.error.calendar', fields);
}

/** The phases in calendar order. */
export function inCalendarOrder<P extends { kind: PhaseKind }>(phases: readonly P[]): P[] {
	return [...phases].sort((a, b) => PHASE_KINDS.indexOf(a.kind) - PHASE_KINDS.indexOf(b.kind));
}
