import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { applications } from '../db/schema.ts';
import { Conflict, Invalid } from '../errors.ts';
import { assertMayScreen } from './policy.ts';
import { presentApplication, type ApplicationView } from './presenters.ts';
import { findApplication } from './queries.ts';
import { extensionInput, parseInput, type ExtensionInput } from './schemas.ts';
import { loadApplication } from './shared.ts';
import { REASON_MAX_LENGTH } from './status.ts';

/**
 * The programme team lets one draft be submitted after the call's closing, until `until`. An
 * extension in the past is refused; a later grant replaces the earlier one.
 */
export async function grantExtension(
	svc: Services,
	actor: Actor,
	applicationId: string,
	input: ExtensionInput
): Promise<ApplicationView> {
	const { app, access } = await loadApplication(svc.db, actor, applicationId);
	assertMayScreen(actor, access);
	const { until, reason } = parseInput(extensionInput, input);
	if (until.getTime() <= Date.now()) {
		throw new Invalid('applications.error.extensionPast', {
			until: ['applications.error.extensionPast']
		});
	}
	if (app.status !== 'draft') throw new Conflict('applications.error.notDraft');
	return svc.db.transaction(async (tx) => {
		await tx
			.update(applications)
			.set({ extensionUntil: until, updatedAt: new Date() })
			.where(eq(applications.id, app.id));
		await audit(tx, actor, {
			action: 'application.extension',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			before: { extensionUntil: app.extensionUntil?.toISOString() ?? null },
			after: {
				extensionUntil: until.toISOString(),
				reason: reason?.trim().slice(0, REASON_MAX_LENGTH) || null
			}
		});
		return presentApplication((await findApplication(tx, app.id))!, actor.locale);
	});
}
