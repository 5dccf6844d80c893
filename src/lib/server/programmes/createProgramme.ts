import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { programmes } from '../db/schema.ts';
import { Invalid } from '../errors.ts';
import { checkLogo } from './logo.ts';
import { assertMayCreateProgramme } from './policy.ts';
import { presentProgramme, type ProgrammeView } from './presenters.ts';
import { findProgramme, isUniqueViolation, slugTaken } from './queries.ts';
import {
	parseInput,
	programmeInput,
	slugify,
	validateBoth,
	type ProgrammeInput
} from './schemas.ts';

export const slugTakenError = () =>
	new Invalid('programmes.error.slugTaken', { slug: ['programmes.error.slugTaken'] });

/** A new programme, by the platform-wide team. Its address (slug) comes from its name unless given. */
export async function createProgramme(
	svc: Services,
	actor: Actor,
	input: ProgrammeInput,
	files: { logo?: Uint8Array } = {}
): Promise<ProgrammeView> {
	assertMayCreateProgramme(actor);
	const [data, logo] = validateBoth(
		() => parseInput(programmeInput, input),
		() => (files.logo ? checkLogo(files.logo) : null)
	);
	const slug = data.slug ?? slugify(data.name);
	if (!slug) {
		throw new Invalid('programmes.error.slugEmpty', { slug: ['programmes.error.slugEmpty'] });
	}
	try {
		return await svc.db.transaction(async (tx) => {
			if (await slugTaken(tx, slug)) throw slugTakenError();
			const [{ id }] = await tx
				.insert(programmes)
				.values({
					slug,
					name: data.name,
					operators: data.operators,
					description: data.description,
					logo: logo?.bytes ?? null,
					logoMime: logo?.mime ?? null
				})
				.returning({ id: programmes.id });
			const view = presentProgramme((await findProgramme(tx, id))!);
			await audit(tx, actor, {
				action: 'programme.create',
				entityType: 'programme',
				entityId: id,
				programmeId: id,
				after: { ...view, logoMime: logo?.mime ?? null }
			});
			return view;
		});
	} catch (e) {
		if (isUniqueViolation(e)) throw slugTakenError();
		throw e;
	}
}
