import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** `/reinitialiser?token=…` is the same as `/reinitialiser/…`; without a token, ask for a link. */
export const load: PageServerLoad = ({ url }) => {
	const token = url.searchParams.get('token');
	redirect(303, token ? `/reinitialiser/${encodeURIComponent(token)}` : '/mot-de-passe-oublie');
};
