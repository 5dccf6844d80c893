import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { applicationMembers, applications, organisations } from '../db/schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { Conflict, NotFound, type FieldErrors } from '../errors.ts';
import { assertMayReadCall } from '../calls/policy.ts';
import { availability } from '../calls/presenters.ts';
import { currentFormVersion, findCall, isUuid } from '../calls/queries.ts';
import { assertMayApply } from './policy.ts';
import {
	auditedApplication,
	formatReference,
	parisYear,
	presentApplication,
	referencePrefix,
	searchTextOf,
	type ApplicationView
} from './presenters.ts';
import { findApplication, nextReferenceNumber, programmeName, type Sourcing } from './queries.ts';
import { parseInput, startInput, type StartInput } from './schemas.ts';
import { answerErrors, formListsOf, organisationErrors, throwIfFields } from './shared.ts';

/**
 * The regional partner a new draft is attributed to (see `sourcing/referralLink.ts`). The caller
 * has checked that the partner belongs to the call's programme.
 */
export type StartAttribution = {
	partnerId: string;
	sourcing: Sourcing;
	referralId: string | null;
	/**
	 * Runs in the draft's transaction once the draft exists (e.g. marks the referral used and
	 * audits it); whatever it throws cancels the start.
	 */
	within?: (tx: DbOrTx, applicationId: string) => Promise<void>;
};

/**
 * A new draft application to a published call that is open now, on the call's current form
 * version, with the caller as its owner. It may come with the organisation's profile and first
 * answers (checked like a draft save), and with its attribution to a regional partner. Its
 * reference (`TN-2026-0042`) is given at once.
 */
export async function startApplication(
	svc: Services,
	actor: Actor,
	callId: string,
	input: StartInput = {},
	attribution?: StartAttribution
): Promise<ApplicationView> {
	assertMayApply(actor);
	const call = isUuid(callId) ? await findCall(svc.db, callId) : null;
	if (!call) throw new NotFound();
	assertMayReadCall(actor, call);
	if (availability(call) !== 'open') throw new Conflict('applications.error.callNotOpen');
	const form = await currentFormVersion(svc.db, call.id);
	if (!form) throw new Conflict('applications.error.callNotOpen');
	const data = parseInput(startInput, input);
	const fields: FieldErrors = {};
	let organisation = null;
	if (data.organisation !== undefined) {
		const o = organisationErrors(data.organisation, 'organisation.');
		Object.assign(fields, o.fields);
		organisation = o.organisation;
	}
	const lists = await formListsOf(svc.db, actor, call.programmeId);
	const checked = answerErrors(form.definition, data.answers ?? {}, lists, actor.locale);
	Object.assign(fields, checked.fields);
	throwIfFields(fields);
	const title = data.title ?? '';
	const prefix = referencePrefix(await programmeName(svc.db, call.programmeId));

	return svc.db.transaction(async (tx) => {
		const now = new Date();
		const year = parisYear(now);
		const reference = formatReference(prefix, year, await nextReferenceNumber(tx, prefix, year));
		let organisationId: string | null = null;
		if (organisation) {
			const [row] = await tx
				.insert(organisations)
				.values({
					legalName: organisation.legalName,
					type: organisation.type,
					siret: organisation.siret,
					headcountBand: organisation.headcountBand,
					postalCode: organisation.postalCode,
					regionCode: organisation.region,
					website: organisation.website
				})
				.returning({ id: organisations.id });
			organisationId = row.id;
		}
		const [{ id }] = await tx
			.insert(applications)
			.values({
				callId: call.id,
				formVersionId: form.id,
				organisationId,
				reference,
				title,
				answers: checked.answers,
				searchText: searchTextOf(
					form.definition,
					title,
					checked.answers,
					organisation?.legalName ?? null
				),
				createdBy: actor.userId,
				partnerId: attribution?.partnerId ?? null,
				sourcing: attribution?.sourcing ?? null,
				referralId: attribution?.referralId ?? null
			})
			.returning({ id: applications.id });
		await tx
			.insert(applicationMembers)
			.values({ applicationId: id, userId: actor.userId, role: 'owner' });
		const app = (await findApplication(tx, id))!;
		await audit(tx, actor, {
			action: 'application.start',
			entityType: 'application',
			entityId: id,
			programmeId: call.programmeId,
			after: {
				reference,
				callId: call.id,
				...auditedApplication(app),
				organisation,
				...(attribution
					? {
							attribution: {
								partnerId: attribution.partnerId,
								sourcing: attribution.sourcing,
								referralId: attribution.referralId
							}
						}
					: {})
			}
		});
		if (attribution?.within) await attribution.within(tx, id);
		return presentApplication(app, actor.locale);
	});
}
