/** Steps several application use cases share: loading with the actor's access, checking answers. */
import type { Actor } from '../accounts/actor.ts';
import { isUser } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { Invalid, NotFound, type FieldErrors } from '../errors.ts';
import { translator, type Locale, type MessageKey } from '../../i18n/index.ts';
import { listTerms } from '../calls/listTerms.ts';
import {
	ANSWERS_FORM_ERROR,
	validateAnswers,
	type Answers,
	type AnswerProblem,
	type FormLists
} from '../calls/form/answers.ts';
import type { FormDefinition } from '../calls/form/definition.ts';
import { organisationInput, type Organisation } from './organisation.ts';
import type { ApplicationAccess, MemberRole } from './policy.ts';
import { findApplication, isUuid, memberRoleOf, type ApplicationContext } from './queries.ts';

/** The application and the actor's access to it; `NotFound` when there is no such application. */
export async function loadApplication(
	db: DbOrTx,
	actor: Actor,
	id: string
): Promise<{ app: ApplicationContext; access: ApplicationAccess }> {
	const app = isUuid(id) ? await findApplication(db, id) : null;
	if (!app) throw new NotFound();
	const memberRole = isUser(actor) ? await memberRoleOf(db, app.id, actor.userId) : null;
	return { app, access: accessOf(app, memberRole) };
}

/** What the policy needs to know of an application, for an actor of that membership. */
export function accessOf(
	app: ApplicationContext,
	memberRole: MemberRole | null
): ApplicationAccess {
	return {
		programmeId: app.programmeId,
		memberRole,
		status: app.status,
		regionCode: app.organisation?.regionCode ?? null,
		partnerId: app.partnerId
	};
}

/** The programme's lists, as answers name them (archived terms included: old answers keep them). */
export async function formListsOf(
	db: DbOrTx,
	actor: Actor,
	programmeId: string
): Promise<FormLists> {
	const terms = await listTerms(db, actor, programmeId);
	return { qvct_themes: terms.qvct_theme, typology: terms.typology };
}

export function localeOf(actor: Actor): Locale {
	return isUser(actor) ? actor.locale : 'fr';
}

/** A message key, or, when it has parameters, the sentence in the actor's language. */
function problemMessage(p: AnswerProblem, locale: Locale): string {
	return p.params ? translator(locale)(p.key as MessageKey, p.params) : p.key;
}

/**
 * The answers, checked against the form (answers to hidden or unknown questions dropped); throws
 * `Invalid` with one entry per faulty answer (`answers.<key>`).
 */
export function answerErrors(
	def: FormDefinition,
	raw: unknown,
	lists: FormLists,
	locale: Locale
): { answers: Answers; fields: FieldErrors } {
	const v = validateAnswers(def, raw, lists);
	const fields: FieldErrors = {};
	for (const [key, problems] of Object.entries(v.errors)) {
		fields[key === ANSWERS_FORM_ERROR ? 'answers' : `answers.${key}`] = problems.map((p) =>
			problemMessage(p, locale)
		);
	}
	return { answers: v.answers, fields };
}

/** The organisation profile, or its errors under `<prefix><field>`. */
export function organisationErrors(
	raw: unknown,
	prefix = ''
): { organisation: Organisation | null; fields: FieldErrors } {
	const parsed = organisationInput.safeParse(raw ?? {});
	if (parsed.success) return { organisation: parsed.data, fields: {} };
	const fields: FieldErrors = {};
	for (const issue of parsed.error.issues) {
		const key = prefix + (issue.path.map(String).join('.') || 'organisation');
		(fields[key] ??= []).push(issue.message);
	}
	return { organisation: null, fields };
}

export function throwIfFields(fields: FieldErrors, message = 'applications.error.invalid'): void {
	if (Object.keys(fields).length) throw new Invalid(message, fields);
}
