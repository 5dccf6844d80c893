/**
 * Who takes part in the jury's discussion of an application: the programme's team, and the jury
 * members of the call who submitted their review of it (and are not in conflict with it). Anyone
 * else learns nothing (`NotFound`). Writing needs `reviews:write`.
 */
import { allowsScope, type Actor, type UserActor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { Forbidden, NotFound } from '../errors.ts';
import { findApplication, type ApplicationContext } from '../applications/queries.ts';
import { isUuid } from '../programmes/queries.ts';
import { isConflicted } from './conflictQueries.ts';
import { hasSubmittedReview } from './decisionQueries.ts';
import { juryMembershipOf, mayReadJury, REVIEWS_WRITE_SCOPE } from './policy.ts';

export async function loadDiscussion(
	db: DbOrTx,
	actor: Actor,
	applicationId: string,
	opts: { write?: boolean } = {}
): Promise<{ app: ApplicationContext; actor: UserActor; role: 'team' | 'jury' }> {
	const app = isUuid(applicationId) ? await findApplication(db, applicationId) : null;
	if (!app) throw new NotFound();
	let role: 'team' | 'jury' = 'team';
	if (!mayReadJury(actor, app.programmeId)) {
		const m = await juryMembershipOf(db, actor, app.callId);
		if (
			!m ||
			!(await hasSubmittedReview(db, m.id, app.id)) ||
			(await isConflicted(db, m.id, app.id))
		)
			throw new NotFound();
		role = 'jury';
	}
	if (opts.write && !allowsScope(actor, REVIEWS_WRITE_SCOPE)) {
		throw new Forbidden('jury.error.forbidden');
	}
	return { app, actor: actor as UserActor, role };
}
