import { eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { programmes } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import { slugTakenError } from './createProgramme.ts';
import { checkLogo } from './logo.ts';
import { assertMayManageProgramme } from './policy.ts';
import { presentProgramme, type ProgrammeView } from './presenters.ts';
import { findProgramme, isUniqueViolation, isUuid, slugTaken } from './queries.ts';
import { parseInput, programmeUpdate, validateBoth, type ProgrammeUpdate } from './schemas.ts';

/**
 * Changes a programme's details, by its team. Absent fields stay as they are. `files.logo` replaces
 * the logo; `null` removes it. The address (slug) changes only when one is given.
 */
export async function updateProgramme(
	svc: Services,
	actor: Actor,
	programmeId: string,
	input: ProgrammeUpdate,
	files: { logo?: Uint8Array | null } = {}
): Promise<ProgrammeView> {
	const existing = isUuid(programmeId) ? await findProgramme(svc.db, programmeId) : null;
	if (!existing) throw new NotFound();
	assertMayManageProgramme(actor, existing.id);
	const [data, logo] = validateBoth(
		() => parseInput(programmeUpdate, input),
		() => (files.logo ? checkLogo(files.logo) : files.logo === null ? null : undefined)
	);
	try {
		return await svc.db.transaction(async (tx) => {
			const current = await findProgramme(tx, existing.id);
			if (!current) throw new NotFound();
			const [{ logoMime }] = await tx
				.select({ logoMime: programmes.logoMime })
				.from(programmes)
				.where(eq(programmes.id, current.id));
			const changes: Partial<typeof programmes.$inferInsert> = {};
			if (data.name !== undefined && data.name !== current.name) changes.name = data.name;
			if (data.operators !== undefined && data.operators !== current.operators) {
				changes.operators = data.operators;
			}
			if (data.description !== undefined && data.description !== current.description) {
				changes.description = data.description;
			}
			if (data.slug !== undefined && data.slug !== current.slug) {
				if (await slugTaken(tx, data.slug, current.id)) throw slugTakenError();
				changes.slug = data.slug;
			}
			if (logo) {
				changes.logo = logo.bytes;
				changes.logoMime = logo.mime;
			} else if (logo === null && current.hasLogo) {
				changes.logo = null;
				changes.logoMime = null;
			}
			const before = presentProgramme(current);
			if (Object.keys(changes).length === 0) return before;
			await tx
				.update(programmes)
				.set({ ...changes, updatedAt: new Date() })
				.where(eq(programmes.id, current.id));
			const after = presentProgramme((await findProgramme(tx, current.id))!);
			await audit(tx, actor, {
				action: 'programme.update',
				entityType: 'programme',
				entityId: current.id,
				programmeId: current.id,
				before: { ...before, logoMime },
				after: { ...after, logoMime: logo ? logo.mime : logo === null ? null : logoMime }
			});
			return after;
		});
	} catch (e) {
		if (isUniqueViolation(e)) throw slugTakenError();
		throw e;
	}
}
