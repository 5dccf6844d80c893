import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import {
	applicationMembers,
	applications,
	formVersions,
	organisations,
	users
} from '../db/schema.ts';
import {
	allQuestions,
	answeredTerms,
	type FormDefinition,
	type Localized
} from '../calls/form/definition.ts';
import { screeningFilterTerms } from '../applications/screening.ts';
import { assertJuryMember } from './policy.ts';
import {
	BIDDABLE_STATUSES,
	bidsOf,
	conflictedApplicationIds,
	conflictsOf,
	juryCall
} from './conflictQueries.ts';
import type { BidLevel } from './conflictSchemas.ts';

/** How much of a summary the bidding page shows. */
export const SUMMARY_MAX = 600;

export type BiddableApplication = {
	id: string;
	reference: string;
	title: string;
	summary: string;
	themes: { value: string; label: Localized }[];
	typology: { value: string; label: Localized }[];
	/** Null when the call's review is blind. */
	organisation: string | null;
	/** Null when the call's review is blind. */
	holders: string[] | null;
	bid: BidLevel | null;
};

export type Biddable = {
	call: { id: string; title: string; blindReview: boolean };
	juryMemberId: string;
	applications: BiddableApplication[];
	/** The QVCT themes of the listed applications (the page's filter). */
	themes: { value: string; label: Localized }[];
	/** Over every listed application, whatever the filter. */
	counts: { done: number; toDo: number };
	/** The member's own declarations (to withdraw one). */
	declared: {
		id: string;
		applicationReference: string;
		applicationTitle: string;
		reason: string;
	}[];
};

/** The summary answer: the `resume` long text if the form has one, else its first long text. */
export function summaryOf(def: FormDefinition, answers: Record<string, unknown>): string {
	const longs = allQuestions(def)
		.map((q) => q.question)
		.filter((q) => q.kind === 'long_text');
	const chosen = longs.find((q) => q.key === 'resume') ?? longs.find((q) => answers[q.key]);
	const text = chosen ? answers[chosen.key] : '';
	const s = typeof text === 'string' ? text.trim() : '';
	return s.length > SUMMARY_MAX ? `${s.slice(0, SUMMARY_MAX - 1).trimEnd()}…` : s;
}

/**
 * What a jury member browses before the assignment: the call's eligible and under-review
 * applications they are not in conflict with (whatever the source), with their title, reference,
 * summary, QVCT themes and typology, and their own bid; the organisation and the holders only when
 * the review is not blind. Filter by one QVCT theme (`theme`); the counts are over all. Anyone
 * not on the call's jury (accepted, not removed): `NotFound`.
 */
export async function listBiddable(
	db: DbOrTx,
	actor: Actor,
	callId: string,
	filter: { theme?: string | null } = {}
): Promise<Biddable> {
	const call = await juryCall(db, callId);
	const member = await assertJuryMember(db, actor, call.id);
	const conflicted = await conflictedApplicationIds(db, member.id);

	const rows = (
		await db
			.select({
				id: applications.id,
				reference: applications.reference,
				title: applications.title,
				answers: applications.answers,
				definition: formVersions.definition,
				organisation: organisations.legalName
			})
			.from(applications)
			.innerJoin(formVersions, eq(formVersions.id, applications.formVersionId))
			.leftJoin(organisations, eq(organisations.id, applications.organisationId))
			.where(
				and(eq(applications.callId, call.id), inArray(applications.status, [...BIDDABLE_STATUSES]))
			)
			.orderBy(asc(applications.reference))
	).filter((r) => !conflicted.has(r.id));

	const holderRows =
		!call.blindReview && rows.length
			? await db
					.select({
						applicationId: applicationMembers.applicationId,
						name: users.name,
						role: applicationMembers.role
					})
					.from(applicationMembers)
					.innerJoin(users, eq(users.id, applicationMembers.userId))
					.where(
						inArray(
							applicationMembers.applicationId,
							rows.map((r) => r.id)
						)
					)
					.orderBy(asc(applicationMembers.createdAt))
			: [];
	const terms = await screeningFilterTerms(db, call.programmeId);
	const label = (list: { value: string; label: Localized }[], value: string) => ({
		value,
		label: list.find((t) => t.value === value)?.label ?? { fr: value, en: value }
	});
	const bids = new Map(
		(await bidsOf(db, call.id, member.id)).map((b) => [b.applicationId, b.level])
	);

	const all: BiddableApplication[] = rows.map((r) => {
		const def = r.definition as FormDefinition;
		const answers = (r.answers ?? {}) as Record<string, unknown>;
		return {
			id: r.id,
			reference: r.reference,
			title: r.title,
			summary: summaryOf(def, answers),
			themes: answeredTerms(def, answers, 'qvct_themes').map((v) => label(terms.qvct_theme, v)),
			typology: answeredTerms(def, answers, 'typology').map((v) => label(terms.typology, v)),
			organisation: call.blindReview ? null : (r.organisation ?? ''),
			holders: call.blindReview
				? null
				: holderRows.filter((h) => h.applicationId === r.id).map((h) => h.name),
			bid: bids.get(r.id) ?? null
		};
	});
	const themes = new Map<string, { value: string; label: Localized }>();
	for (const a of all) for (const t of a.themes) themes.set(t.value, t);
	const done = all.filter((a) => a.bid !== null).length;
	const declared = (await conflictsOf(db, call.id, { juryMemberId: member.id }))
		.filter((c) => c.source === 'declared')
		.map((c) => ({
			id: c.id,
			applicationReference: c.applicationReference,
			applicationTitle: c.applicationTitle,
			reason: c.reason
		}));
	return {
		call: { id: call.id, title: call.title, blindReview: call.blindReview },
		juryMemberId: member.id,
		applications: filter.theme
			? all.filter((a) => a.themes.some((t) => t.value === filter.theme))
			: all,
		themes: [...themes.values()].sort((a, b) => a.label.fr.localeCompare(b.label.fr, 'fr')),
		counts: { done, toDo: all.length - done },
		declared
	};
}
