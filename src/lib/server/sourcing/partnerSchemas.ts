/**
 * Input of regional sourcing (partners, their members, prospects, contacts, referrals), shared by
 * the back office, the partner's space and the REST API. Messages are i18n keys
 * (`partners.error.…`), translated at the edge. Dates of the prospect file are calendar days
 * (`YYYY-MM-DD`, what an `<input type="date">` sends; `JJ/MM/AAAA` is read too).
 */
import { z } from 'zod';
import { isRegionCode } from '../../regions.ts';
import { EMAIL_MAX } from '../accounts/schemas.ts';
import { ORGANISATION_TYPES } from '../applications/organisation.ts';
import { parseInput } from '../programmes/schemas.ts';
import { PROSPECT_STAGES } from './prospectStage.ts';

export { parseInput };

export const PARTNER_NAME_MAX = 200;
export const PERSON_NAME_MAX = 200;
export const ORGANISATION_NAME_MAX = 200;
export const PHONE_MAX = 40;
export const NOTES_MAX = 5000;
export const NEXT_STEP_MAX = 500;
export const SUMMARY_MAX = 5000;
export const MESSAGE_MAX = 2000;
export const SEARCH_MAX = 200;

/** How a partner met a prospect, or how a contact took place. */
export const PROSPECT_CHANNELS = [
	'event',
	'phone',
	'email',
	'meeting',
	'network',
	'website',
	'other'
] as const;
export type ProspectChannel = (typeof PROSPECT_CHANNELS)[number];

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/** '' or a valid address, trimmed and in lower case. */
const optionalEmail = (key: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
		z.union(
			[
				z.literal(''),
				z
					.string()
					.max(EMAIL_MAX, key)
					.pipe(z.email({ error: key }))
			],
			{
				error: key
			}
		)
	);

