/**
 * What the holder's pages need beyond the use cases: the form an application answers (with its
 * options resolved) and the draft a person already has for a call. Read-only helpers.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { isUser, type Actor, type UserActor } from '../accounts/actor.ts';
import { applicationMembers, applications } from '../db/schema.ts';
import { listTerms } from '../calls/listTerms.ts';
import { presentForm, type PublicFormView } from '../calls/presenters.ts';
import type { FormDefinition } from '../calls/form/definition.ts';
import { assertMayReadApplication } from './policy.ts';
import { presentSummary, type ApplicationSummary } from './presenters.ts';
import { applicationPage, isUuid } from './queries.ts';
import { undisclosedDecisions } from './decisionNotice.ts';
import { loadApplication } from './shared.ts';

/**
 * The form version an application answers, with each question's options resolved (the
 * programme's lists, archived terms kept when the application names them), and its raw
 * definition (to read a posted HTML form with `answersFromForm`). `NotFound` for whoever may not
 * read the application.
 */
export async function applicationForm(
	db: DbOrTx,
	actor: Actor,
	applicationId: string
): Promise<{ form: PublicFormView; definition: FormDefinition }> {
	const { app, access } = await loadApplication(db, actor, applicationId);
	assertMayReadApplication(actor, access);
	const terms = await listTerms(db, actor, app.programmeId);
	const named = new Set(
		Object.values(app.answers).flatMap((v) => (Array.isArray(v) ? v : [v]).map(String))
	);
	const keep = (list: typeof terms.qvct_theme) =>
		list.map((t) => (t.archived && named.has(t.value) ? { ...t, archived: false } : t));
	return {
		form: presentForm(app.form, {
			qvct_theme: keep(terms.qvct_theme),
			typology: keep(terms.typology)
		}),
		definition: app.form.definition
	};
}

/** The id of the person's most recent draft for this call, or null. */
export async function myDraftFor(db: DbOrTx, actor: Actor, callId: string): Promise<string | null> {
	if (!isUser(actor) || !isUuid(callId)) return null;
	const [row] = await db
		.select({ id: applications.id })
		.from(applications)
		.innerJoin(applicationMembers, eq(applicationMembers.applicationId, applications.id))
		.where(
			and(
				eq(applications.callId, callId),
				eq(applications.status, 'draft'),
				eq(applicationMembers.userId, actor.userId)
			)
		)
		.orderBy(desc(applications.updatedAt))
		.limit(1);
	return row?.id ?? null;
}

/**
 * The applications the person holds (as owner or co-holder), newest first — whatever their team
 * roles: « Mes candidatures » lists only their own.
 */
export async function listMyApplications(
	db: DbOrTx,
	actor: UserActor,
	limit = 200
): Promise<ApplicationSummary[]> {
	const rows = await applicationPage(db, { teamOf: [], userId: actor.userId }, null, limit);
	// A jury decision reads « under review » until the team informs every applicant.
	const hidden = await undisclosedDecisions(db, rows);
	return rows.map((r) => presentSummary(hidden.has(r.id) ? { ...r, status: 'under_review' } : r));
}
