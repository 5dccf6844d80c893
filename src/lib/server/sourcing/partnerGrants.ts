/**
 * A partner's members hold the regional-partner role through one `role_assignments` row per
 * region of the partner, naming the partner. These helpers change those rows inside the caller's
 * transaction and audit each row granted or revoked (as the user management does), so that a
 * person's roles always say why they hold them.
 */
import type { UserActor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { Tx } from '../db/client.ts';
import {
	deleteGrants,
	grantsOfPartner,
	insertPartnerGrants,
	type PartnerGrantRow
} from './partnerQueries.ts';

type PartnerRef = { id: string; programmeId: string };

function snapshot(g: PartnerGrantRow) {
	return {
		userId: g.userId,
		role: g.role,
		programmeId: g.programmeId,
		regionCode: g.regionCode,
		partnerId: g.partnerId
	};
}

async function auditGranted(tx: Tx, actor: UserActor, rows: PartnerGrantRow[]): Promise<void> {
	for (const g of rows) {
		await audit(tx, actor, {
			action: 'role.granted',
			entityType: 'role_assignment',
			entityId: g.id,
			programmeId: g.programmeId,
			before: null,
			after: snapshot(g)
		});
	}
}

async function revoke(tx: Tx, actor: UserActor, rows: PartnerGrantRow[]): Promise<void> {
	await deleteGrants(
		tx,
		rows.map((g) => g.id)
	);
	for (const g of rows) {
		await audit(tx, actor, {
			action: 'role.revoked',
			entityType: 'role_assignment',
			entityId: g.id,
			programmeId: g.programmeId,
			before: snapshot(g),
			after: null
		});
	}
}

/** The people who are members of the partner (holding at least one of its grants). */
export async function memberIdsOf(tx: Tx, partnerId: string): Promise<string[]> {
	return [...new Set((await grantsOfPartner(tx, partnerId)).map((g) => g.userId))];
}

/** Gives a person the partner's grants, one per region. */
export async function grantMember(
	tx: Tx,
	actor: UserActor,
	partner: PartnerRef,
	userId: string,
	regionCodes: readonly string[]
): Promise<PartnerGrantRow[]> {
	const rows = await insertPartnerGrants(
		tx,
		regionCodes.map((regionCode) => ({
			userId,
			programmeId: partner.programmeId,
			regionCode,
			partnerId: partner.id
		}))
	);
	await auditGranted(tx, actor, rows);
	return rows;
}

/** Takes every grant of the partner from a person (or from everyone); returns those taken. */
export async function revokeMembers(
	tx: Tx,
	actor: UserActor,
	partner: PartnerRef,
	userId?: string
): Promise<PartnerGrantRow[]> {
	const rows = (await grantsOfPartner(tx, partner.id)).filter(
		(g) => userId === undefined || g.userId === userId
	);
	await revoke(tx, actor, rows);
	return rows;
}

/**
 * Brings the members' grants in step with the partner's regions: the rows of regions the partner
 * left go, each member gets a row for each region it joined.
 */
export async function syncMemberGrants(
	tx: Tx,
	actor: UserActor,
	partner: PartnerRef,
	regionCodes: readonly string[]
): Promise<{ granted: number; revoked: number }> {
	const grants = await grantsOfPartner(tx, partner.id);
	const wanted = new Set(regionCodes);
	const stale = grants.filter((g) => !g.regionCode || !wanted.has(g.regionCode));
	await revoke(tx, actor, stale);
	const members = [...new Set(grants.map((g) => g.userId))];
	const missing = members.flatMap((userId) =>
		regionCodes
			.filter((code) => !grants.some((g) => g.userId === userId && g.regionCode === code))
			.map((regionCode) => ({
				userId,
				programmeId: partner.programmeId,
				regionCode,
				partnerId: partner.id
			}))
	);
	const inserted = await insertPartnerGrants(tx, missing);
	await auditGranted(tx, actor, inserted);
	return { granted: inserted.length, revoked: stale.length };
}