/** `YYYY-MM-DD` of a real calendar day, from `YYYY-MM-DD` or `JJ/MM/AAAA`; null otherwise. */
export function calendarDay(value: string): string | null {
	const v = value.trim();
	let y: string, m: string, d: string;
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
	const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
	if (iso) [, y, m, d] = iso;
	else if (fr) [, d, m, y] = fr;
	else return null;
	const date = new Date(Date.UTC(+y, +m - 1, +d));
	if (date.getUTCFullYear() !== +y || date.getUTCMonth() !== +m - 1 || date.getUTCDate() !== +d) {
		return null;
	}
	if (+y < 1900 || +y > 2999) return null;
	return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const requiredDay = z.string({ error: 'partners.error.dateRequired' }).transform((v, ctx) => {
	if (v.trim() === '') {
		ctx.addIssue({ code: 'custom', message: 'partners.error.dateRequired' });
		return z.NEVER;
	}
	const day = calendarDay(v);
	if (!day) {
		ctx.addIssue({ code: 'custom', message: 'partners.error.date' });
		return z.NEVER;
	}
	return day;
});

/** An optional day: absent, null or '' all mean "none". */
const optionalDay = z
	.union([z.string(), z.null()], { error: 'partners.error.date' })
	.transform((v, ctx): string | null => {
		if (v === null || v.trim() === '') return null;
		const day = calendarDay(v);
		if (day) return day;
		ctx.addIssue({ code: 'custom', message: 'partners.error.date' });
		return z.NEVER;
	});

const text = (max: number, key: string) =>
	z.string({ error: key }).transform((v, ctx) => {
		const s = v.trim();
		if (s.length > max) {
			ctx.addIssue({ code: 'custom', message: key });
			return z.NEVER;
		}
		return s;
	});

const requiredText = (max: number, requiredKey: string, lengthKey: string) =>
	z.string({ error: requiredKey }).transform((v, ctx) => {
		const s = v.trim();
		if (!s) {
			ctx.addIssue({ code: 'custom', message: requiredKey });
			return z.NEVER;
		}
		if (s.length > max) {
			ctx.addIssue({ code: 'custom', message: lengthKey });
			return z.NEVER;
		}
		return s;
	});

// Partners.

/**
 * The regions of a partner: at least one (its members' grants are one per region), each an INSEE
 * code of `REGIONS`. A form's checkboxes send one value or several.
 */
export const regionCodesField = z
	.preprocess(
		(v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(z.unknown())
	)
	.transform((list, ctx) => {
		const codes = list.map(trimmed);
		if (codes.some((c) => !isRegionCode(c))) {
			ctx.addIssue({ code: 'custom', message: 'partners.error.regionUnknown' });
			return z.NEVER;
		}
		if (codes.length === 0) {
			ctx.addIssue({ code: 'custom', message: 'partners.error.regionsRequired' });
			return z.NEVER;
		}
		return [...new Set(codes as string[])].sort();
	})
	.meta({ description: 'Codes INSEE des régions du partenaire (au moins une).' });

const partnerFields = {
	name: requiredText(
		PARTNER_NAME_MAX,
		'partners.error.nameRequired',
		'partners.error.nameLength'
	).meta({ description: 'Nom du partenaire, unique dans le programme (« Aract Bretagne »).' }),
	regionCodes: regionCodesField,
	contactEmail: optionalEmail('partners.error.contactEmail').meta({
		description: 'Adresse de contact du partenaire (facultative).'
	})
};

export const partnerInput = z.object({
	...partnerFields,
	contactEmail: partnerFields.contactEmail.default('')
});
export type PartnerInput = z.input<typeof partnerInput>;

/** Every field optional: what is absent stays as it is. `archived` archives or restores. */
export const partnerUpdate = z
	.object({
		...partnerFields,
		archived: z.boolean({ error: 'partners.error.archived' }).meta({
			description:
				'true : archiver (ses membres perdent leur accès, ses prospects restent) ; false : rétablir.'
		})
	})
	.partial();
export type PartnerUpdate = z.input<typeof partnerUpdate>;

export const memberInput = z.object({
	email: z
		.string({ error: 'partners.error.memberEmailRequired' })
		.trim()
		.toLowerCase()
		.min(1, 'partners.error.memberEmailRequired')
		.max(EMAIL_MAX, 'partners.error.email')
		.pipe(z.email({ error: 'partners.error.email' }))
		.meta({ description: 'Adresse de la personne ; son compte est créé s’il n’existe pas.' }),
	name: text(PERSON_NAME_MAX, 'partners.error.personNameLength')
		.default('')
		.meta({ description: 'Nom, pour un compte à créer (facultatif).' })
});
export type MemberInput = z.input<typeof memberInput>;

// Prospects.

const callIdField = z
	.union([z.string(), z.null()], { error: 'partners.error.call' })
	.optional()
	.transform((v, ctx): string | null | undefined => {
		if (v === undefined) return undefined;
		if (v === null || v.trim() === '') return null;
		if (z.uuid().safeParse(v.trim()).success) return v.trim().toLowerCase();
		ctx.addIssue({ code: 'custom', message: 'partners.error.call' });
		return z.NEVER;
	})
	.meta({
		description:
			'Appel pour lequel le prospect est repéré ; absent : l’appel ouvert du programme ; null : aucun.'
	});

const prospectFields = {
	organisationName: requiredText(
		ORGANISATION_NAME_MAX,
		'partners.error.organisationRequired',
		'partners.error.organisationLength'
	),
	applicantType: z
		.union([z.literal(''), z.null(), z.enum(ORGANISATION_TYPES)], {
			error: 'partners.error.applicantType'
		})
		.transform((v) => (v ? v : null))
		.meta({ description: 'Type de structure, quand il est connu.' }),
	regionCode: z
		.string({ error: 'partners.error.regionRequired' })
		.trim()
		.min(1, 'partners.error.regionRequired')
		.refine(isRegionCode, 'partners.error.regionUnknown')
		.meta({ description: 'Code INSEE de la région : l’une des régions du partenaire.' }),
	contactName: text(PERSON_NAME_MAX, 'partners.error.contactNameLength'),
	email: optionalEmail('partners.error.email'),
	phone: z.preprocess(
		trimmed,
		z
			.string({ error: 'partners.error.phone' })
			.max(PHONE_MAX, 'partners.error.phone')
			.regex(/^[+0-9 ().-]*$/, 'partners.error.phone')
	),
	channel: z.enum(PROSPECT_CHANNELS, { error: 'partners.error.channel' }),
	firstContactOn: requiredDay.meta({ description: 'Date du premier contact (AAAA-MM-JJ).' }),
	callId: callIdField,
	nextStep: text(NEXT_STEP_MAX, 'partners.error.nextStepLength'),
	nextStepOn: optionalDay.meta({ description: 'Date de la prochaine étape (AAAA-MM-JJ).' }),
	notes: text(NOTES_MAX, 'partners.error.notesLength')
};

export const prospectInput = z.object({
	...prospectFields,
	contactName: prospectFields.contactName.default(''),
	email: prospectFields.email.default(''),
	phone: prospectFields.phone.default(''),
	notes: prospectFields.notes.default(''),
	applicantType: prospectFields.applicantType.default(null),
	nextStep: prospectFields.nextStep.default(''),
	nextStepOn: prospectFields.nextStepOn.default(null)
});
export type ProspectInput = z.input<typeof prospectInput>;

export const prospectUpdate = z
	.object({
		...prospectFields,
		archived: z.boolean({ error: 'partners.error.archived' }).meta({
			description: 'true : archiver le prospect ; false : le rétablir.'
		})
	})
	.partial();
export type ProspectUpdate = z.input<typeof prospectUpdate>;

export const contactInput = z.object({
	on: requiredDay.meta({ description: 'Date de l’échange (AAAA-MM-JJ).' }),
	channel: z.enum(PROSPECT_CHANNELS, { error: 'partners.error.channel' }),
	summary: requiredText(
		SUMMARY_MAX,
		'partners.error.summaryRequired',
		'partners.error.summaryLength'
	)
});
export type ContactInput = z.input<typeof contactInput>;

export const referralInput = z.object({
	email: optionalEmail('partners.error.email')
		.optional()
		.meta({ description: 'Adresse à inviter ; par défaut celle du prospect.' }),
	message: text(MESSAGE_MAX, 'partners.error.messageLength')
		.default('')
		.meta({ description: 'Message personnel ajouté à l’e-mail (facultatif).' })
});
export type ReferralInput = z.input<typeof referralInput>;

/** Filters of a partner's prospect list. */
export const prospectListQuery = z.object({
	stage: z
		.enum(PROSPECT_STAGES, { error: 'partners.error.stageFilter' })
		.optional()
		.meta({ description: 'Étape atteinte (voir `ProspectStage`).' }),
	call: z
		.uuid({ error: 'partners.error.callFilter' })
		.optional()
		.meta({ description: 'Identifiant (UUID) de l’appel.' }),
	q: z
		.string()
		.trim()
		.max(SEARCH_MAX, 'partners.error.query')
		.optional()
		.meta({ description: 'Recherche dans le nom de la structure et de la personne contactée.' }),
	archived: z
		.union([z.boolean(), z.enum(['true', 'false'])], { error: 'partners.error.archivedFilter' })
		.transform((v) => v === true || v === 'true')
		.optional()
		.meta({ description: '`true` : les prospects archivés seulement ; sinon les autres.' })
});
export type ProspectListQuery = z.input<typeof prospectListQuery>;

/** A partner form (creation or edition): every field as typed, the regions as checked. */
export function partnerFormInput(form: FormData) {
	const value = (key: string) => {
		const v = form.get(key);
		return typeof v === 'string' ? v : '';
	};
	return {
		name: value('name'),
		regionCodes: form.getAll('regionCodes').filter((v): v is string => typeof v === 'string'),
		contactEmail: value('contactEmail')
	};
}

/**
 * A prospect form: its fields as typed ('' for what was left empty), for the use case to check
 * (hence the cast: a select may send anything).
 */
export function prospectFormInput(form: FormData): ProspectInput {
	const value = (key: string) => {
		const v = form.get(key);
		return typeof v === 'string' ? v : '';
	};
	return {
		organisationName: value('organisationName'),
		contactName: value('contactName'),
		email: value('email'),
		phone: value('phone'),
		notes: value('notes'),
		channel: value('channel'),
		regionCode: value('regionCode'),
		applicantType: value('applicantType'),
		callId: value('callId'),
		firstContactOn: value('firstContactOn'),
		nextStep: value('nextStep'),
		nextStepOn: value('nextStepOn')
	} as ProspectInput;
}
