/**
 * Declared attribution: the applicant names the regional partner who helped them (or none). The
 * attribution lives on the application (`partner_id`, `sourcing`), so that later changes to the
 * organisation (its postal code, hence its region; its name) never change it. An attribution by a
 * partner's referral link is never replaced.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx } from '../db/client.ts';
import { applications, partners } from '../db/schema.ts';
import { Conflict, Invalid } from '../errors.ts';
import { assertMayEditAsHolder, assertMayReadApplication } from '../applications/policy.ts';
import {
	presentApplication,
	presentAttribution,
	type ApplicationView,
	type AttributionView
} from '../applications/presenters.ts';
import { findApplication } from '../applications/queries.ts';
import { parseInput } from '../applications/schemas.ts';
import { loadApplication } from '../applications/shared.ts';
import type { ApplicationStatus } from '../applications/status.ts';

/** The partner named, or null for « Aucun » (a form's empty choice means null too). */
export const declarePartnerInput = z.object({
	partnerId: z.preprocess(
		(v) => (v === '' ? null : v),
		z
			.uuid({ error: 'opinions.attribution.unknownPartner' })
			.nullable()
			.meta({ description: 'Le partenaire régional (UUID), ou null pour aucun.' })
	)
});
export type DeclarePartnerInput = z.input<typeof declarePartnerInput>;

/** The statuses in which the holders may still name (or change) their partner. */
const DECLARABLE: readonly ApplicationStatus[] = ['draft', 'submitted'];

export type PartnerChoice = { id: string; name: string; regionCodes: string[] };

/** The programme's partners an applicant may name (not archived), by name. */
export async function activePartnersOf(db: DbOrTx, programmeId: string): Promise<PartnerChoice[]> {
	return db
		.select({ id: partners.id, name: partners.name, regionCodes: partners.regionCodes })
		.from(partners)
		.where(and(eq(partners.programmeId, programmeId), isNull(partners.archivedAt)))
		.orderBy(asc(partners.name));
}

/**
 * One of the application's holders names the partner who helped them, or none (`partnerId`
 * null), while the application is a draft or just submitted. The partner must be an active
 * partner of the call's programme (`Invalid`, field `partnerId`). An application attributed by a
 * partner's referral link keeps that attribution (`Conflict`). Audited.
 */
export async function declarePartner(
	svc: Services,
	actor: Actor,
	input: { applicationId: string } & DeclarePartnerInput
): Promise<ApplicationView> {
	const { app, access } = await loadApplication(svc.db, actor, input.applicationId);
	assertMayEditAsHolder(actor, access);
	const { partnerId } = parseInput(declarePartnerInput, { partnerId: input.partnerId });
	if (!DECLARABLE.includes(app.status)) throw new Conflict('opinions.attribution.closed');
	if (app.sourcing === 'referral') throw new Conflict('opinions.attribution.referral');
	if (partnerId !== null) {
		const known = (await activePartnersOf(svc.db, app.programmeId)).some((p) => p.id === partnerId);
		if (!known) {
			throw new Invalid('opinions.attribution.unknownPartner', {
				partnerId: ['opinions.attribution.unknownPartner']
			});
		}
	}
	return svc.db.transaction(async (tx) => {
		const before = (await findApplication(tx, app.id))!;
		if (before.sourcing === 'referral') throw new Conflict('opinions.attribution.referral');
		if (!DECLARABLE.includes(before.status)) throw new Conflict('opinions.attribution.closed');
		if (before.partnerId === partnerId) return presentApplication(before, actor.locale);
		await tx
			.update(applications)
			.set({ partnerId, sourcing: partnerId ? 'declared' : null, referralId: null })
			.where(eq(applications.id, app.id));
		const after = (await findApplication(tx, app.id))!;
		await audit(tx, actor, {
			action: 'application.attribution',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			before: presentAttribution(before),
			after: presentAttribution(after)
		});
		return presentApplication(after, actor.locale);
	});
}

export type AttributionPanel = {
	attribution: AttributionView | null;
	/** The holders may name (or change) their partner now. */
	mayDeclare: boolean;
	/** The programme's partners to choose from (empty when the holders may not choose). */
	partners: PartnerChoice[];
};

/**
 * What the holder's page shows of the attribution: the current one and, when the holders may
 * change it, the partners to choose from. For whoever may read the application.
 */
export async function attributionPanel(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<AttributionPanel> {
	const { app, access } = await loadApplication(db, actor, applicationId);
	assertMayReadApplication(actor, access);
	const mayDeclare =
		access.memberRole !== null && DECLARABLE.includes(app.status) && app.sourcing !== 'referral';
	return {
		attribution: presentAttribution(app),
		mayDeclare,
		partners: mayDeclare ? await activePartnersOf(db, app.programmeId) : []
	};
}
