/**
 * A person's own API access tokens: list, create (the secret is shown once), revoke.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from './actor.ts';
import { apiTokens } from '../db/schema.ts';
import { NotFound } from '../errors.ts';
import { audit } from '../audit/log.ts';
import { createApiToken, type Scope } from './apiTokens.ts';
import { assertAccountOwner, assertMayManageCredentials } from './policy.ts';
import type { CreateApiTokenInput } from './schemas.ts';

export type ApiTokenView = {
	id: string;
	name: string;
	/** null: everything the owner's roles allow. */
	scopes: string[] | null;
	createdAt: Date;
	lastUsedAt: Date | null;
	expiresAt: Date | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The tokens still in force (revoked ones are gone from the list), newest first. */
export async function listMyApiTokens(svc: Services, actor: Actor): Promise<ApiTokenView[]> {
	assertAccountOwner(actor);
	return svc.db
		.select({
			id: apiTokens.id,
			name: apiTokens.name,
			scopes: apiTokens.scopes,
			createdAt: apiTokens.createdAt,
			lastUsedAt: apiTokens.lastUsedAt,
			expiresAt: apiTokens.expiresAt
		})
		.from(apiTokens)
		.where(and(eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
		.orderBy(desc(apiTokens.createdAt));
}

/** Returns the secret: the only time it is ever shown. */
export async function createMyApiToken(
	svc: Services,
	actor: Actor,
	input: CreateApiTokenInput
): Promise<{ id: string; token: string; name: string }> {
	assertMayManageCredentials(actor);
	const scopes: Scope[] | null = input.scopes.length ? input.scopes : null;
	return svc.db.transaction(async (tx) => {
		const created = await createApiToken(tx, actor.userId, { name: input.tokenName, scopes });
		await audit(tx, actor, {
			action: 'account.api_token_created',
			entityType: 'api_token',
			entityId: created.id,
			after: { name: input.tokenName, scopes }
		});
		return { ...created, name: input.tokenName };
	});
}

/** Revokes one of one's own tokens; someone else's (or an unknown) token is not found. */
export async function revokeMyApiToken(svc: Services, actor: Actor, id: string): Promise<void> {
	assertMayManageCredentials(actor);
	if (!UUID.test(id)) throw new NotFound();
	await svc.db.transaction(async (tx) => {
		const [row] = await tx
			.update(apiTokens)
			.set({ revokedAt: new Date() })
			.where(
				and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt))
			)
			.returning({ id: apiTokens.id, name: apiTokens.name });
		if (!row) throw new NotFound();
		await audit(tx, actor, {
			action: 'account.api_token_revoked',
			entityType: 'api_token',
			entityId: row.id,
			before: { name: row.name }
		});
	});
}
