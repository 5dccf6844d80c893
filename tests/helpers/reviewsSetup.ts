/**
 * A call with a two-criterion grid, its jury and assignments for the tests of reviews: two
 * applications, four jurors (one later in conflict), a holder, a partner's member and the team.
 * Rows are inserted directly (no use case, no audit), jury members already accepted.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#lib/server/db/client.ts';
import { calls, reviewAssignments, reviewConflicts } from '#lib/server/db/schema.ts';
import type { Grid } from '#lib/server/review/grid.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from './factories.ts';
import { insertApplication, insertJuryMember, JURY_FORM } from './conflictsSetup.ts';
import { addMember, insertPartner } from './opinionsSetup.ts';

export const REVIEW_GRID: Grid = [
	{
		key: 'impact',
		label: { fr: 'Impact QVT', en: 'QWL impact' },
		guidance: { fr: 'Les effets attendus sont-ils mesurables ?', en: 'Measurable effects?' },
		weight: 2,
		scale: { min: 1, max: 4 },
		allowNotApplicable: false,
		commentRequired: true
	},
	{
		key: 'innovation',
		label: { fr: 'Innovation', en: 'Innovation' },
		guidance: { fr: 'Est-ce nouveau ?', en: 'Is it new?' },
		weight: 1,
		scale: { min: 1, max: 4 },
		allowNotApplicable: true,
		commentRequired: false
	}
];

export async function insertAssignment(
	db: DbOrTx,
	callId: string,
	juryMemberId: string,
	applicationId: string
): Promise<string> {
	const [row] = await db
		.insert(reviewAssignments)
		.values({ callId, juryMemberId, applicationId, source: 'manual' })
		.returning({ id: reviewAssignments.id });
	return row.id;
}

export type ReviewScenario = Awaited<ReturnType<typeof reviewScenario>>;

export async function reviewScenario(db: DbOrTx) {
	const programme = await createTestProgramme(db, { name: 'Transformateur numérique' });
	const cycle = await createTestCycle(db, programme.id);
	const { call, form } = await createTestCall(db, programme.id, cycle.id, {
		definition: JURY_FORM
	});
	await db
		.update(calls)
		.set({ evaluationGrid: REVIEW_GRID, blindReview: false, reviewsHiddenUntilSubmitted: true })
		.where(eq(calls.id, call.id));
	const ref = { callId: call.id, formVersionId: form.id };
	const teamUser = await createUser(db, { roles: [{ role: 'team', programmeId: programme.id }] });
	const partner = await insertPartner(db, programme.id, { regionCodes: ['53'] });
	const partnerUser = await createUser(db, { name: 'Paula Partenaire' });
	await addMember(db, partnerUser.id, partner);
	const holder = await createUser(db, { name: 'Hélène Porteuse' });

	const juror = async (name: string) => {
		const user = await createUser(db, { name, roles: [{ role: 'jury' }] });
		return { user, memberId: await insertJuryMember(db, call.id, user) };
	};
	const ana = await juror('Ana Jurée');
	const ben = await juror('Ben Juré');
	const cleo = await juror('Cléo Jurée');
	const dan = await juror('Dan Juré');

	const appA = await insertApplication(db, ref, {
		title: 'Baromètre de la charge de travail',
		holders: [holder],
		organisationName: 'Association Horizon',
		partnerId: partner.id
	});
	const appB = await insertApplication(db, ref, {
		title: 'Atelier des métiers',
		holders: [holder]
	});
	const assign = (memberId: string, appId: string) =>
		insertAssignment(db, call.id, memberId, appId);
	const assignments = {
		anaA: await assign(ana.memberId, appA),
		anaB: await assign(ana.memberId, appB),
		benA: await assign(ben.memberId, appA),
		cleoA: await assign(cleo.memberId, appA),
		danA: await assign(dan.memberId, appA)
	};
	// Cléo was assigned before a conflict appeared.
	await db.insert(reviewConflicts).values({
		juryMemberId: cleo.memberId,
		applicationId: appA,
		source: 'team',
		reason: 'Ancienne salariée de l’association.'
	});

	return {
		programmeId: programme.id,
		callId: call.id,
		apps: { a: appA, b: appB },
		assignments,
		members: { ana: ana.memberId, ben: ben.memberId, cleo: cleo.memberId, dan: dan.memberId },
		users: { ana: ana.user, ben: ben.user, cleo: cleo.user, holder, partner: partnerUser },
		team: await actorFor(db, teamUser.id),
		actors: {
			ana: await actorFor(db, ana.user.id),
			ben: await actorFor(db, ben.user.id),
			cleo: await actorFor(db, cleo.user.id),
			dan: await actorFor(db, dan.user.id),
			holder: await actorFor(db, holder.id),
			partner: await actorFor(db, partnerUser.id)
		}
	};
}
