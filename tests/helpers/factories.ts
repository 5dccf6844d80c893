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
