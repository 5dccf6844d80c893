/**
 * Input of the programmes domain, shared by the HTML forms and the REST API. Messages are i18n
 * keys, translated at the edge. Dates are accepted as Paris wall time (`YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:mm`, what an `<input type="datetime-local">` sends) or as ISO 8601 with an offset.
 */
import { z } from 'zod';
import { parisWallTimeToInstant } from '../../i18n/format.ts';
import { Invalid, type FieldErrors } from '../errors.ts';

/** The phases of a cycle's calendar, in calendar order. */
export const PHASE_KINDS = [
	'call_open',
	'call_closed',
	'shortlisting',
	'selection_session',
	'final_selection',
	'roadmap_session',
	'support_phase',
	'closing'
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export function isPhaseKind(v: unknown): v is PhaseKind {
	return typeof v === 'string' && (PHASE_KINDS as readonly string[]).includes(v);
}

/** Maximum size of a programme logo, in bytes. */
export const LOGO_MAX_BYTES = 1024 * 1024;

/**
 * The address part of a programme's name: lowercase, accents removed, words joined by dashes.
 * « Transformateur numérique — Île-de-France » → `transformateur-numerique-ile-de-france`.
 */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/œ/gi, 'oe')
		.replace(/æ/gi, 'ae')
		.replace(/ß/g, 'ss')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Form fields send '' for an empty input: that means "not given". */
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const name = z
	.string({ error: 'programmes.error.nameRequired' })
	.trim()
	.min(2, 'programmes.error.nameLength')
	.max(200, 'programmes.error.nameLength');

const programmeFields = {
	name,
	slug: z.preprocess(
		emptyToUndefined,
		z
			.string()
			.trim()
			.max(80, 'programmes.error.slugFormat')
			.regex(SLUG_PATTERN, 'programmes.error.slugFormat')
			.optional()
	),
	operators: z
		.string({ error: 'programmes.error.operatorsLength' })
		.trim()
		.max(500, 'programmes.error.operatorsLength'),
	description: z
		.string({ error: 'programmes.error.descriptionLength' })
		.trim()
		.max(10_000, 'programmes.error.descriptionLength')
};

export const programmeInput = z.object({
	...programmeFields,
	operators: programmeFields.operators.default(''),
	description: programmeFields.description.default('')
});
/** Every field optional, and no default: what is absent stays as it is. */
export const programmeUpdate = z.object(programmeFields).partial();
export type ProgrammeInput = z.input<typeof programmeInput>;
export type ProgrammeUpdate = z.input<typeof programmeUpdate>;

const ISO_WITH_OFFSET =
	/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** An instant from a form string (Paris wall time) or an API string (ISO 8601 with offset). */
export function parseInstant(value: string): Date | null {
	const v = value.trim();
	if (ISO_WITH_OFFSET.test(v)) {
		const d = new Date(v);
		return Number.isNaN(d.getTime()) ? null : d;
	}
	return parisWallTimeToInstant(v);
}

function toInstant(v: Date | string, ctx: z.RefinementCtx): Date {
	if (v instanceof Date) {
		if (!Number.isNaN(v.getTime())) return v;
	} else if (v.trim() === '') {
		ctx.addIssue({ code: 'custom', message: 'programmes.error.dateRequired' });
		return z.NEVER;
	} else {
		const d = parseInstant(v);
		if (d) return d;
	}
	ctx.addIssue({ code: 'custom', message: 'programmes.error.dateFormat' });
	return z.NEVER;
}

const instant = z
	.union([z.date(), z.string()], { error: 'programmes.error.dateFormat' })
	.transform(toInstant);

/** An optional instant: absent, null or '' all mean "none". */
const optionalInstant = z
	.union([z.date(), z.string(), z.null()], { error: 'programmes.error.dateFormat' })
	.optional()
	.transform((v, ctx) =>
		v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
			? null
			: toInstant(v, ctx)
	);

