/** The SQL of the applications domain. */
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import {
	applicationCounters,
	applicationMembers,
	applicationTransitions,
	applications,
	attachments,
	calls,
	formVersions,
	organisations,
	partners,
	programmes,
	users
} from '../db/schema.ts';
import type { FormDefinition } from '../calls/form/definition.ts';
import type { MemberRole } from './policy.ts';
import type { ApplicationStatus } from './status.ts';
import { answerListContains, flaggedCondition } from './screening.ts';

export { isUuid } from '../programmes/queries.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

export type ApplicationRow = {
	id: string;
	callId: string;
	formVersionId: string;
	organisationId: string | null;
	reference: string;
	title: string;
	status: ApplicationStatus;
	answers: Record<string, unknown>;
	revision: number;
	flags: unknown;
	extensionUntil: Date | null;
	submittedAt: Date | null;
	withdrawnAt: Date | null;
	createdBy: string | null;
	/** The regional partner it is attributed to (see `sourcing`), if any. */
	partnerId: string | null;
	/** How the partner came to be attributed: its invitation link, or the applicant's say. */
	sourcing: Sourcing | null;
	/** The invitation (referral) it was started or attributed from. */
	referralId: string | null;
	createdAt: Date;
	updatedAt: Date;
};

export const SOURCINGS = ['referral', 'declared'] as const;
export type Sourcing = (typeof SOURCINGS)[number];

/** An application with what its use cases need: its call, its form version, its organisation. */
export type ApplicationContext = ApplicationRow & {
	programmeId: string;
	call: {
		id: string;
		title: string;
		status: 'draft' | 'published' | 'closed' | 'archived';
		opensAt: Date | null;
		closesAt: Date | null;
		eligibilityRules: unknown;
		juryReadsRegionalOpinions: boolean;
	};
	form: { number: number; definition: FormDefinition };
	organisation: OrganisationRow | null;
	/** The attributed partner's name (null without one). */
	partnerName: string | null;
};

export const applicationColumns = {
	id: applications.id,
	callId: applications.callId,
	formVersionId: applications.formVersionId,
	organisationId: applications.organisationId,
	reference: applications.reference,
	title: applications.title,
	status: applications.status,
	answers: applications.answers,
	revision: applications.revision,
	flags: applications.flags,
	extensionUntil: applications.extensionUntil,
	submittedAt: applications.submittedAt,
	withdrawnAt: applications.withdrawnAt,
	createdBy: applications.createdBy,
	partnerId: applications.partnerId,
	sourcing: applications.sourcing,
	referralId: applications.referralId,
	createdAt: applications.createdAt,
	updatedAt: applications.updatedAt
};

export async function findApplication(db: DbOrTx, id: string): Promise<ApplicationContext | null> {
	const [row] = await db
		.select({
			app: applicationColumns,
			programmeId: calls.programmeId,
			call: {
				id: calls.id,
				title: calls.title,
				status: calls.status,
				opensAt: calls.opensAt,
				closesAt: calls.closesAt,
				eligibilityRules: calls.eligibilityRules,
				juryReadsRegionalOpinions: calls.juryReadsRegionalOpinions
			},
			form: { number: formVersions.number, definition: formVersions.definition },
			organisation: organisations,
			partnerName: partners.name
		})
		.from(applications)
		.innerJoin(calls, eq(calls.id, applications.callId))
		.innerJoin(formVersions, eq(formVersions.id, applications.formVersionId))
		.leftJoin(organisations, eq(organisations.id, applications.organisationId))
		.leftJoin(partners, eq(partners.id, applications.partnerId))
		.where(eq(applications.id, id));
	if (!row) return null;
	return {
		...(row.app as ApplicationRow),
		answers: (row.app.answers ?? {}) as Record<string, unknown>,
		programmeId: row.programmeId,
		call: row.call,
		form: { number: row.form.number, definition: row.form.definition as FormDefinition },
		organisation: row.organisation,
		partnerName: row.partnerName
	};
}

export async function memberRoleOf(
	db: DbOrTx,
	applicationId: string,
	userId: string
): Promise<MemberRole | null> {
	const [row] = await db
		.select({ role: applicationMembers.role })
		.from(applicationMembers)
		.where(
			and(
				eq(applicationMembers.applicationId, applicationId),
				eq(applicationMembers.userId, userId)
			)
		);
	return (row?.role as MemberRole | undefined) ?? null;
}

