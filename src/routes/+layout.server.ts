import type { LayoutServerLoad } from './$types';
import { isPlatformTeam, isTeam } from '#lib/server/accounts/actor.ts';

export const load: LayoutServerLoad = async ({ locals }) => {
	const a = locals.actor;
	return {
		locale: locals.locale,
		demo: locals.app.demo,
		user:
			a.kind === 'user'
				? {
						id: a.userId,
						email: a.email,
						name: a.name,
						roles: [...new Set(a.roles.map((r) => r.role))],
						isTeam: isTeam(a),
						isPlatformTeam: isPlatformTeam(a)
					}
				: null
	};
};
