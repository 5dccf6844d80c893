/**
 * The demo jury of the 2016 call: the default evaluation grid and review settings, the demo juror
 * account and five fictitious members (accounts without password, on transformateur.test) who
 * have accepted, and one invitation still pending. Deterministic; written once: a call that
 * already has a jury is left alone, so a demo seeded before juries existed gets it on its own.
 */
import { and, eq, sql } from 'drizzle-orm';
import { anonymous } from '../accounts/actor.ts';
import { hashSecret } from '../accounts/tokens.ts';
import { audit } from '../audit/log.ts';
import type { Db, DbOrTx, Tx } from '../db/client.ts';
import { calls, juryMembers, programmes, roleAssignments, users } from '../db/schema.ts';
import { defaultGrid } from '../review/grid.ts';
import { parisWallTimeToInstant } from '../../i18n/format.ts';
import { DEMO_2016_CALL_SLUG } from './applications.ts';

export const DEMO_JUROR_EMAIL = 'jury@transformateur.test';

/** The fictitious members who accepted (the demo juror account comes first, see below). */
export const DEMO_JURORS = [
	{
		email: 'marc.lefebvre@transformateur.test',
		name: 'Marc Lefebvre',
		expertise: [
			'theme:dialogue_social',
			'typology:conduite_changement',
			'skill:relations sociales'
		],
		min: 2,
		max: 10
	},
	{
		email: 'isabelle.moreau@transformateur.test',
		name: 'Isabelle Moreau',
		expertise: ['theme:sante_travail', 'typology:evaluation_charge_travail', 'skill:ergonomie'],
		min: 0,
		max: 12
	},
	{
		email: 'karim.haddad@transformateur.test',
		name: 'Karim Haddad',
		expertise: ['typology:application_sensibilisation', 'skill:conception de services numériques'],
		min: 0,
		max: 12
	},
	{
		email: 'helene.rousseau@transformateur.test',
		name: 'Hélène Rousseau',
		expertise: [
			'theme:management_projet',
			'theme:organisation_travail',
			'skill:financement de l’innovation'
		],
		min: 3,
		max: 8
	},
	{
		email: 'thomas.garnier@transformateur.test',
		name: 'Thomas Garnier',
		expertise: [
			'theme:egalite_professionnelle',
			'typology:etude_action',
			'skill:sociologie du travail'
		],
		min: 0,
		max: 6
	}
] as const;

export const DEMO_JUROR_EXPERTISE = [
	'theme:organisation_travail',
	'theme:competences_parcours',
	'typology:experimentation_in_vivo',
	'skill:économie sociale et solidaire'
];

/** The address of the invitation nobody has answered yet. */
export const DEMO_PENDING_JUROR = 'claire.fontaine@transformateur.test';

const DEMO_REVIEW_DEADLINE = '2016-12-02T18:00';

async function call2016(db: DbOrTx, programmeId: string) {
	const [row] = await db
		.select({ id: calls.id })
		.from(calls)
		.where(and(eq(calls.programmeId, programmeId), eq(calls.slug, DEMO_2016_CALL_SLUG)));
	return row?.id ?? null;
}

async function userId(tx: Tx, email: string, name: string): Promise<string> {
	await tx.insert(users).values({ email, name, emailVerifiedAt: new Date() }).onConflictDoNothing();
	const [row] = await tx
		.select({ id: users.id })
		.from(users)
		.where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
	return row.id;
}

/** Seeds the 2016 call's jury inside the caller's transaction, unless it has one. */
export async function seedDemoJury(tx: Tx, programmeId: string): Promise<boolean> {
	const callId = await call2016(tx, programmeId);
	if (!callId) return false;
	const [existing] = await tx
		.select({ id: juryMembers.id })
		.from(juryMembers)
		.where(eq(juryMembers.callId, callId))
		.limit(1);
	if (existing) return false;

	await tx
		.update(calls)
		.set({
			evaluationGrid: defaultGrid(),
			reviewsPerApplication: 3,
			blindReview: false,
			reviewsHiddenUntilSubmitted: true,
			reviewDeadline: parisWallTimeToInstant(DEMO_REVIEW_DEADLINE),
			shortlistTarget: 12
		})
		.where(eq(calls.id, callId));

	// Invited in October 2016, accepted over the following days.
	const invitedAt = parisWallTimeToInstant('2016-10-10T10:00')!;
	const acceptedAt = (days: number) => new Date(invitedAt.getTime() + days * 86_400_000);
	const accepted = [
		{ email: DEMO_JUROR_EMAIL, name: '', expertise: DEMO_JUROR_EXPERTISE, min: 0, max: 12 },
		...DEMO_JURORS
	];
	for (const [i, m] of accepted.entries()) {
		const id = await userId(tx, m.email, m.name);
		await tx
			.insert(roleAssignments)
			.values({ userId: id, role: 'jury', programmeId })
			.onConflictDoNothing();
		const [row] = await tx
			.insert(juryMembers)
			.values({
				callId,
				email: m.email,
				userId: id,
				tokenHash: null,
				// One after the other, in this order (the team's table lists them so).
				invitedAt: new Date(invitedAt.getTime() + i * 60_000),
				acceptedAt: acceptedAt(1 + i),
				expertise: [...m.expertise],
				minReviews: m.min,
				maxReviews: m.max
			})
			.returning({ id: juryMembers.id });
		await audit(tx, anonymous, {
			action: 'jury.invite',
			entityType: 'jury_member',
			entityId: row.id,
			programmeId,
			after: { callId, email: m.email, state: 'accepted' }
		});
	}
	const [pending] = await tx
		.insert(juryMembers)
		.values({
			callId,
			email: DEMO_PENDING_JUROR,
			// Nobody has the link: the demo sends no e-mail (the team may resend it).
			tokenHash: hashSecret(`demo-jury-pending-${callId}`),
			invitedAt: acceptedAt(14),
			expertise: ['theme:conciliation_vies'],
			minReviews: 0,
			maxReviews: 12
		})
		.returning({ id: juryMembers.id });
	await audit(tx, anonymous, {
		action: 'jury.invite',
		entityType: 'jury_member',
		entityId: pending.id,
		programmeId,
		after: { callId, email: DEMO_PENDING_JUROR, state: 'invited' }
	});
	return true;
}

/** On an already seeded demo: the jury, once, if the 2016 call has none. */
export async function ensureDemoJury(db: Db, programmeSlug: string): Promise<boolean> {
	const [programme] = await db
		.select({ id: programmes.id })
		.from(programmes)
		.where(eq(programmes.slug, programmeSlug));
	if (!programme) return false;
	return db.transaction((tx) => seedDemoJury(tx, programme.id));
}