export type MemberRow = {
	userId: string;
	role: MemberRole;
	email: string;
	name: string;
	locale: 'fr' | 'en';
};

/** The holders of an application, owner first. */
export async function membersOf(db: DbOrTx, applicationId: string): Promise<MemberRow[]> {
	const rows = await db
		.select({
			userId: applicationMembers.userId,
			role: applicationMembers.role,
			email: users.email,
			name: users.name,
			locale: users.locale
		})
		.from(applicationMembers)
		.innerJoin(users, eq(users.id, applicationMembers.userId))
		.where(eq(applicationMembers.applicationId, applicationId))
		.orderBy(desc(applicationMembers.role), applicationMembers.createdAt);
	return rows.map((r) => ({ ...r, role: r.role as MemberRole }));
}

export async function programmeName(db: DbOrTx, programmeId: string): Promise<string> {
	const [row] = await db
		.select({ name: programmes.name })
		.from(programmes)
		.where(eq(programmes.id, programmeId));
	return row?.name ?? '';
}

/** The next number of the prefix's sequence for the year: atomic under concurrency (upsert). */
export async function nextReferenceNumber(
	db: DbOrTx,
	prefix: string,
	year: number
): Promise<number> {
	const [row] = await db
		.insert(applicationCounters)
		.values({ prefix, year, last: 1 })
		.onConflictDoUpdate({
			target: [applicationCounters.prefix, applicationCounters.year],
			set: { last: sql`${applicationCounters.last} + 1` }
		})
		.returning({ last: applicationCounters.last });
	return row.last;
}

/** How many applications answer this form version (the form is then versioned on change). */
export async function countApplicationsOnVersion(
	db: DbOrTx,
	formVersionId: string
): Promise<number> {
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(applications)
		.where(eq(applications.formVersionId, formVersionId));
	return n;
}

export async function transitionsOf(db: DbOrTx, applicationId: string) {
	return db
		.select({
			fromStatus: applicationTransitions.fromStatus,
			toStatus: applicationTransitions.toStatus,
			reason: applicationTransitions.reason,
			actorId: applicationTransitions.actorId,
			actorName: users.name,
			at: applicationTransitions.at
		})
		.from(applicationTransitions)
		.leftJoin(users, eq(users.id, applicationTransitions.actorId))
		.where(eq(applicationTransitions.applicationId, applicationId))
		.orderBy(applicationTransitions.at, applicationTransitions.id);
}

export type AttachmentRow = typeof attachments.$inferSelect;

/** The attachments of an application that have not been removed. */
export async function liveAttachments(db: DbOrTx, applicationId: string): Promise<AttachmentRow[]> {
	return db
		.select()
		.from(attachments)
		.where(and(eq(attachments.applicationId, applicationId), isNull(attachments.deletedAt)))
		.orderBy(attachments.createdAt, attachments.id);
}

/**
 * What a regional partner's member reads (never drafts): the applications whose organisation is
 * in one of its regions (per programme; `programmeId` null: on every programme), and those
 * attributed to one of its partners.
 */
export type PartnerVisibility = {
	regions: { programmeId: string | null; regionCode: string }[];
	partnerIds: string[];
};

export type ApplicationFilter = {
	/** Programmes whose every application the actor sees (team); 'all' for the platform team. */
	teamOf: 'all' | string[];
	/** The actor, whose own applications they see. */
	userId: string;
	/** What the actor reads as a regional partner, if they are one. */
	partner?: PartnerVisibility;
	/** Only what the actor reads as a regional partner (not their own, not as team). */
	partnerOnly?: boolean;
	/** Only the applications attributed to one of these partners. */
	attributedTo?: string[];
	/** Only the applications of these programmes. */
	programmeIds?: string[];
	callId?: string;
	status?: ApplicationStatus;
	region?: string;
	type?: string;
	q?: string;
	typology?: string;
	theme?: string;
	flagged?: boolean;
};

export type ApplicationListRow = Omit<ApplicationRow, 'answers'> & {
	programmeId: string;
	callTitle: string;
	organisation: { legalName: string; type: string; regionCode: string | null } | null;
	partnerName: string | null;
};

