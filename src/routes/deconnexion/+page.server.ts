import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isUser } from '#lib/server/accounts/actor.ts';
import { logOut } from '#lib/server/accounts/mySessions.ts';
import { clearSessionCookie, sessionToken } from '#lib/server/http/session-cookie.ts';

export const load: PageServerLoad = ({ locals }) => ({ loggedIn: isUser(locals.actor) });

export const actions: Actions = {
	default: async (event) => {
		await logOut(event.locals.app.db, sessionToken(event));
		clearSessionCookie(event);
		redirect(303, '/');
	}
};
