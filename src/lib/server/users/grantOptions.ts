/** Where the actor may grant roles: the programmes they run, and every programme for the platform team. */
import type { DbOrTx } from '../db/client.ts';
import { isPlatformTeam, type Actor } from '../accounts/actor.ts';
import { assertMayReadUsers } from './policy.ts';
import { programmeOptions, type ProgrammeOption } from './queries.ts';

export type GrantOptions = {
	programmes: ProgrammeOption[];
	/** May grant roles that hold on every programme. */
	platformWide: boolean;
};

export async function listGrantOptions(db: DbOrTx, actor: Actor): Promise<GrantOptions> {
	assertMayReadUsers(actor);
	if (isPlatformTeam(actor)) return { programmes: await programmeOptions(db), platformWide: true };
	const ids = [
		...new Set(
			actor.roles.filter((r) => r.role === 'team' && r.programmeId).map((r) => r.programmeId!)
		)
	];
	return { programmes: await programmeOptions(db, ids), platformWide: false };
}

/** Every programme, for the filter of the user list (programme names are public). */
export async function listProgrammeFilter(db: DbOrTx, actor: Actor): Promise<ProgrammeOption[]> {
	assertMayReadUsers(actor);
	return programmeOptions(db);
}
