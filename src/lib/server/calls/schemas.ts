/**
 * Input of the calls domain, shared by the back-office forms and the REST API. Messages are i18n
 * keys (`calls.error.…`), translated at the edge. Dates are Paris wall time (what an
 * `<input type="datetime-local">` sends) or ISO 8601 with an offset.
 */
import { z } from 'zod';
import { Invalid, type FieldErrors } from '../errors.ts';
import { parseInput, parseInstant, slugify, SLUG_PATTERN } from '../programmes/schemas.ts';
import { ORGANISATION_TYPES } from '../applications/organisation.ts';
import { eligibilityRules } from '../applications/eligibility.ts';

export { parseInput };

export const CALL_STATUSES = ['draft', 'published', 'closed', 'archived'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const TERM_KINDS = ['qvct_theme', 'typology'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const FAQ_MAX = 50;

/** A call's address: like a programme's, from its title when not given. */
export const callSlug = (title: string) => slugify(title);

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** An optional instant: absent, null or '' all mean "none". */
const optionalInstant = z
	.union([z.date(), z.string(), z.null()], { error: 'calls.error.dateFormat' })
	.optional()
	.transform((v, ctx): Date | null | undefined => {
		if (v === undefined) return undefined;
		if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
		if (v instanceof Date) {
			if (!Number.isNaN(v.getTime())) return v;
		} else {
			const d = parseInstant(v);
			if (d) return d;
		}
		ctx.addIssue({ code: 'custom', message: 'calls.error.dateFormat' });
		return z.NEVER;
	});

export const faqEntry = z.object({
	question: z
		.string({ error: 'calls.error.faqQuestion' })
		.trim()
		.min(1, 'calls.error.faqQuestion')
		.max(500, 'calls.error.faqQuestion'),
	answer: z
		.string({ error: 'calls.error.faqAnswer' })
		.trim()
		.min(1, 'calls.error.faqAnswer')
		.max(5000, 'calls.error.faqAnswer')
});
export type FaqEntry = z.output<typeof faqEntry>;

const callFields = {
	title: z
		.string({ error: 'calls.error.titleLength' })
		.trim()
		.min(3, 'calls.error.titleLength')
		.max(200, 'calls.error.titleLength'),
	slug: z.preprocess(
		emptyToUndefined,
		z
			.string()
			.trim()
			.max(80, 'calls.error.slugFormat')
			.regex(SLUG_PATTERN, 'calls.error.slugFormat')
			.optional()
	),
	body: z.string({ error: 'calls.error.bodyLength' }).max(50_000, 'calls.error.bodyLength'),
	opensAt: optionalInstant,
	closesAt: optionalInstant,
	eligibleTypes: z
		.array(z.enum(ORGANISATION_TYPES, { error: 'calls.error.eligibleType' }), {
			error: 'calls.error.eligibleType'
		})
		.max(ORGANISATION_TYPES.length)
		.transform((list) => ORGANISATION_TYPES.filter((t) => list.includes(t))),
	faq: z.array(faqEntry, { error: 'calls.error.faq' }).max(FAQ_MAX, 'calls.error.faqTooMany'),
	contactEmail: z.preprocess(
		(v) => (typeof v === 'string' ? v.trim() : v),
		z.union([z.literal(''), z.email({ error: 'calls.error.contactEmail' })], {
			error: 'calls.error.contactEmail'
		})
	),
	contactText: z
		.string({ error: 'calls.error.contactText' })
		.trim()
		.max(1000, 'calls.error.contactText'),
	/** Evaluated at submission: each blocking or to review (see `applications/eligibility.ts`). */
	eligibilityRules
};

export const callInput = z.object({
	cycleId: z.uuid({ error: 'calls.error.cycle' }),
	...callFields,
	body: callFields.body.default(''),
	opensAt: callFields.opensAt,
	closesAt: callFields.closesAt,
	eligibleTypes: callFields.eligibleTypes.default([]),
	faq: callFields.faq.default([]),
	contactEmail: callFields.contactEmail.default(''),
	contactText: callFields.contactText.default(''),
	eligibilityRules: callFields.eligibilityRules.default([])
});
export type CallInput = z.input<typeof callInput>;

/** Every field optional, and no default: what is absent stays as it is. */
export const callUpdate = z
	.object({
		cycleId: z.uuid({ error: 'calls.error.cycle' }),
		...callFields,
		/** Whether the jury may read the regional partners' opinions on the call's applications. */
		juryReadsRegionalOpinions: z.boolean({ error: 'opinions.error.juryReads' }).meta({
			description: 'Le jury peut lire les avis régionaux des candidatures de cet appel.'
		})
	})
	.partial();
export type CallUpdate = z.input<typeof callUpdate>;

/**
 * Parses a call's input, and reports a closing before the opening together with the other
 * problems (a form shows every error in one go).
 */
export function parseCall<S extends typeof callInput | typeof callUpdate>(
	schema: S,
	input: unknown
): z.output<S> {
	const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
	const opens = optionalInstant.safeParse(raw.opensAt);
	const closes = optionalInstant.safeParse(raw.closesAt);
	const order: FieldErrors =
		opens.success &&
		closes.success &&
		opens.data &&
		closes.data &&
		closes.data.getTime() <= opens.data.getTime()
			? { closesAt: ['calls.error.closesBeforeOpens'] }
			: {};
	let data: z.output<S>;
	try {
		data = parseInput(schema, input) as z.output<S>;
	} catch (e) {
		if (!(e instanceof Invalid)) throw e;
		const fields = { ...e.fields };
		for (const [k, msgs] of Object.entries(order)) (fields[k] ??= []).push(...msgs);
		throw new Invalid(e.message, fields);
	}
	if (order.closesAt) throw new Invalid('calls.error.closesBeforeOpens', order);
	return data;
}

/** The transitions of a call: publish, close, reopen, archive. */
export const CALL_TRANSITIONS: Record<CallStatus, readonly CallStatus[]> = {
	draft: ['published', 'archived'],
	published: ['closed'],
	closed: ['published', 'archived'],
	archived: []
};

export const statusInput = z.object({
	status: z.enum(CALL_STATUSES, { error: 'calls.error.status' })
});
export type StatusInput = z.input<typeof statusInput>;

export const listQuery = z.object({
	status: z
		.enum(['open', ...CALL_STATUSES], { error: 'calls.error.statusFilter' })
		.optional()
		.meta({
			description:
				'`open` : publiés et dans leurs dates (ouverture passée, clôture à venir) ; sinon un statut.'
		}),
	programme: z
		.string()
		.min(1)
		.max(200)
		.optional()
		.meta({ description: 'Identifiant (UUID) ou adresse (slug) du programme.' })
});

const KEY = /^[a-z][a-z0-9_]{0,62}$/;

export const termInput = z.object({
	/** The stored key; derived from the French label when absent (a new term). */
	value: z.preprocess(emptyToUndefined, z.string().regex(KEY, 'calls.error.termValue').optional()),
	labelFr: z
		.string({ error: 'calls.error.termLabel' })
		.trim()
		.min(1, 'calls.error.termLabel')
		.max(200, 'calls.error.termLabel'),
	labelEn: z
		.string({ error: 'calls.error.termLabel' })
		.trim()
		.max(200, 'calls.error.termLabel')
		.default(''),
	archived: z.boolean().default(false)
});
export const termsInput = z.object({
	terms: z.array(termInput, { error: 'calls.error.terms' }).max(100, 'calls.error.terms')
});
export type TermsInput = z.input<typeof termsInput>;

/** A stored key from a label: `Santé au travail` → `sante_au_travail`. */
export function termKey(label: string): string {
	const s = slugify(label).replace(/-/g, '_').slice(0, 60).replace(/_+$/, '');
	return /^[a-z]/.test(s) ? s : `t_${s}`.slice(0, 60);
}
