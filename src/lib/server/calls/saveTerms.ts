import { and, eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { programmeTerms } from '../db/schema.ts';
import { Invalid, NotFound, type FieldErrors } from '../errors.ts';
import { findProgramme } from '../programmes/queries.ts';
import { assertMayManageCalls } from './policy.ts';
import { presentTerm, type TermView } from './presenters.ts';
import { ensureDefaultTerms, isUuid, termsOf } from './queries.ts';
import { parseInput, termKey, termsInput, type TermKind, type TermsInput } from './schemas.ts';

/**
 * Replaces one of a programme's lists (QVCT themes or typology), in the given order, by its team.
 * A new term's key comes from its French label; a term left out of the list is archived, never
 * deleted, since answers may name it.
 */
export async function saveTerms(
	svc: Services,
	actor: Actor,
	programmeId: string,
	kind: TermKind,
	input: TermsInput
): Promise<TermView[]> {
	const programme = isUuid(programmeId) ? await findProgramme(svc.db, programmeId) : null;
	if (!programme) throw new NotFound();
	assertMayManageCalls(actor, programme.id);
	const data = parseInput(termsInput, input);
	const terms = data.terms.map((t) => ({ ...t, value: t.value ?? termKey(t.labelFr) }));
	const fields: FieldErrors = {};
	const seen = new Set<string>();
	terms.forEach((t, i) => {
		if (seen.has(t.value)) fields[`terms.${i}.labelFr`] = ['calls.error.termDuplicate'];
		seen.add(t.value);
	});
	if (Object.keys(fields).length) throw new Invalid('calls.error.termDuplicate', fields);
	return svc.db.transaction(async (tx) => {
		await ensureDefaultTerms(tx, programme.id, kind);
		const before = (await termsOf(tx, programme.id, kind)).map(presentTerm);
		const listed = new Set(terms.map((t) => t.value));
		for (const [position, t] of terms.entries()) {
			await tx
				.insert(programmeTerms)
				.values({
					programmeId: programme.id,
					kind,
					value: t.value,
					labelFr: t.labelFr,
					labelEn: t.labelEn,
					position,
					archived: t.archived
				})
				.onConflictDoUpdate({
					target: [programmeTerms.programmeId, programmeTerms.kind, programmeTerms.value],
					set: { labelFr: t.labelFr, labelEn: t.labelEn, position, archived: t.archived }
				});
		}
		let position = terms.length;
		for (const old of before) {
			if (listed.has(old.value)) continue;
			await tx
				.update(programmeTerms)
				.set({ archived: true, position: position++ })
				.where(
					and(
						eq(programmeTerms.programmeId, programme.id),
						eq(programmeTerms.kind, kind),
						eq(programmeTerms.value, old.value)
					)
				);
		}
		const after = (await termsOf(tx, programme.id, kind)).map(presentTerm);
		if (JSON.stringify(after) !== JSON.stringify(before)) {
			await audit(tx, actor, {
				action: 'terms.update',
				entityType: 'programme_terms',
				entityId: `${programme.id}:${kind}`,
				programmeId: programme.id,
				before,
				after
			});
		}
		return after;
	});
}
