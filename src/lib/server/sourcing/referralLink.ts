/**
 * The referral link (`/candidater/<token>`): a regional partner's invitation to apply to a call.
 * Opening it only looks (`previewReferral`: mail scanners follow links); the person, logged in,
 * then starts their application from it (`startReferredApplication`), which attributes the
 * application to the partner and links the referral and its prospect to it. Links are stored as
 * the SHA-256 of their token (`hashSecret`, as co-holder invitations).
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Services } from '../app.ts';
import { isUser, type Actor, type UserActor } from '../accounts/actor.ts';
import { hashSecret } from '../accounts/tokens.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx } from '../db/client.ts';
import {
	applicationMembers,
	applications,
	calls,
	partners,
	prospects,
	referrals
} from '../db/schema.ts';
import { Conflict, Invalid } from '../errors.ts';
import { availability } from '../calls/presenters.ts';
import { assertMayApply } from '../applications/policy.ts';
import { parseInput } from '../applications/schemas.ts';
import { findApplication, memberRoleOf } from '../applications/queries.ts';
import { presentApplication, type ApplicationView } from '../applications/presenters.ts';
import { startApplication } from '../applications/startApplication.ts';

/** `POST /referrals/accept` and the landing page's form. */
export const referralAcceptInput = z.object({
	token: z
		.string({ error: 'opinions.referral.unknown' })
		.trim()
		.min(1, 'opinions.referral.unknown')
		.meta({ description: 'Le jeton du lien d’invitation (`/candidater/<token>`).' })
});
export type ReferralAcceptInput = z.input<typeof referralAcceptInput>;

type ReferralRow = {
	id: string;
	prospectId: string;
	partnerId: string;
	partnerName: string;
	programmeId: string;
	callId: string;
	callTitle: string;
	callStatus: 'draft' | 'published' | 'closed' | 'archived';
	opensAt: Date | null;
	closesAt: Date | null;
	expiresAt: Date;
	usedAt: Date | null;
	applicationId: string | null;
};

const plausibleToken = (token: unknown): token is string =>
	typeof token === 'string' && token.length >= 10 && token.length <= 200;

/** The referral a token stands for (used or not), with its partner and call. */
async function findReferral(db: DbOrTx, token: string): Promise<ReferralRow | null> {
	if (!plausibleToken(token)) return null;
	const [row] = await db
		.select({
			id: referrals.id,
			prospectId: referrals.prospectId,
			partnerId: referrals.partnerId,
			partnerName: partners.name,
			programmeId: calls.programmeId,
			callId: calls.id,
			callTitle: calls.title,
			callStatus: calls.status,
			opensAt: calls.opensAt,
			closesAt: calls.closesAt,
			expiresAt: referrals.expiresAt,
			usedAt: referrals.usedAt,
			applicationId: referrals.applicationId
		})
		.from(referrals)
		.innerJoin(partners, eq(partners.id, referrals.partnerId))
		.innerJoin(calls, eq(calls.id, referrals.callId))
		.where(eq(referrals.tokenHash, hashSecret(token)));
	return row ?? null;
}

/** The person's most recent draft on the call, with its attribution. */
async function draftOf(db: DbOrTx, userId: string, callId: string) {
	const [row] = await db
		.select({
			id: applications.id,
			partnerId: applications.partnerId,
			sourcing: applications.sourcing
		})
		.from(applications)
		.innerJoin(applicationMembers, eq(applicationMembers.applicationId, applications.id))
		.where(
			and(
				eq(applications.callId, callId),
				eq(applications.status, 'draft'),
				eq(applicationMembers.userId, userId)
			)
		)
		.orderBy(desc(applications.updatedAt))
		.limit(1);
	return row ?? null;
}

/** Attributed to another partner through that partner's own link: never replaced. */
const keptByOtherReferral = (
	draft: { partnerId: string | null; sourcing: string | null },
	partnerId: string
) => draft.sourcing === 'referral' && draft.partnerId !== null && draft.partnerId !== partnerId;

export type ReferralPreview =
	/** Usable: starting (or attributing `draftId`, the person's draft on the call) is possible. */
	| {
			state: 'valid';
			partnerName: string;
			call: { id: string; title: string; closesAt: string | null };
			/** The logged-in person's draft on that call, which the link would attribute. */
			draftId: string | null;
			/** That draft is already attributed to another partner by its link: it stays so. */
			draftKeptBy: string | null;
	  }
	/** Already used by the logged-in person: their application. */
	| { state: 'yours'; applicationId: string; partnerName: string }
	| { state: 'expired'; partnerName: string; expiredAt: string }
	| { state: 'closed'; partnerName: string; call: { title: string; closesAt: string | null } }
	/** Used by someone else: nothing more is said. */
	| { state: 'used' }
	| { state: 'unknown' };

/**
 * What a referral link leads to, for whoever opens it (logged in or not), without changing
 * anything: the same checks as `startReferredApplication`.
 */
