/**
 * The roles a person holds, in words: which role, on which programme (or all), in which region.
 */
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { programmes, roleAssignments } from '../db/schema.ts';
import { regionName } from '../../regions.ts';
import type { Role, UserActor } from './actor.ts';

export type MyRole = {
	role: Role;
	programme: { name: string; slug: string } | null;
	region: { code: string; name: string } | null;
};

export async function listMyRoles(db: DbOrTx, actor: UserActor): Promise<MyRole[]> {
	const rows = await db
		.select({
			role: roleAssignments.role,
			regionCode: roleAssignments.regionCode,
			programmeName: programmes.name,
			programmeSlug: programmes.slug
		})
		.from(roleAssignments)
		.leftJoin(programmes, eq(programmes.id, roleAssignments.programmeId))
		.where(eq(roleAssignments.userId, actor.userId))
		.orderBy(asc(programmes.name), asc(roleAssignments.role));
	return rows.map((r) => ({
		role: r.role,
		programme:
			r.programmeName && r.programmeSlug ? { name: r.programmeName, slug: r.programmeSlug } : null,
		region: r.regionCode
			? { code: r.regionCode, name: regionName(r.regionCode) ?? r.regionCode }
			: null
	}));
}
