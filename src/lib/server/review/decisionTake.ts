import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { findApplication } from '../applications/queries.ts';
import type { ApplicationView } from '../applications/presenters.ts';
import { parseInput } from '../programmes/schemas.ts';
import { isUuid } from '../programmes/queries.ts';
import { transitionApplication } from '../applications/transitionApplication.ts';
import { Conflict, NotFound } from '../errors.ts';
import { decisionInput, type DecisionInput } from './decisionSchemas.ts';
import { assertMayManageJury } from './policy.ts';

/**
 * The team decides on an application under review: shortlisted, waitlisted or not shortlisted,
 * with a reason, from the status it saw (`from`; changed in between: `Conflict`). The holders are
 * not told now (see `notifyDecisions`). Once they were told, a shortlisted or not-shortlisted
 * application is no longer reconsidered (`Conflict`, from `transitionApplication`); a waitlisted
 * one may still move.
 */
export async function takeDecision(
	svc: Services,
	actor: Actor,
	applicationId: string,
	input: DecisionInput
): Promise<ApplicationView> {
	const app = isUuid(applicationId) ? await findApplication(svc.db, applicationId) : null;
	if (!app) throw new NotFound();
	assertMayManageJury(actor, app.programmeId);
	const { decision, reason, from } = parseInput(decisionInput, input);
	if (from !== app.status) throw new Conflict('applications.error.statusChanged');
	return transitionApplication(svc, actor, app.id, { to: decision, reason, from });
}
