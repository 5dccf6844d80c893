/**
 * What the jury use cases share: loading a call for its team, the input schemas of the review
 * settings and of jury members (shared by the forms and the REST API), and the presenters.
 */
import { z } from 'zod';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor, UserActor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { calls, juryMembers, users } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import { parseInstant } from '../programmes/schemas.ts';
import { isUuid } from '../users/schemas.ts';
import { assertMayManageJury, mayReadJury } from './policy.ts';
import { readGrid, type Grid } from './grid.ts';

export type JuryCall = {
	id: string;
	programmeId: string;
	title: string;
	opensAt: Date | null;
	closesAt: Date | null;
	grid: Grid;
	settings: ReviewSettings;
};

export type ReviewSettings = {
	reviewsPerApplication: number;
	blindReview: boolean;
	reviewsHiddenUntilSubmitted: boolean;
	reviewDeadline: Date | null;
	shortlistTarget: number;
};

export type ReviewSettingsView = Omit<ReviewSettings, 'reviewDeadline'> & {
	reviewDeadline: string | null;
};

export async function findJuryCall(db: DbOrTx, callId: string): Promise<JuryCall | null> {
	if (!isUuid(callId)) return null;
	const [row] = await db.select().from(calls).where(eq(calls.id, callId));
	if (!row) return null;
	return {
		id: row.id,
		programmeId: row.programmeId,
		title: row.title,
		opensAt: row.opensAt,
		closesAt: row.closesAt,
		grid: readGrid(row.evaluationGrid),
		settings: {
			reviewsPerApplication: row.reviewsPerApplication,
			blindReview: row.blindReview,
			reviewsHiddenUntilSubmitted: row.reviewsHiddenUntilSubmitted,
			reviewDeadline: row.reviewDeadline,
			shortlistTarget: row.shortlistTarget
		}
	};
}

