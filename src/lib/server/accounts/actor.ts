/**
 * Who is acting: a person (through a browser session or a personal access token), or nobody.
 * Policies look at the actor's roles, per programme, and at the token's scopes.
 */
export const ROLES = ['team', 'regional_partner', 'jury', 'expert', 'holder'] as const;
export type Role = (typeof ROLES)[number];

export type RoleGrant = {
	role: Role;
	/** null: on every programme of the instance. */
	programmeId: string | null;
	regionCode: string | null;
	/** For a regional partner's member: the partner organisation the grant comes from. */
	partnerId?: string | null;
};

export type UserActor = {
	kind: 'user';
	userId: string;
	email: string;
	name: string;
	locale: 'fr' | 'en';
	roles: RoleGrant[];
	/** Scopes of the API token used; null for a browser session or an unrestricted token. */
	scopes: string[] | null;
};

export type Actor = UserActor | { kind: 'anonymous' };

export const anonymous: Actor = { kind: 'anonymous' };

export function isUser(actor: Actor): actor is UserActor {
	return actor.kind === 'user';
}

/** Does the actor hold the role on that programme (or on every programme)? */
export function hasRole(actor: Actor, role: Role, programmeId?: string | null): boolean {
	if (!isUser(actor)) return false;
	return actor.roles.some(
		(g) =>
			g.role === role &&
			(g.programmeId === null || programmeId === undefined || g.programmeId === programmeId)
	);
}

/** Is the actor on a programme team, for this programme or (without one) for any programme? */
export function isTeam(actor: Actor, programmeId?: string | null): boolean {
	return hasRole(actor, 'team', programmeId);
}

/** Is the actor on the instance-wide team (may create programmes, manage every user)? */
export function isPlatformTeam(actor: Actor): boolean {
	return isUser(actor) && actor.roles.some((g) => g.role === 'team' && g.programmeId === null);
}

/** Does the token (if any) allow this scope? Browser sessions allow everything the roles allow. */
export function allowsScope(actor: Actor, scope: string): boolean {
	if (!isUser(actor)) return false;
	return actor.scopes === null || actor.scopes.includes(scope);
}

/** The regions (INSEE codes) the actor holds the regional-partner role on, for that programme. */
export function partnerRegionsOf(actor: Actor, programmeId: string): string[] {
	if (!isUser(actor)) return [];
	const codes = actor.roles
		.filter(
			(g) =>
				g.role === 'regional_partner' &&
				(g.programmeId === null || g.programmeId === programmeId) &&
				g.regionCode !== null
		)
		.map((g) => g.regionCode as string);
	return [...new Set(codes)].sort();
}

/** The partner organisations the actor is a member of (optionally: on that programme). */
export function partnerIdsOf(actor: Actor, programmeId?: string): string[] {
	if (!isUser(actor)) return [];
	const ids = actor.roles
		.filter(
			(g) =>
				g.role === 'regional_partner' &&
				g.partnerId &&
				(programmeId === undefined || g.programmeId === null || g.programmeId === programmeId)
		)
		.map((g) => g.partnerId as string);
	return [...new Set(ids)];
}
