/** The SQL of regional opinions, and what the outside world sees of them. */
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { partners, regionalOpinions, users } from '../db/schema.ts';
import type { Recommendation } from './opinionSchemas.ts';

export type RegionalOpinionView = {
	id: string;
	applicationId: string;
	partnerId: string;
	partnerName: string;
	recommendation: Recommendation;
	text: string;
	/** Who wrote it last (null once their account is gone). */
	authorName: string | null;
	createdAt: string;
	updatedAt: string;
};

type OpinionRow = {
	id: string;
	applicationId: string;
	partnerId: string;
	partnerName: string;
	recommendation: string;
	text: string;
	authorName: string | null;
	createdAt: Date;
	updatedAt: Date;
};

export function presentOpinion(r: OpinionRow): RegionalOpinionView {
	return {
		id: r.id,
		applicationId: r.applicationId,
		partnerId: r.partnerId,
		partnerName: r.partnerName,
		recommendation: r.recommendation as Recommendation,
		text: r.text,
		authorName: r.authorName,
		createdAt: r.createdAt.toISOString(),
		updatedAt: r.updatedAt.toISOString()
	};
}

/** The opinions on an application (only those of `partnerIds` when given), by partner name. */
export async function opinionsOn(
	db: DbOrTx,
	applicationId: string,
	partnerIds?: string[]
): Promise<RegionalOpinionView[]> {
	if (partnerIds && partnerIds.length === 0) return [];
	const conds: SQL[] = [eq(regionalOpinions.applicationId, applicationId)];
	if (partnerIds) conds.push(inArray(regionalOpinions.partnerId, partnerIds));
	const rows = await db
		.select({
			id: regionalOpinions.id,
			applicationId: regionalOpinions.applicationId,
			partnerId: regionalOpinions.partnerId,
			partnerName: partners.name,
			recommendation: regionalOpinions.recommendation,
			text: regionalOpinions.text,
			authorName: users.name,
			createdAt: regionalOpinions.createdAt,
			updatedAt: regionalOpinions.updatedAt
		})
		.from(regionalOpinions)
		.innerJoin(partners, eq(partners.id, regionalOpinions.partnerId))
		.leftJoin(users, eq(users.id, regionalOpinions.authorId))
		.where(and(...conds))
		.orderBy(asc(partners.name));
	return rows.map(presentOpinion);
}

/** The partners (id, name) among `ids` that belong to the programme and are not archived. */
export async function activePartnersAmong(
	db: DbOrTx,
	programmeId: string,
	ids: string[]
): Promise<{ id: string; name: string }[]> {
	if (ids.length === 0) return [];
	return db
		.select({ id: partners.id, name: partners.name })
		.from(partners)
		.where(
			and(
				inArray(partners.id, ids),
				eq(partners.programmeId, programmeId),
				isNull(partners.archivedAt)
			)
		)
		.orderBy(asc(partners.name));
}
