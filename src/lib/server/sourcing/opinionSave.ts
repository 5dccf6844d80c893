import type { Services } from '../app.ts';
import { allowsScope, isTeam, isUser, type Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { regionalOpinions } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { readsAsPartner } from '../applications/policy.ts';
import { parseInput } from '../applications/schemas.ts';
import { loadApplication } from '../applications/shared.ts';
import { SOURCING_WRITE_SCOPE } from './policy.ts';
import { opinionPartnersOf } from './opinionPolicy.ts';
import { activePartnersAmong, opinionsOn, type RegionalOpinionView } from './opinionQueries.ts';
import { regionalOpinionInput, type RegionalOpinionInput } from './opinionSchemas.ts';

/**
 * A partner's member gives (or changes) their partner's regional opinion on an application that
 * partner reads (its regions, or attributed to it; past the draft stage): a recommendation and a
 * free text of 20 to 5,000 characters. When the person belongs to several partners that read it,
 * `partnerId` says on whose behalf (`Invalid`, field `partnerId`, otherwise). One opinion per
 * partner and application: a new one replaces the previous. Audited. The team and anyone else who
 * reads the application but speaks for no partner: `Forbidden`; whoever may not read it:
 * `NotFound`.
 */
export async function saveRegionalOpinion(
	svc: Services,
	actor: Actor,
	input: { applicationId: string } & RegionalOpinionInput
): Promise<RegionalOpinionView> {
	const { app, access } = await loadApplication(svc.db, actor, input.applicationId);
	if (!isUser(actor)) throw new NotFound();
	const reads =
		readsAsPartner(actor, access) || isTeam(actor, app.programmeId) || access.memberRole !== null;
	if (!reads) throw new NotFound();
	const writable = await activePartnersAmong(
		svc.db,
		app.programmeId,
		opinionPartnersOf(actor, access)
	);
	if (writable.length === 0) throw new Forbidden('opinions.error.partnersOnly');
	if (!allowsScope(actor, SOURCING_WRITE_SCOPE)) throw new Forbidden('partners.error.forbidden');
	const data = parseInput(regionalOpinionInput, {
		partnerId: input.partnerId,
		recommendation: input.recommendation,
		text: input.text
	});
	let partnerId = data.partnerId;
	if (partnerId === undefined) {
		if (writable.length > 1) {
			throw new Invalid('opinions.error.choosePartner', {
				partnerId: ['opinions.error.choosePartner']
			});
		}
		partnerId = writable[0].id;
	} else if (!writable.some((p) => p.id === partnerId)) {
		throw new Invalid('opinions.error.partner', { partnerId: ['opinions.error.partner'] });
	}
	if (app.status === 'withdrawn') throw new Conflict('opinions.error.withdrawn');
	const chosen = partnerId;

	return svc.db.transaction(async (tx) => {
		const [before] = await opinionsOn(tx, app.id, [chosen]);
		const now = new Date();
		const [row] = await tx
			.insert(regionalOpinions)
			.values({
				applicationId: app.id,
				partnerId: chosen,
				recommendation: data.recommendation,
				text: data.text,
				authorId: actor.userId
			})
			.onConflictDoUpdate({
				target: [regionalOpinions.applicationId, regionalOpinions.partnerId],
				set: {
					recommendation: data.recommendation,
					text: data.text,
					authorId: actor.userId,
					updatedAt: now
				}
			})
			.returning({ id: regionalOpinions.id });
		const [after] = await opinionsOn(tx, app.id, [chosen]);
		await audit(tx, actor, {
			action: before ? 'regional_opinion.update' : 'regional_opinion.create',
			entityType: 'application',
			entityId: app.id,
			programmeId: app.programmeId,
			before: before
				? { partnerId: chosen, recommendation: before.recommendation, text: before.text }
				: null,
			after: {
				opinionId: row.id,
				partnerId: chosen,
				recommendation: after.recommendation,
				text: after.text
			}
		});
		return after;
	});
}