/** The SQL condition of what a partner reads; undefined when it reads nothing. */
export function partnerCondition(p: PartnerVisibility | undefined): SQL | undefined {
	if (!p) return undefined;
	const byProgramme = new Map<string | null, string[]>();
	for (const r of p.regions) {
		const list = byProgramme.get(r.programmeId) ?? [];
		list.push(r.regionCode);
		byProgramme.set(r.programmeId, list);
	}
	const reads: SQL[] = [];
	for (const [programmeId, codes] of byProgramme) {
		const inRegions = inArray(organisations.regionCode, codes);
		reads.push(
			programmeId === null ? inRegions : and(eq(calls.programmeId, programmeId), inRegions)!
		);
	}
	if (p.partnerIds.length) reads.push(inArray(applications.partnerId, p.partnerIds));
	if (!reads.length) return undefined;
	return and(sql`${applications.status} <> 'draft'`, or(...reads));
}

/**
 * A page of the applications the actor may see, newest first (created_at, id), after the
 * application `after` (keyset pagination). French full-text search over `search_vector`.
 */
export async function applicationPage(
	db: DbOrTx,
	f: ApplicationFilter,
	afterId: string | null,
	limit: number
): Promise<ApplicationListRow[]> {
	const own = sql`exists (select 1 from ${applicationMembers} where ${applicationMembers.applicationId} = ${applications.id} and ${applicationMembers.userId} = ${f.userId})`;
	const asPartner = partnerCondition(f.partner);
	let visible: SQL | undefined;
	if (f.partnerOnly) visible = asPartner ?? sql`false`;
	else if (f.teamOf === 'all') visible = undefined;
	else {
		const reads = [own, asPartner];
		if (f.teamOf.length) reads.unshift(inArray(calls.programmeId, f.teamOf));
		visible = or(...reads);
	}
	const conds: (SQL | undefined)[] = [visible];
	if (f.programmeIds) {
		conds.push(f.programmeIds.length ? inArray(calls.programmeId, f.programmeIds) : sql`false`);
	}
	if (f.attributedTo) {
		conds.push(
			f.attributedTo.length ? inArray(applications.partnerId, f.attributedTo) : sql`false`
		);
	}
	if (f.callId) conds.push(eq(applications.callId, f.callId));
	if (f.status) conds.push(eq(applications.status, f.status));
	if (f.region) conds.push(eq(organisations.regionCode, f.region));
	if (f.type) conds.push(eq(organisations.type, f.type));
	if (f.q) {
		conds.push(sql`${applications.searchVector} @@ websearch_to_tsquery('french', ${f.q})`);
	}
	if (f.typology) conds.push(answerListContains('typology', f.typology, f.callId));
	if (f.theme) conds.push(answerListContains('qvct_themes', f.theme, f.callId));
	if (f.flagged !== undefined) conds.push(flaggedCondition(f.flagged));
	if (afterId) {
		// Compared in the database: timestamps keep their microseconds.
		conds.push(
			sql`(${applications.createdAt}, ${applications.id}) < (select a2.created_at, a2.id from ${applications} a2 where a2.id = ${afterId}::uuid)`
		);
	}
	// Lists never show the answers: not reading them keeps a page of 50 light.
	const { answers: _answers, ...listColumns } = applicationColumns;
	void _answers;
	const rows = await db
		.select({
			app: listColumns,
			programmeId: calls.programmeId,
			callTitle: calls.title,
			legalName: organisations.legalName,
			type: organisations.type,
			regionCode: organisations.regionCode,
			partnerName: partners.name
		})
		.from(applications)
		.innerJoin(calls, eq(calls.id, applications.callId))
		.leftJoin(organisations, eq(organisations.id, applications.organisationId))
		.leftJoin(partners, eq(partners.id, applications.partnerId))
		.where(and(...conds))
		.orderBy(desc(applications.createdAt), desc(applications.id))
		.limit(limit);
	return rows.map((r) => ({
		...(r.app as Omit<ApplicationRow, 'answers'>),
		programmeId: r.programmeId,
		callTitle: r.callTitle,
		organisation:
			r.legalName !== null && r.type !== null
				? { legalName: r.legalName, type: r.type, regionCode: r.regionCode }
				: null,
		partnerName: r.partnerName
	}));
}
