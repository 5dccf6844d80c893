/**
 * The SQL of prospects, their contact history and the referrals sent to them. A prospect row
 * comes with what its stage is read from: how many referrals it was sent, and the status of the
 * application linked to it.
 */
import { and, asc, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import {
	applications,
	calls,
	partners,
	prospectContacts,
	prospects,
	referrals,
	users
} from '../db/schema.ts';

const referralCount = sql<number>`(select count(*) from ${referrals} where ${referrals.prospectId} = ${prospects.id})`;
const lastReferralAt = sql<Date | null>`(select max(${referrals.createdAt}) from ${referrals} where ${referrals.prospectId} = ${prospects.id})`;

const prospectColumns = {
	id: prospects.id,
	partnerId: prospects.partnerId,
	partnerName: partners.name,
	programmeId: prospects.programmeId,
	callId: prospects.callId,
	callTitle: calls.title,
	organisationName: prospects.organisationName,
	contactName: prospects.contactName,
	email: prospects.email,
	phone: prospects.phone,
	notes: prospects.notes,
	channel: prospects.channel,
	regionCode: prospects.regionCode,
	applicantType: prospects.applicantType,
	firstContactOn: prospects.firstContactOn,
	nextStep: prospects.nextStep,
	nextStepOn: prospects.nextStepOn,
	applicationId: prospects.applicationId,
	applicationReference: applications.reference,
	applicationCallId: applications.callId,
	applicationTitle: applications.title,
	applicationStatus: applications.status,
	applicationSubmittedAt: applications.submittedAt,
	referralCount: referralCount.mapWith(Number),
	lastReferralAt: lastReferralAt.mapWith((v: unknown) =>
		v === null || v === undefined ? null : new Date(v as string)
	),
	createdBy: prospects.createdBy,
	archivedAt: prospects.archivedAt,
	createdAt: prospects.createdAt,
	updatedAt: prospects.updatedAt
};

export type ProspectRow = {
	id: string;
	partnerId: string;
	partnerName: string;
	programmeId: string;
	callId: string | null;
	callTitle: string | null;
	organisationName: string;
	contactName: string;
	email: string;
	phone: string;
	notes: string;
	channel: string;
	regionCode: string;
	applicantType: string | null;
	firstContactOn: string;
	nextStep: string;
	nextStepOn: string | null;
	applicationId: string | null;
	applicationReference: string | null;
	applicationCallId: string | null;
	applicationTitle: string | null;
	applicationStatus: string | null;
	applicationSubmittedAt: Date | null;
	referralCount: number;
	lastReferralAt: Date | null;
	createdBy: string | null;
	archivedAt: Date | null;
	createdAt: Date;
	updatedAt: Date;
};

function selectProspects(db: DbOrTx) {
	return db
		.select(prospectColumns)
		.from(prospects)
		.innerJoin(partners, eq(partners.id, prospects.partnerId))
		.leftJoin(calls, eq(calls.id, prospects.callId))
		.leftJoin(applications, eq(applications.id, prospects.applicationId));
}

export async function findProspect(db: DbOrTx, id: string): Promise<ProspectRow | null> {
	const [row] = await selectProspects(db).where(eq(prospects.id, id));
	return row ?? null;
}

export type ProspectFilter = {
	partnerId: string;
	callId?: string;
	/** Words searched in the organisation's and the contact person's names. */
	q?: string;
	/** true: the archived ones only; false: the others. */
	archived: boolean;
};

/** `%` and `_` typed by someone are letters, not wildcards. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A partner's prospects, the next step due first (those without one after), then by name. Lists
 * are a partner's own contacts: small enough to be read whole.
 */
export async function prospectsOf(db: DbOrTx, f: ProspectFilter): Promise<ProspectRow[]> {
	const conds: (SQL | undefined)[] = [
		eq(prospects.partnerId, f.partnerId),
		f.archived ? isNotNull(prospects.archivedAt) : isNull(prospects.archivedAt)
	];
	if (f.callId) conds.push(eq(prospects.callId, f.callId));
	for (const word of (f.q ?? '').split(/\s+/).filter(Boolean)) {
		const pattern = `%${likeEscape(word)}%`;
		conds.push(
			or(ilike(prospects.organisationName, pattern), ilike(prospects.contactName, pattern))
		);
	}
	return selectProspects(db)
		.where(and(...conds))
		.orderBy(
			sql`${prospects.nextStepOn} asc nulls last`,
			asc(prospects.organisationName),
			asc(prospects.id)
		);
}

export type ContactRow = {
	id: string;
	prospectId: string;
	on: string;
	channel: string;
	summary: string;
	authorId: string | null;
	authorName: string | null;
	authorEmail: string | null;
	createdAt: Date;
};

/** The history of contacts with a prospect, the latest first. */
export async function contactsOf(db: DbOrTx, prospectId: string): Promise<ContactRow[]> {
	return db
		.select({
			id: prospectContacts.id,
			prospectId: prospectContacts.prospectId,
			on: prospectContacts.on,
			channel: prospectContacts.channel,
			summary: prospectContacts.summary,
			authorId: prospectContacts.authorId,
			authorName: users.name,
			authorEmail: users.email,
			createdAt: prospectContacts.createdAt
		})
		.from(prospectContacts)
		.leftJoin(users, eq(users.id, prospectContacts.authorId))
		.where(eq(prospectContacts.prospectId, prospectId))
		.orderBy(desc(prospectContacts.on), desc(prospectContacts.createdAt));
}

export type ReferralRow = {
	id: string;
	prospectId: string;
	partnerId: string;
	callId: string;
	callTitle: string;
	email: string;
	message: string;
	expiresAt: Date;
	usedAt: Date | null;
	applicationId: string | null;
	applicationReference: string | null;
	sentBy: string | null;
	senderName: string | null;
	senderEmail: string | null;
	createdAt: Date;
};

/** The referrals sent to a prospect, the latest first. */
export async function referralsOf(db: DbOrTx, prospectId: string): Promise<ReferralRow[]> {
	return db
		.select({
			id: referrals.id,
			prospectId: referrals.prospectId,
			partnerId: referrals.partnerId,
			callId: referrals.callId,
			callTitle: calls.title,
			email: referrals.email,
			message: referrals.message,
			expiresAt: referrals.expiresAt,
			usedAt: referrals.usedAt,
			applicationId: referrals.applicationId,
			applicationReference: applications.reference,
			sentBy: referrals.sentBy,
			senderName: users.name,
			senderEmail: users.email,
			createdAt: referrals.createdAt
		})
		.from(referrals)
		.innerJoin(calls, eq(calls.id, referrals.callId))
		.leftJoin(users, eq(users.id, referrals.sentBy))
		.leftJoin(applications, eq(applications.id, referrals.applicationId))
		.where(eq(referrals.prospectId, prospectId))
		.orderBy(desc(referrals.createdAt), desc(referrals.id));
}
