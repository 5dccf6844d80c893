/**
 * The review scenario (reviewsSetup.ts) brought to the selection session: application A
 * shortlisted (its holder, and a co-holder reading English), B not shortlisted, C another holder's
 * project not shortlisted; a second cycle whose call has its own juror (Zoé), who is on no jury of
 * the first cycle.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#lib/server/db/client.ts';
import {
	applicationMembers,
	applications,
	calls,
	formVersions,
	users
} from '#lib/server/db/schema.ts';
import { actorFor, createTestCall, createTestCycle, createUser } from './factories.ts';
import { insertApplication, insertJuryMember, JURY_FORM } from './conflictsSetup.ts';
import { reviewScenario } from './reviewsSetup.ts';

export type EventScenario = Awaited<ReturnType<typeof eventScenario>>;

/** The December session: 10 December 2030 9:00 to 11 December 17:00, Paris time. */
export const SESSION = {
	title: 'Session de sélection de décembre',
	kind: 'selection' as const,
	description: 'Deux jours pour **formaliser** les projets.',
	startsAt: '2030-12-10T09:00',
	endsAt: '2030-12-11T17:00',
	place: 'Anact, Lyon',
	capacity: 5
};

export async function eventScenario(db: DbOrTx) {
	const s = await reviewScenario(db);
	await db.update(applications).set({ status: 'shortlisted' }).where(eq(applications.id, s.apps.a));
	await db
		.update(applications)
		.set({ status: 'not_shortlisted' })
		.where(eq(applications.id, s.apps.b));
	const coholder = await createUser(db, { name: 'Chris Co-porteur' });
	await db.update(users).set({ locale: 'en' }).where(eq(users.id, coholder.id));
	await db
		.insert(applicationMembers)
		.values({ applicationId: s.apps.a, userId: coholder.id, role: 'coholder' });
	const [form] = await db
		.select({ id: formVersions.id })
		.from(formVersions)
		.innerJoin(applications, eq(applications.formVersionId, formVersions.id))
		.where(eq(applications.id, s.apps.a));
	const other = await createUser(db, { name: 'Oscar Autre-Porteur' });
	const appC = await insertApplication(
		db,
		{ callId: s.callId, formVersionId: form.id },
		{ title: 'Projet non retenu', holders: [other], status: 'not_shortlisted' }
	);
	const [call] = await db
		.select({ cycleId: calls.cycleId })
		.from(calls)
		.where(eq(calls.id, s.callId));
	const cycle2 = await createTestCycle(db, s.programmeId, { name: 'Promotion 2031' });
	const { call: call2 } = await createTestCall(db, s.programmeId, cycle2.id, {
		definition: JURY_FORM
	});
	const zoe = await createUser(db, { name: 'Zoé Jurée', roles: [{ role: 'jury' }] });
	await insertJuryMember(db, call2.id, zoe);
	return {
		...s,
		apps: { ...s.apps, c: appC },
		cycleId: call.cycleId,
		coholder,
		other,
		zoe,
		cycle2Id: cycle2.id,
		more: {
			coholder: await actorFor(db, coholder.id),
			other: await actorFor(db, other.id),
			zoe: await actorFor(db, zoe.id)
		}
	};
}
