import { and, eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { applications } from '../db/schema.ts';
import { Conflict } from '../errors.ts';
import { assertMayEditAsHolder } from './policy.ts';
import {
	auditedApplication,
	presentApplication,
	searchTextOf,
	type ApplicationView
} from './presenters.ts';
import { findApplication, liveAttachments } from './queries.ts';
import { parseInput, saveDraftInput, type SaveDraftInput } from './schemas.ts';
import { answerErrors, formListsOf, loadApplication, throwIfFields } from './shared.ts';

export const staleRevisionError = () => new Conflict('applications.error.staleRevision');
export const notDraftError = () => new Conflict('applications.error.notDraft');

/**
 * Saves a draft's answers (and title), by one of its holders. The answers are checked against the
 * application's form version and the programme's lists; answers to hidden questions are dropped.
 * `revision`, when given, must be the stored one: otherwise someone saved in between, the save is
 * refused (`Conflict`) and nothing changes. Each save increments the revision.
 *
 * `merge`: the answers sent complete the stored ones (a key sent as null removes its answer), as
 * for the API's PATCH; without it they replace them (an HTML form sends every answer it shows).
 */
export async function saveDraft(
	svc: Services,
	actor: Actor,
	applicationId: string,
	input: SaveDraftInput,
	opts: { merge?: boolean } = {}
): Promise<ApplicationView> {
	const { app, access } = await loadApplication(svc.db, actor, applicationId);
	assertMayEditAsHolder(actor, access);
	const data = parseInput(saveDraftInput, input);
	if (app.status !== 'draft') throw notDraftError();
	if (data.revision !== undefined && data.revision !== app.revision) throw staleRevisionError();
	const raw = opts.merge ? { ...app.answers, ...data.answers } : data.answers;
	const lists = await formListsOf(svc.db, actor, app.programmeId);
	const checked = answerErrors(app.form.definition, raw, lists, actor.locale);
	const fields = checked.fields;
	// A file answer names attachments of this application, to that question.
	const files = await liveAttachments(svc.db, app.id);
	for (const [key, value] of Object.entries(checked.answers)) {
		if (!Array.isArray(value) || typeof value[0] !== 'object') continue;
		const ok = (value as { attachmentId: string }[]).every((f) =>
			files.some((a) => a.id === f.attachmentId && a.questionKey === key)
		);
		if (!ok) fields[`answers.${key}`] = ['formAnswer.invalidFile'];
	}
	throwIfFields(fields);
	const title = data.title ?? app.title;

	return svc.db.transaction(async (tx) => {
		const updated = await tx
			.update(applications)
			.set({
				answers: checked.answers,
				title,
				revision: app.revision + 1,
				searchText: searchTextOf(
					app.form.definition,
					title,
					checked.answers,
					app.organisation?.legalName ?? null
				),
				updatedAt: new Date()
			})
			.where(
				and(
					eq(applications.id, app.id),
					eq(applications.revision, app.revision),
					eq(applications.status, 'draft')
				)
			)
			.returning({ id: applications.id });
		if (updated.length === 0) {
			const now = await findApplication(tx, app.id);
			throw now && now.status !== 'draft' ? notDraftError() : staleRevisionError();
		}
		const after = (await findApplication(tx, app.id))!;
		await audit(tx, actor, {
			action: 'application.save',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			before: auditedApplication(app),
			after: auditedApplication(after)
		});
		return presentApplication(after, actor.locale);
	});
}
