/**
 * The SQL of regional partners: the partners of a programme, their members (the people holding
 * `regional_partner` grants that name the partner, one row per region of the partner) and the
 * calls a prospect or a referral can be about.
 */
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { calls, partners, programmes, roleAssignments, users } from '../db/schema.ts';

export { isUuid, isUniqueViolation } from '../programmes/queries.ts';

export type PartnerRow = typeof partners.$inferSelect;
export type PartnerWithProgramme = PartnerRow & { programmeName: string };

const partnerColumns = {
	id: partners.id,
	programmeId: partners.programmeId,
	name: partners.name,
	regionCodes: partners.regionCodes,
	contactEmail: partners.contactEmail,
	archivedAt: partners.archivedAt,
	createdAt: partners.createdAt,
	updatedAt: partners.updatedAt,
	programmeName: programmes.name
};

export async function findPartner(db: DbOrTx, id: string): Promise<PartnerWithProgramme | null> {
	const [row] = await db
		.select(partnerColumns)
		.from(partners)
		.innerJoin(programmes, eq(programmes.id, partners.programmeId))
		.where(eq(partners.id, id));
	return row ?? null;
}

/** A programme's partners, the live ones first, by name. */
export async function partnersOfProgramme(
	db: DbOrTx,
	programmeId: string
): Promise<PartnerWithProgramme[]> {
	return db
		.select(partnerColumns)
		.from(partners)
		.innerJoin(programmes, eq(programmes.id, partners.programmeId))
		.where(eq(partners.programmeId, programmeId))
		.orderBy(sql`${partners.archivedAt} is not null`, asc(partners.name));
}

export async function partnersByIds(db: DbOrTx, ids: string[]): Promise<PartnerWithProgramme[]> {
	if (!ids.length) return [];
	return db
		.select(partnerColumns)
		.from(partners)
		.innerJoin(programmes, eq(programmes.id, partners.programmeId))
		.where(inArray(partners.id, ids))
		.orderBy(asc(programmes.name), asc(partners.name));
}

export async function partnerNameTaken(
	db: DbOrTx,
	programmeId: string,
	name: string,
	exceptId?: string
): Promise<boolean> {
	const [row] = await db
		.select({ id: partners.id })
		.from(partners)
		.where(
			and(
				eq(partners.programmeId, programmeId),
				sql`lower(${partners.name}) = ${name.toLowerCase()}`,
				exceptId ? sql`${partners.id} <> ${exceptId}` : undefined
			)
		);
	return Boolean(row);
}

export type MemberRow = {
	partnerId: string;
	userId: string;
	email: string;
	name: string;
	disabled: boolean;
	/** The regions the person's grants from this partner name. */
	regionCodes: string[];
	since: Date;
};

/** The members of these partners, by partner then name. */
export async function membersOfPartners(db: DbOrTx, partnerIds: string[]): Promise<MemberRow[]> {
	if (!partnerIds.length) return [];
	const rows = await db
		.select({
			partnerId: roleAssignments.partnerId,
			userId: users.id,
			email: users.email,
			name: users.name,
			disabledAt: users.disabledAt,
			regionCode: roleAssignments.regionCode,
			createdAt: roleAssignments.createdAt
		})
		.from(roleAssignments)
		.innerJoin(users, eq(users.id, roleAssignments.userId))
		.where(
			and(
				inArray(roleAssignments.partnerId, partnerIds),
				eq(roleAssignments.role, 'regional_partner')
			)
		)
		.orderBy(asc(users.name), asc(users.email), asc(roleAssignments.regionCode));
	const byKey = new Map<string, MemberRow>();
	for (const r of rows) {
		const key = `${r.partnerId}:${r.userId}`;
		let m = byKey.get(key);
		if (!m) {
			m = {
				partnerId: r.partnerId!,
				userId: r.userId,
				email: r.email,
				name: r.name,
				disabled: r.disabledAt !== null,
				regionCodes: [],
				since: r.createdAt
			};
			byKey.set(key, m);
		}
		if (r.regionCode && !m.regionCodes.includes(r.regionCode)) m.regionCodes.push(r.regionCode);
		if (r.createdAt < m.since) m.since = r.createdAt;
	}
	return [...byKey.values()];
}

export type PartnerGrantRow = typeof roleAssignments.$inferSelect;

/** Every grant a partner gives (one row per member and region). */
export async function grantsOfPartner(db: DbOrTx, partnerId: string): Promise<PartnerGrantRow[]> {
	return db
		.select()
		.from(roleAssignments)
		.where(
			and(eq(roleAssignments.partnerId, partnerId), eq(roleAssignments.role, 'regional_partner'))
		)
		.orderBy(asc(roleAssignments.userId), asc(roleAssignments.regionCode));
}

/** Inserts the grants; returns those that did not exist yet. */
export async function insertPartnerGrants(
	db: DbOrTx,
	values: { userId: string; programmeId: string; regionCode: string; partnerId: string }[]
): Promise<PartnerGrantRow[]> {
	if (!values.length) return [];
	return db
		.insert(roleAssignments)
		.values(values.map((v) => ({ ...v, role: 'regional_partner' as const })))
		.onConflictDoNothing()
		.returning();
}

export async function deleteGrants(db: DbOrTx, ids: string[]): Promise<void> {
	if (!ids.length) return;
	await db.delete(roleAssignments).where(inArray(roleAssignments.id, ids));
}

export type PartnerCallRow = {
	id: string;
	programmeId: string;
	title: string;
	status: 'draft' | 'published' | 'closed' | 'archived';
	opensAt: Date | null;
	closesAt: Date | null;
};

const callColumns = {
	id: calls.id,
	programmeId: calls.programmeId,
	title: calls.title,
	status: calls.status,
	opensAt: calls.opensAt,
	closesAt: calls.closesAt
};

export async function findProgrammeCall(db: DbOrTx, id: string): Promise<PartnerCallRow | null> {
	const [row] = await db.select(callColumns).from(calls).where(eq(calls.id, id));
	return row ?? null;
}

/**
 * The programme's call open to applications at `now` (published, opened, not closed), the
 * soonest to close first; null when none is.
 */
export async function findOpenCall(
	db: DbOrTx,
	programmeId: string,
	now: Date
): Promise<PartnerCallRow | null> {
	const [row] = await db
		.select(callColumns)
		.from(calls)
		.where(
			and(
				eq(calls.programmeId, programmeId),
				eq(calls.status, 'published'),
				or(isNull(calls.opensAt), lte(calls.opensAt, now)),
				or(isNull(calls.closesAt), gt(calls.closesAt, now))
			)
		)
		.orderBy(sql`${calls.closesAt} asc nulls last`, desc(calls.createdAt))
		.limit(1);
	return row ?? null;
}

/** The programme's calls a prospect can be sourced for (drafts and archived ones left out). */
export async function callsOfProgramme(db: DbOrTx, programmeId: string): Promise<PartnerCallRow[]> {
	return db
		.select(callColumns)
		.from(calls)
		.where(and(eq(calls.programmeId, programmeId), inArray(calls.status, ['published', 'closed'])))
		.orderBy(desc(calls.opensAt), asc(calls.title));
}

/** Is the call taking applications at `now`? */
export function callIsOpen(call: PartnerCallRow, now: Date): boolean {
	return (
		call.status === 'published' &&
		(!call.opensAt || call.opensAt.getTime() <= now.getTime()) &&
		(!call.closesAt || now.getTime() < call.closesAt.getTime())
	);
}
