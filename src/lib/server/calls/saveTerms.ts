import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
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

/** A label as a name: the same words whatever the case, accents and punctuation. */
const nameOf = (label: string) =>
	label
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/**
 * Two terms of a list may not share a key, nor two live terms a name. Read from the input as sent
 * (a term that cannot be read is left to the schema), each duplicate under its second occurrence.
 */
function duplicateFields(terms: readonly unknown[]): FieldErrors {
	const fields: FieldErrors = {};
	const keys = new Set<string>();
	const names = new Set<string>();
	terms.forEach((raw, i) => {
		const t = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
		const label = typeof t.labelFr === 'string' ? t.labelFr.trim() : '';
		if (!label) return;
		const key = typeof t.value === 'string' && t.value.trim() ? t.value.trim() : termKey(label);
		const live = t.archived !== true;
		if (keys.has(key) || (live && names.has(nameOf(label)))) {
			fields[`terms.${i}.labelFr`] = ['calls.error.termDuplicate'];
		}
		keys.add(key);
		if (live) names.add(nameOf(label));
	});
	return fields;
}

/**
 * A list as sent, checked: the schema, then duplicates, told together with the other errors (a
 * form or an API client sees them all in one go). Throws `Invalid` with `terms.<i>.<field>` keys.
 */
export function parseTerms(input: unknown): z.output<typeof termsInput> {
	const raw = (input && typeof input === 'object' ? input : {}) as { terms?: unknown };
	const duplicates = duplicateFields(Array.isArray(raw.terms) ? raw.terms : []);
	let data: z.output<typeof termsInput>;
	try {
		data = parseInput(termsInput, input);
	} catch (e) {
		if (!(e instanceof Invalid)) throw e;
		throw new Invalid(e.message, { ...duplicates, ...e.fields });
	}
	if (Object.keys(duplicates).length) throw new Invalid('calls.error.termDuplicate', duplicates);
	return data;
}

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
	const data = parseTerms(input);
	const terms = data.terms.map((t) => ({ ...t, value: t.value ?? termKey(t.labelFr) }));
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
