import { and, eq } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { formVersions } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import { parseFormDefinition } from './form/parse.ts';
import { planFormSave } from './form/versioning.ts';
import { assertMayManageCall } from './policy.ts';
import type { FormVersionView } from './presenters.ts';
import { currentFormVersion, findCall, isUuid } from './queries.ts';
import { countApplicationsOnVersion } from '../applications/queries.ts';

/**
 * Saves a call's form, by the programme's team. The definition is checked in shape and in rules
 * (every problem under its field's path). The first save creates version 1; later saves change the
 * current version in place until an application has been started on it, then make a new version
 * (each application keeps the version it answered).
 */
export async function saveCallForm(
	svc: Services,
	actor: Actor,
	callId: string,
	raw: unknown
): Promise<FormVersionView> {
	const call = isUuid(callId) ? await findCall(svc.db, callId) : null;
	if (!call) throw new NotFound();
	assertMayManageCall(actor, call);
	const definition = parseFormDefinition(raw);
	return svc.db.transaction(async (tx) => {
		const current = await currentFormVersion(tx, call.id);
		const applicationsStarted = current
			? (await countApplicationsOnVersion(tx, current.id)) > 0
			: false;
		const plan = planFormSave(
			current
				? { number: current.number, definition: current.definition, applicationsStarted }
				: null,
			definition
		);
		const before = current ? { number: current.number, definition: current.definition } : null;
		if (plan.action === 'unchanged') {
			return {
				callId: call.id,
				number: current!.number,
				definition: current!.definition,
				createdAt: current!.createdAt.toISOString()
			};
		}
		if (plan.action === 'update') {
			await tx
				.update(formVersions)
				.set({ definition })
				.where(and(eq(formVersions.callId, call.id), eq(formVersions.number, plan.number)));
		} else {
			await tx.insert(formVersions).values({ callId: call.id, number: plan.number, definition });
		}
		const saved = (await currentFormVersion(tx, call.id))!;
		await audit(tx, actor, {
			action: plan.action === 'update' ? 'call_form.update' : 'call_form.create',
			entityType: 'call',
			entityId: call.id,
			programmeId: call.programmeId,
			before,
			after: { number: saved.number, definition: saved.definition }
		});
		return {
			callId: call.id,
			number: saved.number,
			definition: saved.definition,
			createdAt: saved.createdAt.toISOString()
		};
	});
}
