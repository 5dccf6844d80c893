import type { Services } from '../app.ts';
import { Conflict } from '../errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { changeStatus } from './changeStatus.ts';
import { assertMayScreen } from './policy.ts';
import type { ApplicationView } from './presenters.ts';
import { parseInput, transitionInput, type TransitionInput } from './schemas.ts';
import { loadApplication } from './shared.ts';

/**
 * The programme team moves a submitted application along (eligible, ineligible, under review),
 * with a reason; the holders are told when the move concerns them. `from`, when given, is the
 * status the team saw: if it is no longer the current one, nothing changes (`Conflict`).
 */
export async function transitionApplication(
	svc: Services,
	actor: Actor,
	applicationId: string,
	input: TransitionInput
): Promise<ApplicationView> {
	const { app, access } = await loadApplication(svc.db, actor, applicationId);
	assertMayScreen(actor, access);
	const { to, reason, from } = parseInput(transitionInput, input);
	// Decided on what the team saw: a status changed in between is not decided on blindly.
	if (from !== undefined && from !== app.status) {
		throw new Conflict('applications.error.statusChanged');
	}
	return changeStatus(svc, actor, app, to, 'team', reason);
}
