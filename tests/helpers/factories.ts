/** Test data factories: realistic rows with unique values, overridable per test. */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#lib/server/db/client.ts';
import { roleAssignments, users } from '#lib/server/db/schema.ts';
import { hashPassword } from '#lib/server/accounts/password.ts';
import type { Role } from '#lib/server/accounts/actor.ts';
import { loadRoles } from '#lib/server/accounts/sessions.ts';
import type { UserActor } from '#lib/server/accounts/actor.ts';

const unique = () => randomBytes(4).toString('hex');

export type UserFactoryInput = {
	email?: string;
	name?: string;
	password?: string;
	verified?: boolean;
	roles?: { role: Role; programmeId?: string | null; regionCode?: string | null }[];
};

export async function createUser(db: DbOrTx, input: UserFactoryInput = {}) {
	const [user] = await db
		.insert(users)
		.values({
			email: input.email ?? `personne-${unique()}@exemple.fr`,
			name: input.name ?? 'Dominique Exemple',
			passwordHash: input.password ? await hashPassword(input.password) : null,
			emailVerifiedAt: input.verified === false ? null : new Date()
		})
		.returning();
	for (const r of input.roles ?? []) {
		await db.insert(roleAssignments).values({
			userId: user.id,
			role: r.role,
			programmeId: r.programmeId ?? null,
			regionCode: r.regionCode ?? null
		});
	}
	return user;
}

/** The actor a use case sees for that user (as after logging in). */
export async function actorFor(db: DbOrTx, userId: string): Promise<UserActor> {
	const [u] = await db.select().from(users).where(eq(users.id, userId));
	return {
		kind: 'user',
		userId: u.id,
		email: u.email,
		name: u.name,
		locale: u.locale,
		roles: await loadRoles(db, u.id),
		scopes: null
	};
}

// Programmes and cycles.
import { cyclePhases, cycles, programmes } from '#lib/server/db/schema.ts';
import type { PhaseKind } from '#lib/server/programmes/schemas.ts';

export type ProgrammeFactoryInput = {
	name?: string;
	slug?: string;
	operators?: string;
	description?: string;
};

/** A programme row (no audit entry: test data, not a use case). */
export async function createTestProgramme(db: DbOrTx, input: ProgrammeFactoryInput = {}) {
	const id = unique();
	const [row] = await db
		.insert(programmes)
		.values({
			name: input.name ?? `Programme ${id}`,
			slug: input.slug ?? `programme-${id}`,
			operators: input.operators ?? 'Anact et Fing',
			description: input.description ?? 'Un programme d’accélération de projets QVCT.'
		})
		.returning();
	return row;
}

/** A cycle with its calendar (phases as instants). */
export async function createTestCycle(
	db: DbOrTx,
	programmeId: string,
	input: {
		name?: string;
		description?: string;
		phases?: {
			kind: PhaseKind;
			startsAt: Date;
			endsAt?: Date | null;
		}[];
	} = {}
) {
	const [row] = await db
		.insert(cycles)
		.values({
			programmeId,
			name: input.name ?? `Promotion ${unique()}`,
			description: input.description ?? ''
		})
		.returning();
	if (input.phases?.length) {
		await db.insert(cyclePhases).values(
			input.phases.map((p) => ({
				cycleId: row.id,
				kind: p.kind,
				startsAt: p.startsAt,
				endsAt: p.endsAt ?? null
			}))
		);
	}
	return row;
}

// Calls and their forms, applications.
import { calls, formVersions } from '#lib/server/db/schema.ts';
import type { FormDefinition } from '#lib/server/calls/form/definition.ts';
import type { EligibilityRule } from '#lib/server/applications/eligibility.ts';

/** A small application form: a required text, a long text, a yes/no and a conditional text. */
export const TEST_FORM: FormDefinition = {
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet', en: 'The project' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'resume',
					kind: 'long_text',
					label: { fr: 'Résumé du projet', en: 'Project summary' },
					help: { fr: '', en: '' },
					required: true
				},
				{
					key: 'salaries',
					kind: 'yes_no',
					label: { fr: 'Le projet implique-t-il des salarié·es ?', en: 'Employees involved?' },
					help: { fr: '', en: '' },
					required: false
				},
				{
					key: 'chercheurs',
					kind: 'yes_no',
					label: { fr: 'Avec des chercheur·ses ?', en: 'With researchers?' },
					help: { fr: '', en: '' },
					required: false
				},
				{
					key: 'laboratoire',
					kind: 'short_text',
					label: { fr: 'Laboratoire', en: 'Laboratory' },
					help: { fr: '', en: '' },
					required: true,
					showIf: { question: 'chercheurs', equals: true }
				}
			]
		}
	]
};

/**
 * A call with its form (version 1), published and open by default (no audit entry: test data).
 */
export async function createTestCall(
	db: DbOrTx,
	programmeId: string,
	cycleId: string,
	input: {
		title?: string;
		status?: 'draft' | 'published' | 'closed' | 'archived';
		opensAt?: Date | null;
		closesAt?: Date | null;
		definition?: FormDefinition;
		eligibilityRules?: EligibilityRule[];
	} = {}
) {
	const id = unique();
	const [call] = await db
		.insert(calls)
		.values({
			programmeId,
			cycleId,
			slug: `appel-${id}`,
			title: input.title ?? `Appel à projets ${id}`,
			status: input.status ?? 'published',
			opensAt: input.opensAt === undefined ? new Date(Date.now() - 86_400_000) : input.opensAt,
			closesAt:
				input.closesAt === undefined ? new Date(Date.now() + 30 * 86_400_000) : input.closesAt,
			eligibilityRules: input.eligibilityRules ?? []
		})
		.returning();
	const [form] = await db
		.insert(formVersions)
		.values({ callId: call.id, number: 1, definition: input.definition ?? TEST_FORM })
		.returning();
	return { call, form };
}

/** A valid organisation profile (an association in Lyon: no SIRET needed). */
export function testOrganisation(input: Record<string, string> = {}) {
	return {
		legalName: 'Association Travail & Santé',
		type: 'association',
		headcountBand: '10-49',
		postalCode: '69003',
		...input
	};
}