export const phaseInput = z.object({
	kind: z.enum(PHASE_KINDS, { error: 'programmes.error.phaseKind' }),
	startsAt: instant,
	endsAt: optionalInstant
});
export type PhaseInput = z.input<typeof phaseInput>;

const cycleFields = {
	name,
	description: z
		.string({ error: 'programmes.error.descriptionLength' })
		.trim()
		.max(10_000, 'programmes.error.descriptionLength'),
	phases: z.array(phaseInput, { error: 'programmes.error.phases' }).max(PHASE_KINDS.length)
};

export const cycleInput = z.object({
	name: cycleFields.name,
	description: cycleFields.description.default(''),
	phases: cycleFields.phases.default([])
});
export const cycleUpdate = z.object(cycleFields).partial();
export type CycleInput = z.input<typeof cycleInput>;
export type CycleUpdate = z.input<typeof cycleUpdate>;

/** Field name of a phase date in the calendar form and in error reports. */
export const phaseField = (kind: PhaseKind, end: 'startsAt' | 'endsAt') => `phases.${kind}.${end}`;

/**
 * The calendar form has one row per phase kind (`phases.<kind>.startsAt` / `.endsAt`); an empty
 * row is a phase that is not planned.
 */
export function cycleFormInput(form: FormData): CycleInput {
	const text = (key: string) => {
		const v = form.get(key);
		return typeof v === 'string' ? v : '';
	};
	const phases: PhaseInput[] = [];
	for (const kind of PHASE_KINDS) {
		const startsAt = text(phaseField(kind, 'startsAt')).trim();
		const endsAt = text(phaseField(kind, 'endsAt')).trim();
		if (startsAt === '' && endsAt === '') continue;
		phases.push({ kind, startsAt, endsAt: endsAt === '' ? null : endsAt });
	}
	return { name: text('name'), description: text('description'), phases };
}

/** The programme form's text fields (the logo travels separately). */
export function programmeFormInput(form: FormData): ProgrammeInput {
	const text = (key: string) => {
		const v = form.get(key);
		return typeof v === 'string' ? v : '';
	};
	return {
		name: text('name'),
		slug: text('slug'),
		operators: text('operators'),
		description: text('description')
	};
}

/**
 * Parses input with one of the schemas above; throws `Invalid` with per-field messages. Errors on
 * a phase are reported under the phase's kind (`phases.call_open.startsAt`), not its position,
 * so that a form can show them next to the right row.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const parsed = schema.safeParse(input);
	if (parsed.success) return parsed.data;
	const rawPhases =
		input && typeof input === 'object' && Array.isArray((input as { phases?: unknown }).phases)
			? ((input as { phases: unknown[] }).phases as unknown[])
			: [];
	const fields: FieldErrors = {};
	for (const issue of parsed.error.issues) {
		const path = issue.path.map(String);
		if (path[0] === 'phases' && path.length >= 2 && /^\d+$/.test(path[1])) {
			const raw = rawPhases[Number(path[1])] as { kind?: unknown } | undefined;
			if (raw && isPhaseKind(raw.kind)) path[1] = raw.kind;
		}
		const key = path.join('.') || '_';
		(fields[key] ??= []).push(issue.message);
	}
	throw new Invalid(Object.values(fields).flat()[0] ?? 'programmes.error.invalid', fields);
}

/**
 * Runs two validations and reports the problems of both at once (a form shows every error in one
 * go, not one after the other).
 */
export function validateBoth<A, B>(a: () => A, b: () => B): [A, B] {
	const fields: FieldErrors = {};
	let first: Invalid | null = null;
	const run = <T>(f: () => T): T | undefined => {
		try {
			return f();
		} catch (e) {
			if (!(e instanceof Invalid)) throw e;
			first ??= e;
			for (const [k, msgs] of Object.entries(e.fields)) (fields[k] ??= []).push(...msgs);
			return undefined;
		}
	};
	const ra = run(a);
	const rb = run(b);
	if (first) throw new Invalid((first as Invalid).message, fields);
	return [ra as A, rb as B];
}
