import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { changeStatus } from './changeStatus.ts';
import { assertMayEditAsHolder } from './policy.ts';
import type { ApplicationView } from './presenters.ts';
import { parseInput, withdrawInput, type WithdrawInput } from './schemas.ts';
import { loadApplication } from './shared.ts';

/** A holder withdraws their application (draft or submitted), giving a reason. */
export async function withdrawApplication(
	svc: Services,
	actor: Actor,
	applicationId: string,
	input: WithdrawInput
): Promise<ApplicationView> {
	const { app, access } = await loadApplication(svc.db, actor, applicationId);
	assertMayEditAsHolder(actor, access);
	const { reason } = parseInput(withdrawInput, input);
	return changeStatus(svc, actor, app, 'withdrawn', 'holder', reason);
}
