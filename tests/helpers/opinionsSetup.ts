/**
 * Regional partners, their members and referral links as test rows (no use case, no audit): the
 * tests of attribution, referral links and regional opinions set them up directly.
 */
import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '#lib/server/db/client.ts';
import { partners, prospects, referrals, roleAssignments } from '#lib/server/db/schema.ts';
import { hashSecret, newSecret } from '#lib/server/accounts/tokens.ts';
import type { UserActor } from '#lib/server/accounts/actor.ts';
import { actorFor, createUser } from './factories.ts';

const unique = () => randomBytes(3).toString('hex');

export type TestPartner = typeof partners.$inferSelect;

export async function insertPartner(
	db: DbOrTx,
	programmeId: string,
	input: { name?: string; regionCodes: string[]; archived?: boolean }
): Promise<TestPartner> {
	const [row] = await db
		.insert(partners)
		.values({
			programmeId,
			name: input.name ?? `Aract ${unique()}`,
			regionCodes: input.regionCodes,
			archivedAt: input.archived ? new Date() : null
		})
		.returning();
	return row;
}

/** Makes the user a member of the partner: one regional-partner grant per region of the partner. */
export async function addMember(db: DbOrTx, userId: string, partner: TestPartner): Promise<void> {
	for (const regionCode of partner.regionCodes) {
		await db.insert(roleAssignments).values({
			userId,
			programmeId: partner.programmeId,
			role: 'regional_partner',
			regionCode,
			partnerId: partner.id
		});
	}
}

/** A new person, member of these partners, as the actor a use case sees. */
export async function createMember(db: DbOrTx, ...memberOf: TestPartner[]): Promise<UserActor> {
	const user = await createUser(db, { name: `Chargée de mission ${unique()}` });
	for (const p of memberOf) await addMember(db, user.id, p);
	return actorFor(db, user.id);
}

/** A prospect of the partner and a referral link to the call; the token as the e-mail carries it. */
export async function insertReferral(
	db: DbOrTx,
	partner: TestPartner,
	callId: string,
	input: { email?: string; expiresAt?: Date } = {}
) {
	const [prospect] = await db
		.insert(prospects)
		.values({
			partnerId: partner.id,
			programmeId: partner.programmeId,
			callId,
			organisationName: `Structure ${unique()}`,
			email: input.email ?? `contact-${unique()}@exemple.fr`,
			channel: 'meeting',
			regionCode: partner.regionCodes[0] ?? '53',
			firstContactOn: '2026-03-02'
		})
		.returning();
	const token = newSecret();
	const [referral] = await db
		.insert(referrals)
		.values({
			prospectId: prospect.id,
			partnerId: partner.id,
			callId,
			email: prospect.email,
			tokenHash: hashSecret(token),
			expiresAt: input.expiresAt ?? new Date(Date.now() + 30 * 86_400_000)
		})
		.returning();
	return { token, referral, prospect };
}
