import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { applications, organisations } from '../db/schema.ts';
import type { OrganisationInput } from './organisation.ts';
import { assertMayEditAsHolder } from './policy.ts';
import {
	presentApplication,
	presentOrganisation,
	searchTextOf,
	type ApplicationView
} from './presenters.ts';
import { findApplication } from './queries.ts';
import { notDraftError } from './saveDraft.ts';
import { loadApplication, organisationErrors, throwIfFields } from './shared.ts';

/**
 * Saves the profile of a draft's organisation, by one of its holders: checked with
 * `organisationInput` (SIRET, postal code…), its region derived from the postal code.
 */
export async function saveOrganisation(
	svc: Services,
	actor: Actor,
	applicationId: string,
	/** An `OrganisationInput`, or the strings of the HTML form (`organisationFormInput`). */
	input: OrganisationInput | Record<string, unknown>
): Promise<ApplicationView> {
	const { app, access } = await loadApplication(svc.db, actor, applicationId);
	assertMayEditAsHolder(actor, access);
	const { organisation, fields } = organisationErrors(input);
	throwIfFields(fields);
	if (app.status !== 'draft') throw notDraftError();
	const values = {
		legalName: organisation!.legalName,
		type: organisation!.type,
		siret: organisation!.siret,
		headcountBand: organisation!.headcountBand,
		postalCode: organisation!.postalCode,
		regionCode: organisation!.region,
		website: organisation!.website
	};
	return svc.db.transaction(async (tx) => {
		let organisationId = app.organisationId;
		if (organisationId) {
			await tx
				.update(organisations)
				.set({ ...values, updatedAt: new Date() })
				.where(eq(organisations.id, organisationId));
		} else {
			[{ id: organisationId }] = await tx
				.insert(organisations)
				.values(values)
				.returning({ id: organisations.id });
		}
		await tx
			.update(applications)
			.set({
				organisationId,
				searchText: searchTextOf(app.form.definition, app.title, app.answers, values.legalName),
				updatedAt: new Date()
			})
			.where(eq(applications.id, app.id));
		const after = (await findApplication(tx, app.id))!;
		await audit(tx, actor, {
			action: 'application.organisation',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			before: app.organisation ? presentOrganisation(app.organisation) : null,
			after: presentOrganisation(after.organisation!)
		});
		return presentApplication(after, actor.locale);
	});
}
