import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { NotFound } from '../errors.ts';
import { listTerms } from './listTerms.ts';
import { assertMayReadCall } from './policy.ts';
import { presentForm, type FormVersionView, type PublicFormView } from './presenters.ts';
import { currentFormVersion, findCall, isUuid } from './queries.ts';

/**
 * The current version of a call's form, as stored (`version`) and as applicants see it, its
 * options resolved from the programme's lists (`form`); both null while the call has no form.
 * Readable by whoever may read the call.
 */
export async function getCurrentForm(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<{ version: FormVersionView | null; form: PublicFormView | null }> {
	const call = isUuid(callId) ? await findCall(db, callId) : null;
	if (!call) throw new NotFound();
	assertMayReadCall(actor, call);
	const row = await currentFormVersion(db, call.id);
	if (!row) return { version: null, form: null };
	const terms = await listTerms(db, actor, call.programmeId);
	return {
		version: {
			callId: row.callId,
			number: row.number,
			definition: row.definition,
			createdAt: row.createdAt.toISOString()
		},
		form: presentForm(row, terms)
	};
}