/** The call, for its programme's team managing the jury (`NotFound` for anyone else). */
export async function loadCallForManagement(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<{ call: JuryCall; actor: UserActor }> {
	const call = await findJuryCall(db, callId);
	if (!call) throw new NotFound();
	assertMayManageJury(actor, call.programmeId);
	return { call, actor };
}

/** The call, for its programme's team reading the jury's setup (`NotFound` for anyone else). */
export async function loadCallForReading(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<JuryCall> {
	const call = await findJuryCall(db, callId);
	if (!call || !mayReadJury(actor, call.programmeId)) throw new NotFound();
	return call;
}

export function presentSettings(s: ReviewSettings): ReviewSettingsView {
	return { ...s, reviewDeadline: s.reviewDeadline ? s.reviewDeadline.toISOString() : null };
}

// Review settings.

const optionalInstant = z
	.union([z.date(), z.string(), z.null()], { error: 'jury.settings.error.deadline' })
	.transform((v, ctx): Date | null => {
		if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
		const d = v instanceof Date ? (Number.isNaN(v.getTime()) ? null : v) : parseInstant(v);
		if (d) return d;
		ctx.addIssue({ code: 'custom', message: 'jury.settings.error.deadline' });
		return z.NEVER;
	});

export const reviewSettingsInput = z.object({
	reviewsPerApplication: z.coerce
		.number({ error: 'jury.settings.error.reviewsPerApplication' })
		.int('jury.settings.error.reviewsPerApplication')
		.min(1, 'jury.settings.error.reviewsPerApplication')
		.max(10, 'jury.settings.error.reviewsPerApplication')
		.optional(),
	blindReview: z.boolean({ error: 'jury.settings.error.boolean' }).optional(),
	reviewsHiddenUntilSubmitted: z.boolean({ error: 'jury.settings.error.boolean' }).optional(),
	reviewDeadline: optionalInstant.optional().meta({
		description:
			'Date limite des évaluations : ISO 8601 avec décalage, ou heure de Paris `AAAA-MM-JJTHH:MM` ; `null` pour aucune.'
	}),
	shortlistTarget: z.coerce
		.number({ error: 'jury.settings.error.shortlistTarget' })
		.int('jury.settings.error.shortlistTarget')
		.min(1, 'jury.settings.error.shortlistTarget')
		.max(500, 'jury.settings.error.shortlistTarget')
		.optional()
});
export type ReviewSettingsInput = z.input<typeof reviewSettingsInput>;

/** The review settings form's fields (checkboxes absent when unticked). */
export function reviewSettingsFormInput(form: FormData): ReviewSettingsInput {
	const str = (k: string) => String(form.get(k) ?? '');
	return {
		reviewsPerApplication: str('reviewsPerApplication') as unknown as number,
		blindReview: form.get('blindReview') === 'on',
		reviewsHiddenUntilSubmitted: form.get('reviewsHiddenUntilSubmitted') === 'on',
		reviewDeadline: str('reviewDeadline'),
		shortlistTarget: str('shortlistTarget') as unknown as number
	};
}

// Jury members.

export const EXPERTISE_PREFIXES = ['theme', 'typology', 'skill'] as const;
export const MAX_LOAD = 200;

const expertiseTag = z
	.string({ error: 'jury.member.error.expertise' })
	.trim()
	.regex(/^(theme|typology|skill):\S.{0,79}$/u, 'jury.member.error.expertise');

const loads = {
	expertise: z
		.array(expertiseTag, { error: 'jury.member.error.expertise' })
		.max(40, 'jury.member.error.expertise')
		.transform((tags) => [...new Set(tags)]),
	minReviews: z.coerce
		.number({ error: 'jury.member.error.minReviews' })
		.int('jury.member.error.minReviews')
		.min(0, 'jury.member.error.minReviews')
		.max(MAX_LOAD, 'jury.member.error.minReviews'),
	maxReviews: z.coerce
		.number({ error: 'jury.member.error.maxReviews' })
		.int('jury.member.error.maxReviews')
		.min(1, 'jury.member.error.maxReviews')
		.max(MAX_LOAD, 'jury.member.error.maxReviews')
};

const loadOrder = <T extends { minReviews: number; maxReviews: number }>(
	v: T,
	ctx: z.RefinementCtx
) => {
	if (v.minReviews > v.maxReviews) {
		ctx.addIssue({ code: 'custom', message: 'jury.member.error.loadOrder', path: ['minReviews'] });
	}
};

const emailList = z
	.union([z.string(), z.array(z.string())], { error: 'jury.member.error.emails' })
	.transform((v, ctx) => {
		const list = (Array.isArray(v) ? v : v.split(/[\s,;]+/))
			.map((e) => e.trim().toLowerCase())
			.filter(Boolean);
		const bad = list.filter((e) => !z.email().safeParse(e).success);
		if (list.length === 0 || list.length > 50) {
			ctx.addIssue({ code: 'custom', message: 'jury.member.error.emails' });
			return z.NEVER;
		}
		if (bad.length) {
			ctx.addIssue({ code: 'custom', message: 'jury.member.error.emailInvalid' });
			return z.NEVER;
		}
		return [...new Set(list)];
	})
	.meta({
		description:
			'Une ou plusieurs adresses (tableau, ou texte séparé par des virgules, espaces ou retours à la ligne).'
	});

export const juryInviteInput = z
	.object({
		emails: emailList,
		expertise: loads.expertise.default([]),
		minReviews: loads.minReviews.default(0),
		maxReviews: loads.maxReviews.default(12)
	})
	.superRefine(loadOrder);
export type JuryInviteInput = z.input<typeof juryInviteInput>;

export const juryMemberUpdateInput = z
	.object({
		expertise: loads.expertise,
		minReviews: loads.minReviews,
		maxReviews: loads.maxReviews
	})
	.superRefine(loadOrder);
export type JuryMemberUpdateInput = z.input<typeof juryMemberUpdateInput>;

/**
 * Expertise from a form: the ticked themes and typology terms (`expertise`, repeated) and the
 * free skills typed one per line or separated by commas (`skills`).
 */
export function expertiseFromForm(form: FormData): string[] {
	const ticked = form.getAll('expertise').map(String);
	const skills = String(form.get('skills') ?? '')
		.split(/[\n,;]+/)
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => `skill:${s}`);
	return [...ticked, ...skills];
}

export type JuryMemberState = 'invited' | 'accepted' | 'removed';

export type JuryMemberView = {
	id: string;
	email: string;
	/** The account's name once accepted. */
	name: string | null;
	state: JuryMemberState;
	expertise: string[];
	minReviews: number;
	maxReviews: number;
	invitedAt: string;
	acceptedAt: string | null;
	removedAt: string | null;
};

export type JuryMemberRow = typeof juryMembers.$inferSelect & { name: string | null };

export function memberState(m: { acceptedAt: Date | null; removedAt: Date | null }) {
	return m.removedAt ? 'removed' : m.acceptedAt ? 'accepted' : 'invited';
}

export function presentMember(m: JuryMemberRow): JuryMemberView {
	return {
		id: m.id,
		email: m.email,
		name: m.acceptedAt ? m.name : null,
		state: memberState(m),
		expertise: m.expertise,
		minReviews: m.minReviews,
		maxReviews: m.maxReviews,
		invitedAt: m.invitedAt.toISOString(),
		acceptedAt: m.acceptedAt ? m.acceptedAt.toISOString() : null,
		removedAt: m.removedAt ? m.removedAt.toISOString() : null
	};
}

/** What the audit log keeps of a member (never the token's hash). */
export function auditedMember(m: typeof juryMembers.$inferSelect) {
	return {
		callId: m.callId,
		email: m.email,
		userId: m.userId,
		state: memberState(m),
		expertise: m.expertise,
		minReviews: m.minReviews,
		maxReviews: m.maxReviews
	};
}

/** A call's members with their account's name, removed ones last, then in invitation order. */
export async function membersOfCall(db: DbOrTx, callId: string): Promise<JuryMemberRow[]> {
	return db
		.select({ ...allMemberColumns, name: users.name })
		.from(juryMembers)
		.leftJoin(users, eq(users.id, juryMembers.userId))
		.where(eq(juryMembers.callId, callId))
		.orderBy(
			sql`${juryMembers.removedAt} is not null`,
			asc(juryMembers.invitedAt),
			asc(juryMembers.email)
		);
}

const allMemberColumns = {
	id: juryMembers.id,
	callId: juryMembers.callId,
	email: juryMembers.email,
	userId: juryMembers.userId,
	tokenHash: juryMembers.tokenHash,
	invitedAt: juryMembers.invitedAt,
	acceptedAt: juryMembers.acceptedAt,
	expertise: juryMembers.expertise,
	minReviews: juryMembers.minReviews,
	maxReviews: juryMembers.maxReviews,
	removedAt: juryMembers.removedAt,
	createdAt: juryMembers.createdAt,
	updatedAt: juryMembers.updatedAt
};

export async function findMember(
	db: DbOrTx,
	callId: string,
	memberId: string
): Promise<typeof juryMembers.$inferSelect | null> {
	if (!isUuid(memberId)) return null;
	const [row] = await db
		.select()
		.from(juryMembers)
		.where(and(eq(juryMembers.callId, callId), eq(juryMembers.id, memberId)));
	return row ?? null;
}

export async function activeMemberCount(db: DbOrTx, callId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(juryMembers)
		.where(and(eq(juryMembers.callId, callId), isNull(juryMembers.removedAt)));
	return Number(row?.n ?? 0);
}
