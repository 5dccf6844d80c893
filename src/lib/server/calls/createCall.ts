import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { calls } from '../db/schema.ts';
import { Invalid, NotFound } from '../errors.ts';
import { findCycle, findProgramme } from '../programmes/queries.ts';
import { assertMayManageCalls } from './policy.ts';
import { auditedCall, presentCall, type CallView } from './presenters.ts';
import {
	callSlugTaken,
	ensureDefaultTerms,
	findCall,
	isUniqueViolation,
	isUuid
} from './queries.ts';
import { callInput, callSlug, parseCall, type CallInput } from './schemas.ts';

export const callSlugTakenError = () =>
	new Invalid('calls.error.slugTaken', { slug: ['calls.error.slugTaken'] });

export const unknownCycleError = () =>
	new Invalid('calls.error.cycle', { cycleId: ['calls.error.cycle'] });

/**
 * A new call for projects of one of the programme's cycles, as a draft, by the programme's team.
 * Its address (slug) comes from its title unless given. The programme gets its default lists
 * (QVCT themes, typology) if it had none.
 */
export async function createCall(
	svc: Services,
	actor: Actor,
	programmeId: string,
	input: CallInput
): Promise<CallView> {
	const programme = isUuid(programmeId) ? await findProgramme(svc.db, programmeId) : null;
	if (!programme) throw new NotFound();
	assertMayManageCalls(actor, programme.id);
	const data = parseCall(callInput, input);
	const slug = data.slug ?? callSlug(data.title);
	if (!slug) throw new Invalid('calls.error.slugEmpty', { slug: ['calls.error.slugEmpty'] });
	try {
		return await svc.db.transaction(async (tx) => {
			const cycle = await findCycle(tx, data.cycleId);
			if (!cycle || cycle.programmeId !== programme.id) throw unknownCycleError();
			if (await callSlugTaken(tx, programme.id, slug)) throw callSlugTakenError();
			const [{ id }] = await tx
				.insert(calls)
				.values({
					programmeId: programme.id,
					cycleId: cycle.id,
					slug,
					title: data.title,
					body: data.body,
					opensAt: data.opensAt ?? null,
					closesAt: data.closesAt ?? null,
					eligibleTypes: data.eligibleTypes,
					faq: data.faq,
					contactEmail: data.contactEmail,
					contactText: data.contactText,
					eligibilityRules: data.eligibilityRules
				})
				.returning({ id: calls.id });
			await ensureDefaultTerms(tx, programme.id, 'qvct_theme');
			await ensureDefaultTerms(tx, programme.id, 'typology');
			const view = presentCall((await findCall(tx, id))!);
			await audit(tx, actor, {
				action: 'call.create',
				entityType: 'call',
				entityId: id,
				programmeId: programme.id,
				after: auditedCall(view)
			});
			return view;
		});
	} catch (e) {
		if (isUniqueViolation(e, 'calls_programme_slug_key')) throw callSlugTakenError();
		throw e;
	}
}