export async function previewReferral(
	db: DbOrTx,
	actor: Actor,
	token: string
): Promise<ReferralPreview> {
	const r = await findReferral(db, token);
	if (!r) return { state: 'unknown' };
	if (r.usedAt) {
		if (
			isUser(actor) &&
			r.applicationId &&
			(await memberRoleOf(db, r.applicationId, actor.userId)) !== null
		) {
			return { state: 'yours', applicationId: r.applicationId, partnerName: r.partnerName };
		}
		return { state: 'used' };
	}
	if (r.expiresAt.getTime() <= Date.now()) {
		return { state: 'expired', partnerName: r.partnerName, expiredAt: r.expiresAt.toISOString() };
	}
	const closesAt = r.closesAt ? r.closesAt.toISOString() : null;
	if (availability({ status: r.callStatus, opensAt: r.opensAt, closesAt: r.closesAt }) !== 'open') {
		return { state: 'closed', partnerName: r.partnerName, call: { title: r.callTitle, closesAt } };
	}
	const draft = isUser(actor) ? await draftOf(db, actor.userId, r.callId) : null;
	let draftKeptBy: string | null = null;
	if (draft && keptByOtherReferral(draft, r.partnerId)) {
		draftKeptBy = (await findApplication(db, draft.id))?.partnerName ?? '';
	}
	return {
		state: 'valid',
		partnerName: r.partnerName,
		call: { id: r.callId, title: r.callTitle, closesAt },
		draftId: draft?.id ?? null,
		draftKeptBy
	};
}

export type ReferredApplication = {
	applicationId: string;
	application: ApplicationView;
	/**
	 * `started`: a new draft, attributed; `attributed`: the person's draft on the call, now
	 * attributed; `kept`: that draft was already attributed to another partner by its link, and
	 * nothing changed; `already`: the person had already used this link, nothing changed.
	 */
	outcome: 'started' | 'attributed' | 'kept' | 'already';
};

const refusal = (key: string) => new Invalid(key, { token: [key] });

/**
 * Marks the referral used by the application, links its prospect to the application, and audits
 * it; inside the caller's transaction. Someone else using the link at the same moment makes it
 * throw (and the caller's transaction roll back).
 */
async function useReferral(
	tx: DbOrTx,
	actor: UserActor,
	r: ReferralRow,
	applicationId: string,
	outcome: 'started' | 'attributed'
): Promise<void> {
	const now = new Date();
	const used = await tx
		.update(referrals)
		.set({ usedAt: now, applicationId })
		.where(and(eq(referrals.id, r.id), isNull(referrals.usedAt)))
		.returning({ id: referrals.id });
	if (used.length === 0) throw refusal('opinions.referral.used');
	await tx
		.update(prospects)
		.set({ applicationId, updatedAt: now })
		.where(eq(prospects.id, r.prospectId));
	await audit(tx, actor, {
		action: 'referral.use',
		entityType: 'referral',
		entityId: r.id,
		programmeId: r.programmeId,
		after: { applicationId, partnerId: r.partnerId, prospectId: r.prospectId, outcome }
	});
}

/**
 * The logged-in person applies through a partner's referral link: a valid, unexpired, unused link
 * to a call open now starts their draft, attributed to the partner (`sourcing` 'referral'); if
 * they already have a draft on that call, that draft is attributed instead (unless another
 * partner's link already attributed it: it then stays as it is). The referral is marked used by
 * the application and its prospect linked to it, in the same transaction, audited. A link that is
 * unknown, expired or used by someone else is refused (`Invalid`, field `token`), and so is a
 * closed call (`Conflict`); nothing changes then.
 */
export async function startReferredApplication(
	svc: Services,
	actor: Actor,
	input: ReferralAcceptInput
): Promise<ReferredApplication> {
	assertMayApply(actor);
	const { token } = parseInput(referralAcceptInput, input);
	const r = await findReferral(svc.db, token);
	if (!r) throw refusal('opinions.referral.unknown');
	const result = async (applicationId: string, outcome: ReferredApplication['outcome']) => ({
		applicationId,
		application: presentApplication((await findApplication(svc.db, applicationId))!, actor.locale),
		outcome
	});
	if (r.usedAt) {
		if (r.applicationId && (await memberRoleOf(svc.db, r.applicationId, actor.userId)) !== null) {
			return result(r.applicationId, 'already');
		}
		throw refusal('opinions.referral.used');
	}
	if (r.expiresAt.getTime() <= Date.now()) throw refusal('opinions.referral.expired');
	if (availability({ status: r.callStatus, opensAt: r.opensAt, closesAt: r.closesAt }) !== 'open') {
		throw new Conflict('opinions.referral.closed');
	}

	const draft = await draftOf(svc.db, actor.userId, r.callId);
	if (draft) {
		if (keptByOtherReferral(draft, r.partnerId)) return result(draft.id, 'kept');
		await svc.db.transaction(async (tx) => {
			const before = await findApplication(tx, draft.id);
			// Submitted, or attributed by another partner's link, in between: left as it is.
			if (!before || before.status !== 'draft' || keptByOtherReferral(before, r.partnerId)) {
				throw new Conflict('opinions.referral.draftChanged');
			}
			await tx
				.update(applications)
				.set({ partnerId: r.partnerId, sourcing: 'referral', referralId: r.id })
				.where(eq(applications.id, draft.id));
			await audit(tx, actor, {
				action: 'application.attribution',
				entityType: 'application',
				entityId: draft.id,
				programmeId: r.programmeId,
				before: {
					partnerId: before.partnerId,
					sourcing: before.sourcing,
					referralId: before.referralId
				},
				after: { partnerId: r.partnerId, sourcing: 'referral', referralId: r.id }
			});
			await useReferral(tx, actor, r, draft.id, 'attributed');
		});
		return result(draft.id, 'attributed');
	}

	const view = await startApplication(
		svc,
		actor,
		r.callId,
		{},
		{
			partnerId: r.partnerId,
			sourcing: 'referral',
			referralId: r.id,
			within: (tx, applicationId) => useReferral(tx, actor, r, applicationId, 'started')
		}
	);
	return { applicationId: view.id, application: view, outcome: 'started' };
}
