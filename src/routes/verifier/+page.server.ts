import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { resendAction } from './resend.ts';

export const load: PageServerLoad = ({ url }) => {
	const token = url.searchParams.get('token');
	if (token) redirect(303, `/verifier/${encodeURIComponent(token)}`);
	return { sent: url.searchParams.has('envoye') };
};

export const actions: Actions = { default: resendAction };
