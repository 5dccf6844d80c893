import type { Services } from '../app.ts';
import { Conflict, Invalid } from '../errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { changeStatus } from './changeStatus.ts';
import { assertMayScreen } from './policy.ts';
import type { ApplicationView } from './presenters.ts';
import { parseInput, transitionInput, type TransitionInput } from './schemas.ts';
import { loadApplication } from './shared.ts';
import { notifiedOfCurrent } from './decisionNotice.ts';
import { isFinalDecisionStatus, isReconsideration } from './status.ts';

/**
 * The programme team moves a submitted application along (eligible, ineligible, under review),
 * with a reason; the holders are told when the move concerns them. `from`, when given, is the
 * status the team saw: if it is no longer the current one, nothing changes (`Conflict`). A jury
 * decision the holders were told of is not reconsidered (`Conflict`), and a merger goes through
 * the synergies of the project (it needs the project that continues), not through here.
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
	if (to === 'merged') {
		throw new Invalid('applications.error.mergeThroughSynergies', {
			to: ['applications.error.mergeThroughSynergies']
		});
	}
	if (
		isReconsideration(app.status, to) &&
		(await notifiedOfCurrent(svc.db, [app.id])).has(app.id)
	) {
		throw new Conflict(
			isFinalDecisionStatus(app.status)
				? 'finalSelection.error.alreadyNotified'
				: 'decisions.error.alreadyNotified'
		);
	}
	return changeStatus(svc, actor, app, to, 'team', reason);
}
