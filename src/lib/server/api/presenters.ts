/** Views the API adds to those of the domains. */
import type { UserActor } from '../accounts/actor.ts';
import type { Scope } from '../accounts/apiTokens.ts';

export type MeView = {
	id: string;
	email: string;
	name: string;
	locale: 'fr' | 'en';
	roles: {
		role: UserActor['roles'][number]['role'];
		programmeId: string | null;
		regionCode: string | null;
		partnerId: string | null;
	}[];
	scopes: Scope[] | null;
};

/** The person behind the request, as `GET /api/v1/me` shows them. */
export function presentMe(actor: UserActor): MeView {
	return {
		id: actor.userId,
		email: actor.email,
		name: actor.name,
		locale: actor.locale,
		roles: actor.roles.map((g) => ({
			role: g.role,
			programmeId: g.programmeId,
			regionCode: g.regionCode,
			partnerId: g.partnerId ?? null
		})),
		scopes: actor.scopes as Scope[] | null
	};
}
