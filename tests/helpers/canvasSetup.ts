/**
 * The project canvas scenario: a programme with two calls. Call 1 has three applications that
 * reached the selection session (A and B shortlisted and told, E shortlisted but not told yet) and
 * one still under review (D); call 2 has a shortlisted project (C). Each has its own holder. The
 * team, an expert of the programme, a juror of call 1 and an outsider. Rows are inserted directly.
 */
import type { DbOrTx } from '#lib/server/db/client.ts';
import { auditLog } from '#lib/server/db/schema.ts';
import { NOTIFIED_ACTION } from '#lib/server/applications/decisionNotice.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from './factories.ts';
import { insertApplication, insertJuryMember } from './conflictsSetup.ts';

export type CanvasScenario = Awaited<ReturnType<typeof canvasScenario>>;

/** Records that the holders were told the application's current decision. */
export async function markNotified(db: DbOrTx, applicationId: string): Promise<void> {
	await db.insert(auditLog).values({
		action: NOTIFIED_ACTION,
		entityType: 'application',
		entityId: applicationId,
		actorLabel: 'test'
	});
}

export async function canvasScenario(db: DbOrTx) {
	const programme = await createTestProgramme(db, { name: 'Transformateur numérique' });
	const other = await createTestProgramme(db, { name: 'Autre programme' });
	const cycle = await createTestCycle(db, programme.id);
	const one = await createTestCall(db, programme.id, cycle.id, { title: 'Appel 2026' });
	const two = await createTestCall(db, programme.id, cycle.id, { title: 'Appel bis' });
	const ref1 = { callId: one.call.id, formVersionId: one.form.id };
	const ref2 = { callId: two.call.id, formVersionId: two.form.id };

	const team = await createUser(db, {
		name: 'Théo Équipe',
		roles: [{ role: 'team', programmeId: programme.id }]
	});
	const otherTeam = await createUser(db, { roles: [{ role: 'team', programmeId: other.id }] });
	const expert = await createUser(db, {
		name: 'Eva Experte',
		roles: [{ role: 'expert', programmeId: programme.id }]
	});
	const otherExpert = await createUser(db, { roles: [{ role: 'expert', programmeId: other.id }] });
	const juror = await createUser(db, { name: 'Jules Juré', roles: [{ role: 'jury' }] });
	await insertJuryMember(db, one.call.id, juror);
	const juror2 = await createUser(db, { name: 'Jade Jurée', roles: [{ role: 'jury' }] });
	await insertJuryMember(db, two.call.id, juror2);
	const outsider = await createUser(db, { name: 'Oscar Dehors' });

	const holder = (name: string) => createUser(db, { name });
	const h = {
		a: await holder('Alice Porteuse'),
		a2: await holder('Arno Co-porteur'),
		b: await holder('Bruno Porteur'),
		c: await holder('Chloé Porteuse'),
		d: await holder('Dora Porteuse'),
		e: await holder('Émile Porteur')
	};
	const apps = {
		a: await insertApplication(db, ref1, {
			title: 'Baromètre de la charge de travail',
			status: 'shortlisted',
			holders: [h.a, h.a2]
		}),
		b: await insertApplication(db, ref1, {
			title: 'Protocole d’étude-action',
			status: 'shortlisted',
			holders: [h.b]
		}),
		c: await insertApplication(db, ref2, {
			title: 'Atelier des métiers',
			status: 'shortlisted',
			holders: [h.c]
		}),
		d: await insertApplication(db, ref1, {
			title: 'Encore en examen',
			status: 'under_review',
			holders: [h.d]
		}),
		e: await insertApplication(db, ref1, {
			title: 'Pas encore informé',
			status: 'shortlisted',
			holders: [h.e]
		})
	};
	for (const id of [apps.a, apps.b, apps.c]) await markNotified(db, id);

	return {
		programmeId: programme.id,
		callId: one.call.id,
		call2Id: two.call.id,
		apps,
		users: { team, expert, juror, outsider, ...h },
		actors: {
			team: await actorFor(db, team.id),
			otherTeam: await actorFor(db, otherTeam.id),
			expert: await actorFor(db, expert.id),
			otherExpert: await actorFor(db, otherExpert.id),
			juror: await actorFor(db, juror.id),
			juror2: await actorFor(db, juror2.id),
			outsider: await actorFor(db, outsider.id),
			a: await actorFor(db, h.a.id),
			a2: await actorFor(db, h.a2.id),
			b: await actorFor(db, h.b.id),
			c: await actorFor(db, h.c.id),
			d: await actorFor(db, h.d.id),
			e: await actorFor(db, h.e.id)
		}
	};
}
