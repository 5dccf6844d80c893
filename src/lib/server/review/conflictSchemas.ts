/**
 * Inputs of bids and conflicts of interest, shared by the pages and the REST API. Messages are
 * i18n keys (`conflicts.error.…`), translated at the edge.
 */
import { z } from 'zod';

export const CONFLICT_SOURCES = [
	'declared',
	'team',
	'organisation',
	'email_domain',
	'holder',
	'partner'
] as const;
export type ConflictSource = (typeof CONFLICT_SOURCES)[number];

/** Sources a person sets by hand (the others are recomputed by `refreshAutomaticConflicts`). */
export const MANUAL_SOURCES = ['declared', 'team'] as const satisfies readonly ConflictSource[];

export const CONFLICT_SOURCE_LABEL_KEYS = {
	declared: 'conflicts.source.declared',
	team: 'conflicts.source.team',
	organisation: 'conflicts.source.organisation',
	email_domain: 'conflicts.source.email_domain',
	holder: 'conflicts.source.holder',
	partner: 'conflicts.source.partner'
} as const satisfies Record<ConflictSource, string>;

export const BID_LEVELS = ['eager', 'willing', 'rather_not'] as const;
export type BidLevel = (typeof BID_LEVELS)[number];

/** What a juror may answer for one application: a bid, or a conflict of interest. */
export const BID_CHOICES = [...BID_LEVELS, 'conflict'] as const;
export type BidChoice = (typeof BID_CHOICES)[number];

export const BID_LABEL_KEYS = {
	eager: 'conflicts.bid.eager',
	willing: 'conflicts.bid.willing',
	rather_not: 'conflicts.bid.rather_not',
	conflict: 'conflicts.bid.conflict'
} as const satisfies Record<BidChoice, string>;

export const REASON_MIN = 5;
export const REASON_MAX = 500;

const reason = z
	.string({ error: 'conflicts.error.reason' })
	.trim()
	.min(REASON_MIN, 'conflicts.error.reason')
	.max(REASON_MAX, 'conflicts.error.reason')
	.meta({ description: 'La raison du conflit d’intérêts (5 à 500 caractères).' });

const applicationId = z
	.uuid({ error: 'conflicts.error.application' })
	.meta({ description: 'La candidature (UUID), de cet appel.' });

export const conflictInput = z.object({
	juryMemberId: z.preprocess(
		(v) => (v === '' || v === null ? undefined : v),
		z
			.uuid({ error: 'conflicts.error.member' })
			.optional()
			.meta({
				description:
					'Le membre du jury (UUID) : requis quand l’équipe pose le conflit ; un juré qui déclare ' +
					'le sien l’omet.'
			})
	),
	applicationId,
	reason
});
export type ConflictInput = z.input<typeof conflictInput>;

export const bidInput = z
	.object({
		applicationId,
		level: z.enum(BID_CHOICES, { error: 'conflicts.error.level' }).meta({
			description:
				'`eager` (très envie), `willing` (volontiers), `rather_not` (plutôt pas) ou `conflict` ' +
				'(conflit d’intérêts : `reason` requise).'
		}),
		reason: z.preprocess(
			(v) => (v === null ? undefined : v),
			z
				.string()
				.optional()
				.meta({ description: 'Pour un conflit : sa raison (5 à 500 caractères).' })
		)
	})
	.superRefine((bid, ctx) => {
		if (bid.level !== 'conflict') return;
		const r = (bid.reason ?? '').trim();
		if (r.length < REASON_MIN || r.length > REASON_MAX) {
			ctx.addIssue({ code: 'custom', path: ['reason'], message: 'conflicts.error.reason' });
		}
	});
export type BidInput = z.input<typeof bidInput>;

export const bidsInput = z.object({
	bids: z.array(bidInput, { error: 'conflicts.error.bids' }).max(2000, 'conflicts.error.bids')
});
export type BidsInput = z.input<typeof bidsInput>;
